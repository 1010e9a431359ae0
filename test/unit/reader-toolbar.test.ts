// @vitest-environment jsdom
import { afterEach, expect, test } from 'vitest';
import { createToolbar, type ToolbarActions, type ToolbarData } from '../../src/content/reader/toolbar';
import { DEFAULT_SETTINGS, FONT_SIZE, type Settings } from '../../src/shared/settings';

/** The reader's toolbar and its reading controls: data in, actions out. */

let root: HTMLElement;
function show(data: Partial<ToolbarData> = {}) {
  const calls: string[] = [];
  const changes: Partial<Settings>[] = [];
  const actions: ToolbarActions = {
    changeSettings: (c) => changes.push(c),
    toggleRemoved: () => calls.push('toggleRemoved'),
    print: () => calls.push('print'),
    close: () => calls.push('close'),
  };
  root = document.createElement('div');
  document.body.append(root);
  const full: ToolbarData = { settings: DEFAULT_SETTINGS, removedCount: 3, showRemoved: false, ...data };
  root.append(createToolbar(document, full, actions).element);
  return { el: root, calls, changes };
}
afterEach(() => {
  root.remove();
});

function button(el: HTMLElement, label: string): HTMLButtonElement {
  const found = [...el.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

test('text size steps up and down by one step and shows the size', () => {
  const { el, changes } = show();
  button(el, 'Larger text').click();
  button(el, 'Smaller text').click();
  expect(changes).toEqual([{ fontSize: DEFAULT_SETTINGS.fontSize + 1 }, { fontSize: DEFAULT_SETTINGS.fontSize - 1 }]);
  expect(el.querySelector('output')?.textContent).toBe(`${DEFAULT_SETTINGS.fontSize} px`);
});

test('at the largest size the larger button is marked disabled (keeping focus) and asks for nothing', () => {
  const { el, changes } = show({ settings: { ...DEFAULT_SETTINGS, fontSize: FONT_SIZE.max } });
  const larger = button(el, 'Larger text');
  expect(larger.getAttribute('aria-disabled')).toBe('true');
  expect(larger.disabled).toBe(false);
  larger.click();
  expect(changes).toEqual([]);
});

test('font and theme are radio groups named by their legends, with the current value checked', () => {
  const { el, changes } = show({ settings: { ...DEFAULT_SETTINGS, theme: 'sepia' } });
  const legends = [...el.querySelectorAll('fieldset legend')].map((l) => l.textContent);
  expect(legends).toEqual(['Font', 'Theme']);
  const theme = el.querySelectorAll<HTMLInputElement>('fieldset')[1]?.querySelectorAll<HTMLInputElement>('input[type="radio"]');
  expect([...(theme ?? [])].map((r) => `${r.value}${r.checked ? '*' : ''}`)).toEqual(['light', 'sepia*', 'dark', 'auto']);
  const dark = [...(theme ?? [])].find((r) => r.value === 'dark');
  dark?.click();
  const mono = el.querySelector<HTMLInputElement>('input[value="mono"]');
  mono?.click();
  expect(changes).toEqual([{ theme: 'dark' }, { fontFamily: 'mono' }]);
});

test('line width and spacing are labelled ranges whose values are snapped to their steps', () => {
  const { el, changes } = show();
  const width = el.querySelector<HTMLInputElement>('#sift-reader-width');
  expect(el.querySelector(`label[for="sift-reader-width"]`)?.textContent).toBe('Line width');
  if (!width) throw new Error('no width range');
  width.value = '73';
  width.dispatchEvent(new Event('input', { bubbles: true }));
  expect(changes).toEqual([{ lineWidth: 72 }]);
});

test('"show what Sift removed" is a pressed/unpressed toggle with the count', () => {
  const { el, calls } = show({ showRemoved: true });
  const toggle = el.querySelector<HTMLButtonElement>('.sift-show-removed');
  expect(toggle?.textContent).toBe('Show what Sift removed (3)');
  expect(toggle?.getAttribute('aria-pressed')).toBe('true');
  toggle?.click();
  button(el, 'Print').click();
  el.querySelector<HTMLButtonElement>('.sift-close')?.click();
  expect(calls).toEqual(['toggleRemoved', 'print', 'close']);
});

test('with nothing removed the toggle says so and does nothing', () => {
  const { el, calls } = show({ removedCount: 0 });
  const toggle = el.querySelector<HTMLButtonElement>('.sift-show-removed');
  expect(toggle?.textContent).toBe('Sift removed nothing here');
  expect(toggle?.hasAttribute('aria-pressed')).toBe(false);
  toggle?.click();
  expect(calls).toEqual([]);
});

test('new settings show in place: the focused control keeps its focus', () => {
  const data: ToolbarData = { settings: DEFAULT_SETTINGS, removedCount: 3, showRemoved: false };
  const toolbar = createToolbar(document, data, { changeSettings: () => undefined, toggleRemoved: () => undefined, print: () => undefined, close: () => undefined });
  root = document.createElement('div');
  document.body.append(root);
  root.append(toolbar.element);
  const larger = button(root, 'Larger text');
  larger.focus();
  toolbar.update({ ...data, settings: { ...DEFAULT_SETTINGS, fontSize: FONT_SIZE.max, theme: 'dark' }, showRemoved: true });
  expect(document.activeElement).toBe(larger);
  expect(larger.getAttribute('aria-disabled')).toBe('true');
  expect(root.querySelector('output')?.textContent).toBe(`${FONT_SIZE.max} px`);
  expect(root.querySelector<HTMLInputElement>('input[value="dark"]')?.checked).toBe(true);
  expect(root.querySelector('.sift-show-removed')?.getAttribute('aria-pressed')).toBe('true');
});
