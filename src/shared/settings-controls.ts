import { el } from './dom';
import { t, type MessageKey } from './i18n';
import {
  FONT_FAMILIES,
  FONT_SIZE,
  LINE_HEIGHT,
  LINE_WIDTH,
  THEMES,
  snap,
  type FontFamily,
  type NumberRange,
  type Settings,
  type Theme,
} from './settings';

/**
 * The reading controls, shared by the reader's toolbar and the popup: native buttons, radio
 * groups in fieldsets and range inputs, so keyboards and screen readers get the platform's own
 * behaviour (arrow keys move through a radio group, the legend names it). Built once and updated
 * in place, so the focused control keeps its focus while its value changes. Settings in, changes out.
 */

export interface SettingsControlsOptions {
  settings: Settings;
  onChange(change: Partial<Settings>): void;
  /** Prefix for ids and radio names, unique within the document or shadow root. */
  idPrefix: string;
}

export interface SettingsControlsView {
  element: HTMLElement;
  /** Shows new settings without rebuilding (focus stays where it is). */
  update(settings: Settings): void;
}

interface Part<T> {
  element: HTMLElement;
  update(value: T): void;
}

const FONT_LABEL: Record<FontFamily, MessageKey> = { serif: 'readerFontSerif', sans: 'readerFontSans', mono: 'readerFontMono' };
const THEME_LABEL: Record<Theme, MessageKey> = {
  light: 'readerThemeLight',
  sepia: 'readerThemeSepia',
  dark: 'readerThemeDark',
  auto: 'readerThemeAuto',
};

function fontSize(doc: Document, idPrefix: string, current: () => number, onChange: SettingsControlsOptions['onChange']): Part<number> {
  const step = (direction: 1 | -1) => (): void => {
    const size = current();
    const next = snap(size + direction * FONT_SIZE.step, FONT_SIZE);
    if (next !== size) onChange({ fontSize: next });
  };
  // aria-disabled rather than disabled: a disabled button drops the keyboard focus to the page.
  const smaller = el(doc, 'button', { type: 'button', class: 'sift-button sift-step', 'aria-label': t('readerSmaller'), onclick: step(-1) }, 'A−');
  const larger = el(doc, 'button', { type: 'button', class: 'sift-button sift-step', 'aria-label': t('readerLarger'), onclick: step(1) }, 'A+');
  const value = el(doc, 'output', { class: 'sift-value', 'aria-live': 'polite' });
  const name = el(doc, 'span', { id: `${idPrefix}-size`, class: 'sift-control-name' }, t('readerFontSize'));
  return {
    element: el(doc, 'div', { class: 'sift-control sift-size', role: 'group', 'aria-labelledby': `${idPrefix}-size` }, name, smaller, value, larger),
    update: (size) => {
      value.textContent = t('readerPixels', size);
      smaller.setAttribute('aria-disabled', String(size <= FONT_SIZE.min));
      larger.setAttribute('aria-disabled', String(size >= FONT_SIZE.max));
    },
  };
}

function choice<T extends string>(
  doc: Document,
  props: { name: string; legend: MessageKey; values: readonly T[]; labels: Record<T, MessageKey>; onPick(value: T): void },
): Part<T> {
  const inputs = props.values.map((value) => el(doc, 'input', { type: 'radio', name: props.name, value, onchange: () => props.onPick(value) }));
  const options = props.values.map((value, i) =>
    el(doc, 'label', { class: 'sift-option', 'data-value': value }, inputs[i], el(doc, 'span', {}, t(props.labels[value]))),
  );
  return {
    element: el(doc, 'fieldset', { class: 'sift-control sift-choice' }, el(doc, 'legend', { class: 'sift-control-name' }, t(props.legend)), options),
    update: (current) => props.values.forEach((value, i) => ((inputs[i] as HTMLInputElement).checked = value === current)),
  };
}

function range(doc: Document, props: { id: string; label: MessageKey; range: NumberRange; onPick(value: number): void }): Part<number> {
  const { min, max, step } = props.range;
  const input = el(doc, 'input', {
    id: props.id,
    type: 'range',
    min,
    max,
    step,
    oninput: (event) => props.onPick(snap(Number((event.currentTarget as HTMLInputElement).value), props.range)),
  });
  return {
    element: el(doc, 'div', { class: 'sift-control sift-range' }, el(doc, 'label', { class: 'sift-control-name', for: props.id }, t(props.label)), input),
    update: (value) => {
      input.value = String(value);
    },
  };
}

export function createSettingsControls(doc: Document, { settings, onChange, idPrefix }: SettingsControlsOptions): SettingsControlsView {
  let current = settings;
  const size = fontSize(doc, idPrefix, () => current.fontSize, onChange);
  const font = choice(doc, { name: `${idPrefix}-font`, legend: 'readerFont', values: FONT_FAMILIES, labels: FONT_LABEL, onPick: (fontFamily) => onChange({ fontFamily }) });
  const theme = choice(doc, { name: `${idPrefix}-theme`, legend: 'readerTheme', values: THEMES, labels: THEME_LABEL, onPick: (theme) => onChange({ theme }) });
  const width = range(doc, { id: `${idPrefix}-width`, label: 'readerLineWidth', range: LINE_WIDTH, onPick: (lineWidth) => onChange({ lineWidth }) });
  const height = range(doc, { id: `${idPrefix}-height`, label: 'readerLineHeight', range: LINE_HEIGHT, onPick: (lineHeight) => onChange({ lineHeight }) });
  const update = (next: Settings): void => {
    current = next;
    size.update(next.fontSize);
    font.update(next.fontFamily);
    theme.update(next.theme);
    width.update(next.lineWidth);
    height.update(next.lineHeight);
  };
  update(settings);
  return { element: el(doc, 'div', { class: 'sift-controls' }, size.element, font.element, theme.element, width.element, height.element), update };
}
