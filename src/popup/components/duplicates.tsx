import type { DuplicateRemoval } from '../../core/types';
import { t } from '../../shared/i18n';

/** "N repeated sentences hidden", unfolding to the hidden sentences marked. */
export function Duplicates({ removed }: { removed: DuplicateRemoval[] }) {
  if (removed.length === 0) return null;
  const label = removed.length === 1 ? t('duplicatesOne') : t('duplicatesMany', removed.length);
  return (
    <details class="duplicates">
      <summary>{label}</summary>
      <ul>
        {removed.map((d, i) => (
          <li key={i}>
            <mark>{d.text}</mark>
            <span class="repeats">{t('repeats', d.duplicateOf)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
