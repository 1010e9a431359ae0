// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import { App } from '../../src/popup/app';
import { Popup } from '../../src/popup/components/popup';
import type { Connector } from '../../src/popup/connector';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import type { SettingsStore } from '../../src/shared/settings-store';
import { makeArticle, makeData, recordingActions } from '../helpers/popup-fixtures';

/** The popup's export buttons and reading controls: what they show and what they ask for. */

let root: HTMLElement;
function mount(node: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}
afterEach(() => {
  render(null, root);
  root.remove();
});

test('export buttons ask for Markdown, text and an HTML file, and say when a copy worked', () => {
  const actions = recordingActions();
  const el = mount(<Popup data={makeData({ markdown: 'copied' })} actions={actions} />);
  const buttons = [...el.querySelectorAll<HTMLButtonElement>('.tools button')];
  expect(buttons.map((b) => b.textContent)).toEqual(['Copy text', 'Copied', 'Save as HTML']);
  for (const b of buttons) b.click();
  expect(actions.calls).toEqual(['copyText', 'copyMarkdown', 'saveHtml']);
});

test('the reading controls show the settings and send changes', () => {
  const actions = recordingActions();
  const el = mount(<Popup data={makeData({ settings: { ...DEFAULT_SETTINGS, theme: 'dark' } })} actions={actions} />);
  expect(el.querySelector('details.reading summary')?.textContent).toBe('Text and theme');
  expect(el.querySelector<HTMLInputElement>('input[name="popup-theme"]:checked')?.value).toBe('dark');
  act(() => el.querySelector<HTMLInputElement>('input[value="sans"]')?.click());
  expect(actions.calls).toEqual(['changeSettings {"fontFamily":"sans"}']);
});

test('without settings (no extension storage) there are no reading controls', () => {
  const el = mount(<Popup data={makeData({ settings: null })} actions={recordingActions()} />);
  expect(el.querySelector('details.reading')).toBeNull();
});

function memoryStore(): SettingsStore & { saved: Partial<Settings>[]; push(s: Settings): void } {
  let listener: ((s: Settings) => void) | null = null;
  const saved: Partial<Settings>[] = [];
  return {
    saved,
    push: (s) => listener?.(s),
    load: () => Promise.resolve(DEFAULT_SETTINGS),
    save: (change) => {
      saved.push(change);
      return Promise.resolve({ ...DEFAULT_SETTINGS, ...change });
    },
    subscribe: (l) => {
      listener = l;
      return () => (listener = null);
    },
  };
}

test('the app loads the settings, saves a change, and follows changes made elsewhere', async () => {
  const store = memoryStore();
  const connector = {
    browserFamily: 'chromium',
    tabId: () => Promise.resolve(7),
    extract: () => Promise.resolve({ ok: true, value: makeArticle() }),
    readerState: () => Promise.resolve({ ok: true, value: { open: false } }),
    setReader: () => Promise.resolve({ ok: true, value: { open: true } }),
    shortcuts: () => Promise.resolve([]),
    openShortcutSettings: () => Promise.resolve(),
    copy: () => Promise.resolve(true),
    copyMarkdown: () => Promise.resolve(true),
    saveHtml: () => undefined,
    blockKinds: () => Promise.resolve(new Map()),
    highlight: () => Promise.resolve({ ok: true, value: true }),
    settings: store,
  } satisfies Connector;
  const el = mount(<App connector={connector} />);
  for (let i = 0; i < 5; i++) await act(() => new Promise<void>((done) => setTimeout(done, 0)));
  const checked = () => el.querySelector<HTMLInputElement>('input[name="popup-theme"]:checked')?.value;
  expect(checked()).toBe('auto');
  act(() => el.querySelector<HTMLInputElement>('input[name="popup-theme"][value="sepia"]')?.click());
  expect(store.saved).toEqual([{ theme: 'sepia' }]);
  expect(checked()).toBe('sepia');
  act(() => store.push({ ...DEFAULT_SETTINGS, theme: 'light' }));
  expect(checked()).toBe('light');
});
