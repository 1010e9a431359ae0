import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { SettingsControls } from '../../shared/settings-controls';

/**
 * The reader's toolbar (a labelled group, not role=toolbar: that role promises arrow-key
 * navigation between its controls, and these are reached with Tab): reading controls folded in a disclosure (a native <details>, so Enter and
 * Space open it and screen readers announce it expanded or collapsed), "show what Sift removed"
 * as a toggle button (aria-pressed), print and close. Saving and copying live in the popup, which
 * carries the Markdown converter; the content script stays within its size budget. Pure: data in, actions out.
 */

export interface ToolbarData {
  settings: Settings;
  /** How many removed blocks can be shown in place. */
  removedCount: number;
  showRemoved: boolean;
}

export interface ToolbarActions {
  changeSettings(change: Partial<Settings>): void;
  toggleRemoved(): void;
  print(): void;
  close(): void;
}

export function Toolbar({ data, actions }: { data: ToolbarData; actions: ToolbarActions }) {
  const hasRemoved = data.removedCount > 0;
  return (
    <div class="sift-bar" role="group" aria-label={t('readerBrand')}>
      <span class="sift-brand">{t('readerBrand')}</span>
      <details class="sift-settings">
        <summary class="sift-button">
          <span aria-hidden="true">Aa </span>
          {t('readerSettings')}
        </summary>
        <div class="sift-panel">
          <SettingsControls settings={data.settings} onChange={actions.changeSettings} idPrefix="sift-reader" />
        </div>
      </details>
      <button
        type="button"
        class="sift-button sift-show-removed"
        aria-pressed={hasRemoved ? data.showRemoved : undefined}
        aria-disabled={!hasRemoved}
        onClick={hasRemoved ? actions.toggleRemoved : undefined}
      >
        {hasRemoved ? t('readerShowRemoved', data.removedCount) : t('readerNothingRemoved')}
      </button>
      <button type="button" class="sift-button sift-print" onClick={actions.print}>
        {t('exportPrint')}
      </button>
      <button type="button" class="sift-button sift-close" onClick={actions.close} aria-label={t('readerCloseLabel')}>
        {t('readerClose')}
      </button>
    </div>
  );
}
