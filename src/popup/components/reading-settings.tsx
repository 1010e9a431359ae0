import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { SettingsControls } from './mounted';

/** The reader's text and theme controls in the popup, folded; a change shows in an open reader at once. */
export function ReadingSettings(props: { settings: Settings | null; onChange(change: Partial<Settings>): void }) {
  if (!props.settings) return null;
  return (
    <details class="reading">
      <summary>{t('readerSettings')}</summary>
      <SettingsControls settings={props.settings} onChange={props.onChange} idPrefix="popup" />
    </details>
  );
}
