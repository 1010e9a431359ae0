import type { ExtractResult } from '../../core/types';
import { Duplicates } from './duplicates';
import { ExportTools, type ExportProps } from './export-tools';
import { Sources } from './mounted';
import { publishedDate } from '../../shared/dates';
import { t } from '../../shared/i18n';
import { textDirection } from '../../shared/text-direction';

/** The article's facts and cleaned text, as plain paragraphs (text, never HTML, in the popup). */

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

export function ArticleView(props: { article: ExtractResult; exports: ExportProps; onMention?: (mention: string) => void }) {
  const { article } = props;
  const paragraphs = article.text.split(/\n{2,}/).filter((p) => p.trim());
  return (
    <article class="article" lang={article.lang ?? undefined} dir={textDirection(article.dir)}>
      <h1 class="title">{article.title}</h1>
      <p class="facts">{facts(article).join(' · ')}</p>
      <ExportTools {...props.exports} />
      <Duplicates removed={article.removed.duplicates} />
      <Sources sources={article.sources} onMention={props.onMention} />
      <div class="text">
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
    </article>
  );
}
