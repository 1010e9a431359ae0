import type { ComponentChildren } from 'preact';
import type { ExtractResult } from '../../core/types';
import { Duplicates } from './duplicates';
import { ExportTools, type ExportProps } from './export-tools';
import { Sources } from './mounted';
import { publishedDate } from '../../shared/dates';
import { firstPublished } from '../../shared/first-published';
import { t } from '../../shared/i18n';
import { textDirection } from '../../shared/text-direction';

/** The article's facts and cleaned text, as plain paragraphs (text, never HTML, in the popup). */

/** What a paragraph of the text was in the article; a plain paragraph has none. */
export type BlockKind = 'heading' | 'item' | 'caption' | 'quote';
/** Kinds by paragraph text (see src/popup/block-kinds.ts). */
export type BlockKinds = ReadonlyMap<string, BlockKind>;

function facts(article: ExtractResult): string[] {
  const site = article.siteName ?? hostOf(article.url);
  const date = publishedDate(article.publishedTime);
  return [article.byline, site, date, t('minutesRead', article.readingMinutes)].filter((f): f is string => Boolean(f));
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** One element per paragraph, set as its kind; a run of list items makes one list, a run of quoted paragraphs one quote. */
function textBlocks(paragraphs: readonly string[], kinds: BlockKinds | null): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  for (let i = 0; i < paragraphs.length; ) {
    const kind = kinds?.get(paragraphs[i] ?? '');
    if (kind === 'item' || kind === 'quote') {
      const run: string[] = [];
      for (; i < paragraphs.length && kinds?.get(paragraphs[i] ?? '') === kind; i++) run.push(paragraphs[i] ?? '');
      const key = `${kind}-${i}`;
      if (kind === 'item') out.push(<ul key={key}>{run.map((p, j) => <li key={j}>{p}</li>)}</ul>);
      else out.push(<blockquote key={key}>{run.map((p, j) => <p key={j}>{p}</p>)}</blockquote>);
      continue;
    }
    const p = paragraphs[i] ?? '';
    out.push(kind === 'heading' ? <h2 key={i}>{p}</h2> : <p key={i} class={kind === 'caption' ? 'caption' : undefined}>{p}</p>);
    i++;
  }
  return out;
}

/** An aggregator's copy names the original: the reader may want the publisher's own page. */
function FirstPublished({ url }: { url: string | null }) {
  if (!url) return null;
  return (
    <p class="first-published">
      {t('firstPublished')}{' '}
      <a href={url} target="_blank" rel="noopener noreferrer">
        {hostOf(url) ?? url}
      </a>
    </p>
  );
}

export function ArticleView(props: { article: ExtractResult; kinds?: BlockKinds | null; exports: ExportProps; onMention?: (mention: string) => void }) {
  const { article } = props;
  const paragraphs = article.text.split(/\n{2,}/).filter((p) => p.trim());
  return (
    <article class="article" lang={article.lang ?? undefined} dir={textDirection(article.dir)}>
      <h1 class="title">{article.title}</h1>
      <p class="facts">{facts(article).join(' · ')}</p>
      <FirstPublished url={firstPublished(article)} />
      <ExportTools {...props.exports} />
      <Duplicates removed={article.removed.duplicates} />
      <Sources sources={article.sources} onMention={props.onMention} />
      <div class="text">{textBlocks(paragraphs, props.kinds ?? null)}</div>
    </article>
  );
}
