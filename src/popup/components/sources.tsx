import type { Source, SourceKind, SourceRole } from '../../core/types';
import { t, type MessageKey } from '../../shared/i18n';

/** Who the story says its facts came from: name, kind, roles, and the sentences that say so. */

const KIND: Record<SourceKind, MessageKey> = {
  'news-agency': 'kindNewsAgency',
  'news-outlet': 'kindNewsOutlet',
  government: 'kindGovernment',
  organization: 'kindOrganization',
  person: 'kindPerson',
};

const ROLE: Record<SourceRole, MessageKey> = {
  reported: 'roleReported',
  statement: 'roleStatement',
  quoted: 'roleQuoted',
  contributed: 'roleContributed',
  photo: 'rolePhoto',
  cited: 'roleCited',
};

function SourceItem({ source }: { source: Source }) {
  const count = source.mentions.length;
  const about = [t(KIND[source.kind]), ...source.roles.map((r) => t(ROLE[r])), count === 1 ? t('mentionsOne') : t('mentionsMany', count)];
  return (
    <li class="source">
      <details>
        <summary>
          <strong class="name">{source.name}</strong> <span class="about">{about.join(' · ')}</span>
        </summary>
        <ul class="mentions">
          {source.mentions.map((m, i) => (
            <li key={i}>{m.text}</li>
          ))}
        </ul>
      </details>
    </li>
  );
}

/** Folded by default: the reader opened the popup for the text, the sources are one click away. */
export function Sources({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  return (
    <details class="sources">
      <summary>{sources.length === 1 ? t('sourcesOne') : t('sourcesMany', sources.length)}</summary>
      <ul>
        {sources.map((s) => (
          <SourceItem key={s.name} source={s} />
        ))}
      </ul>
    </details>
  );
}
