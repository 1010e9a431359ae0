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
 * behaviour (arrow keys move through a radio group, the legend names it). Pure: settings in,
 * changes out.
 */

export interface SettingsControlsProps {
  settings: Settings;
  onChange(change: Partial<Settings>): void;
  /** Prefix for ids and radio names, unique within the document or shadow root. */
  idPrefix: string;
}

const FONT_LABEL: Record<FontFamily, MessageKey> = { serif: 'readerFontSerif', sans: 'readerFontSans', mono: 'readerFontMono' };
const THEME_LABEL: Record<Theme, MessageKey> = {
  light: 'readerThemeLight',
  sepia: 'readerThemeSepia',
  dark: 'readerThemeDark',
  auto: 'readerThemeAuto',
};

function FontSize({ settings, onChange, idPrefix }: SettingsControlsProps) {
  const size = settings.fontSize;
  // aria-disabled rather than disabled: a disabled button drops the keyboard focus to the page.
  const step = (direction: 1 | -1) => () => {
    const next = snap(size + direction * FONT_SIZE.step, FONT_SIZE);
    if (next !== size) onChange({ fontSize: next });
  };
  return (
    <div class="sift-control sift-size" role="group" aria-labelledby={`${idPrefix}-size`}>
      <span id={`${idPrefix}-size`} class="sift-control-name">
        {t('readerFontSize')}
      </span>
      <button type="button" class="sift-button sift-step" aria-label={t('readerSmaller')} aria-disabled={size <= FONT_SIZE.min} onClick={step(-1)}>
        A−
      </button>
      <output class="sift-value" aria-live="polite">
        {t('readerPixels', size)}
      </output>
      <button type="button" class="sift-button sift-step" aria-label={t('readerLarger')} aria-disabled={size >= FONT_SIZE.max} onClick={step(1)}>
        A+
      </button>
    </div>
  );
}

function Choice<T extends string>(props: {
  name: string;
  legend: MessageKey;
  values: readonly T[];
  labels: Record<T, MessageKey>;
  current: T;
  onPick(value: T): void;
}) {
  return (
    <fieldset class="sift-control sift-choice">
      <legend class="sift-control-name">{t(props.legend)}</legend>
      {props.values.map((value) => (
        <label key={value} class="sift-option" data-value={value}>
          <input type="radio" name={props.name} value={value} checked={value === props.current} onChange={() => props.onPick(value)} />
          <span>{t(props.labels[value])}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Range(props: { id: string; label: MessageKey; range: NumberRange; value: number; onPick(value: number): void }) {
  return (
    <div class="sift-control sift-range">
      <label class="sift-control-name" for={props.id}>
        {t(props.label)}
      </label>
      <input
        id={props.id}
        type="range"
        min={props.range.min}
        max={props.range.max}
        step={props.range.step}
        value={props.value}
        onInput={(event) => props.onPick(snap(Number((event.currentTarget as HTMLInputElement).value), props.range))}
      />
    </div>
  );
}

export function SettingsControls(props: SettingsControlsProps) {
  const { settings, onChange, idPrefix } = props;
  return (
    <div class="sift-controls">
      <FontSize {...props} />
      <Choice
        name={`${idPrefix}-font`}
        legend="readerFont"
        values={FONT_FAMILIES}
        labels={FONT_LABEL}
        current={settings.fontFamily}
        onPick={(fontFamily) => onChange({ fontFamily })}
      />
      <Choice
        name={`${idPrefix}-theme`}
        legend="readerTheme"
        values={THEMES}
        labels={THEME_LABEL}
        current={settings.theme}
        onPick={(theme) => onChange({ theme })}
      />
      <Range id={`${idPrefix}-width`} label="readerLineWidth" range={LINE_WIDTH} value={settings.lineWidth} onPick={(lineWidth) => onChange({ lineWidth })} />
      <Range id={`${idPrefix}-height`} label="readerLineHeight" range={LINE_HEIGHT} value={settings.lineHeight} onPick={(lineHeight) => onChange({ lineHeight })} />
    </div>
  );
}
