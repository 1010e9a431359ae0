import type { Source, SourceKind, SourceRole } from '../core/types';
import { t, type MessageKey } from './i18n';

/**
 * Who the story says its facts came from: name, kind, roles, and the sentences that say so.
 * Shared by the popup and the reader; choosing a sentence is the caller's action (the reader
 * scrolls to it and marks it; the popup asks the reader in the tab to).
 */

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

export interface SourcesProps {
  sources: Source[];
  /** Shows a mention in the reader; without it mentions are plain text. */
  onMention?: (text: string) => void;
}

function SourceItem({ source, onMention }: { source: Source; onMention?: SourcesProps['onMention'] }) {
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
            <li key={i}>
              {onMention ? (
                <button type="button" class="mention" onClick={() => onMention(m.text)}>
                  {m.text}
                </button>
              ) : (
                m.text
              )}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

/** Folded by default: the reader came for the text, the sources are one click away. */
export function Sources({ sources, onMention }: SourcesProps) {
  if (sources.length === 0) return null;
  return (
    <details class="sources">
      <summary>{sources.length === 1 ? t('sourcesOne') : t('sourcesMany', sources.length)}</summary>
      <ul>
        {sources.map((s) => (
          <SourceItem key={s.name} source={s} onMention={onMention} />
        ))}
      </ul>
    </details>
  );
}
