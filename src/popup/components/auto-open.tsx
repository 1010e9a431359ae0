import { t } from '../../shared/i18n';
import type { Site } from '../../shared/sites';

/** What the auto-open switch shows: null site means the tab is no web page and nothing is shown. */
export interface AutoOpenData {
  site: Site | null;
  on: boolean;
  /** The browser's permission prompt was declined on the last try. */
  denied: boolean;
}

export interface AutoOpenActions {
  toggle(): void;
  openSettings(): void;
}

/** "Always open <host> in reader mode", with a way to the settings page that lists every site. */
export function AutoOpenSwitch({ data, actions }: { data: AutoOpenData; actions: AutoOpenActions }) {
  if (!data.site) return null;
  const { host } = data.site;
  return (
    <section class="auto-open">
      <button type="button" role="switch" class="switch" aria-checked={data.on} onClick={actions.toggle}>
        <span class="track" aria-hidden="true">
          <span class="thumb" />
        </span>
        <span class="auto-open-label">{t('autoOpenSwitch', host)}</span>
      </button>
      {data.denied && (
        <p class="auto-open-denied" role="alert">
          {t('autoOpenDenied', host)}
        </p>
      )}
      <button type="button" class="link auto-open-manage" onClick={actions.openSettings}>
        {t('autoOpenManage')}
      </button>
    </section>
  );
}
