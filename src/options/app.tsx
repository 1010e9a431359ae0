import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { SiteList } from './components/site-list';
import type { OptionsConnector } from './connector';

/** Sift's settings page: for now the per-site auto-open list (typography lives in the reader and popup). */
export function OptionsApp({ connector }: { connector: OptionsConnector }) {
  // null until loaded, so "No sites yet" never flashes before the list.
  const [sites, setSites] = useState<string[] | null>(null);

  useEffect(() => {
    void connector.sites().then(setSites);
    return connector.watchSites(setSites);
  }, [connector]);

  const remove = (host: string): void => {
    void connector.removeSite(host).then(setSites);
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <SiteList sites={sites} onRemove={remove} />
    </main>
  );
}
