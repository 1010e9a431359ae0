import { t } from '../../shared/i18n';

/** The sites that open in reader mode by themselves, each with its remove button. */
export function SiteList({ sites, onRemove }: { sites: string[] | null; onRemove: (host: string) => void }) {
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      <p class="help">{t('optionsSitesHelp')}</p>
      {sites !== null && sites.length === 0 && <p class="empty">{t('optionsSitesEmpty')}</p>}
      {sites !== null && sites.length > 0 && (
        <ul class="sites">
          {sites.map((host) => (
            <li key={host}>
              <span class="host">{host}</span>
              <button type="button" aria-label={t('optionsRemoveLabel', host)} onClick={() => onRemove(host)}>
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
