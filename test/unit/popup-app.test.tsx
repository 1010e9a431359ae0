// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import { App } from '../../src/popup/app';
import type { Connector } from '../../src/popup/connector';
import type { Outcome, ReaderState } from '../../src/shared/messages';
import type { ExtractResult } from '../../src/core/types';
import { makeArticle } from '../helpers/popup-fixtures';

/** The popup's state handling, with a fake connector in place of the browser. */

function fakeConnector(overrides: Partial<Connector> = {}): Connector & { readerCalls: string[] } {
  const readerCalls: string[] = [];
  let open = false;
  return {
    readerCalls,
    browserFamily: 'chromium',
    tabId: () => Promise.resolve(7),
    extract: () => Promise.resolve<Outcome<ExtractResult>>({ ok: true, value: makeArticle() }),
    readerState: () => Promise.resolve<Outcome<ReaderState>>({ ok: true, value: { open } }),
    setReader: (_tabId, action) => {
      readerCalls.push(action);
      open = !open;
      return Promise.resolve<Outcome<ReaderState>>({ ok: true, value: { open } });
    },
    shortcuts: () => Promise.resolve([{ name: 'toggle-reader', description: '', shortcut: 'Alt+Shift+S' }]),
    openShortcutSettings: () => Promise.resolve(),
    copy: () => Promise.resolve(true),
    copyMarkdown: () => Promise.resolve(true),
    saveHtml: () => undefined,
    blockKinds: () => Promise.resolve(new Map()),
    highlight: (_tabId, mention) => {
      readerCalls.push(`highlight ${mention}`);
      open = true;
      return Promise.resolve<Outcome<boolean>>({ ok: true, value: true });
    },
    settings: null,
    ...overrides,
  };
}

let root: HTMLElement;
async function mount(connector: Connector): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<App connector={connector} />, root));
  await settle();
  return root;
}

/** Lets the popup's chain of connector promises run to the end. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise<void>((done) => setTimeout(done, 0)));
}
afterEach(() => {
  render(null, root);
  root.remove();
});

test('shows loading first, then the article', async () => {
  let finish: (o: Outcome<ExtractResult>) => void = () => undefined;
  const el = await mount(fakeConnector({ extract: () => new Promise((done) => (finish = done)) }));
  expect(el.querySelector('[role="status"]')?.textContent).toBe('Reading the page…');
  await act(() => finish({ ok: true, value: makeArticle() }));
  await settle();
  expect(el.querySelector('h1')?.textContent).toBe('Harbour reopens after the storm');
  expect(el.querySelector('kbd')?.textContent).toBe('Alt+Shift+S');
});

test('the reader switch toggles the tab and shows the new state', async () => {
  const connector = fakeConnector();
  const el = await mount(connector);
  const toggle = el.querySelector<HTMLButtonElement>('[role="switch"]');
  expect(toggle?.getAttribute('aria-checked')).toBe('false');
  await act(() => toggle?.click());
  await settle();
  expect(connector.readerCalls).toEqual(['toggle']);
  expect(toggle?.getAttribute('aria-checked')).toBe('true');
});

test('a reader state answered after a toggle does not undo the toggle', async () => {
  let answer: (o: Outcome<ReaderState>) => void = () => undefined;
  const el = await mount(fakeConnector({ readerState: () => new Promise((done) => (answer = done)) }));
  const toggle = el.querySelector<HTMLButtonElement>('[role="switch"]');
  await act(() => toggle?.click());
  await settle();
  expect(toggle?.getAttribute('aria-checked')).toBe('true');
  await act(() => answer({ ok: true, value: { open: false } }));
  await settle();
  expect(toggle?.getAttribute('aria-checked')).toBe('true');
});

test('a failed toggle is explained next to the switch', async () => {
  const el = await mount(fakeConnector({ setReader: () => Promise.resolve({ ok: false, reason: 'injection-failed' }) }));
  await act(() => el.querySelector<HTMLButtonElement>('[role="switch"]')?.click());
  await settle();
  expect(el.querySelector('.failure.compact h2')?.textContent).toBe('Sift could not run on this page');
});

test('no tab to read is a message, not a blank popup', async () => {
  const el = await mount(fakeConnector({ tabId: () => Promise.resolve(null) }));
  expect(el.querySelector('[role="alert"]')?.getAttribute('data-reason')).toBe('no-tab');
});

test('a restricted page shows its reason', async () => {
  const el = await mount(
    fakeConnector({
      readerState: () => Promise.resolve({ ok: false, reason: 'store-page' }),
      extract: () => Promise.resolve({ ok: false, reason: 'store-page', detail: 'https://chromewebstore.google.com/' }),
    }),
  );
  expect(el.querySelector('[role="alert"] h2')?.textContent).toBe('Extensions cannot run in the add-on store');
});

test("sets the text's headings once the connector has read them, and keeps plain paragraphs when it cannot", async () => {
  const paragraphs = (el: HTMLElement) => [...el.querySelectorAll('.text > *')].map((b) => `${b.tagName.toLowerCase()}: ${b.textContent}`);
  const read = await mount(fakeConnector({ blockKinds: () => Promise.resolve(new Map([['Ships queued overnight.', 'heading']])) }));
  expect(paragraphs(read)).toEqual(['p: The harbour reopened on Thursday.', 'h2: Ships queued overnight.']);
  render(null, root);
  root.remove();
  const failed = await mount(fakeConnector({ blockKinds: () => Promise.reject(new Error('no sanitizer')) }));
  expect(paragraphs(failed)).toEqual(['p: The harbour reopened on Thursday.', 'p: Ships queued overnight.']);
});
