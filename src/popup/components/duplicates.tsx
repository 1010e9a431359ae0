import type { DuplicateRemoval } from '../../core/types';

/** "N repeated sentences hidden", unfolding to the hidden sentences marked. */
export function Duplicates({ removed }: { removed: DuplicateRemoval[] }) {
  if (removed.length === 0) return null;
  const label = removed.length === 1 ? '1 repeated sentence hidden' : `${removed.length} repeated sentences hidden`;
  return (
    <details class="duplicates">
      <summary>{label}</summary>
      <ul>
        {removed.map((d, i) => (
          <li key={i}>
            <mark>{d.text}</mark>
            <span class="repeats">Repeats: “{d.duplicateOf}”</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
