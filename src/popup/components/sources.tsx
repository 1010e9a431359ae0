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
  return (
    <li>
      <details>
        <summary>
          <strong>{source.name}</strong> <span class="kind">{KIND[source.kind]}</span>{' '}
          <span class="roles">{source.roles.map((r) => ROLE[r]).join(', ')}</span>{' '}
          <span class="count">{count === 1 ? '1 mention' : `${count} mentions`}</span>
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

export function Sources({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  return (
    <section class="sources" aria-label="Sources">
      <h2>Sources</h2>
      <ul>
        {sources.map((s) => (
          <SourceItem key={s.name} source={s} />
        ))}
      </ul>
    </section>
  );
}
