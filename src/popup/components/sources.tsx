import type { Source, SourceKind, SourceRole } from '../../core/types';

/** Who the story says its facts came from: name, kind, roles, and the sentences that say so. */

const KIND: Record<SourceKind, string> = {
  'news-agency': 'news agency',
  'news-outlet': 'news outlet',
  government: 'government',
  organization: 'organization',
  person: 'person',
};

const ROLE: Record<SourceRole, string> = {
  reported: 'reported',
  statement: 'statement',
  quoted: 'quoted',
  contributed: 'contributed',
  photo: 'photo',
  cited: 'cited',
};

function SourceItem({ source }: { source: Source }) {
  const count = source.mentions.length;
  const about = [KIND[source.kind], ...source.roles.map((r) => ROLE[r]), count === 1 ? '1 mention' : `${count} mentions`];
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
      <summary>{sources.length === 1 ? '1 source' : `${sources.length} sources`} named in the story</summary>
      <ul>
        {sources.map((s) => (
          <SourceItem key={s.name} source={s} />
        ))}
      </ul>
    </details>
  );
}
