import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ExtractResult } from '../../core/types';
import { sanitizeToFragment } from '../../core/sanitize';
import { textDirection } from '../../shared/text-direction';

/** The reader's content: a header with the article's facts, the article, and a close button. */

/** The id the dialog's aria-labelledby points at. */
export const TITLE_ID = 'sift-reader-title';

interface ViewProps {
  article: ExtractResult;
  onClose: () => void;
}

/** The article body: sanitized HTML becomes DOM only through the audited sanitizer. */
function ArticleBody({ html }: { html: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (!view) return;
    el.replaceChildren(sanitizeToFragment(html, view));
  }, [html]);
  return <div class="body" ref={ref} />;
}

function facts(article: ExtractResult): string[] {
  const minutes = `${article.readingMinutes} min read`;
  return [article.byline, article.siteName, minutes].filter((f): f is string => Boolean(f));
}

export function ReaderView({ article, onClose }: ViewProps) {
  return (
    <div class="page">
      <div class="bar">
        <span class="brand">Sift reader</span>
        <button type="button" class="close" onClick={onClose} aria-label="Close reader (Esc)">
          Close
        </button>
      </div>
      <article lang={article.lang ?? undefined} dir={textDirection(article.dir)}>
        <header>
          <h1 id={TITLE_ID}>{article.title}</h1>
          <p class="facts">{facts(article).join(' · ')}</p>
        </header>
        <ArticleBody html={article.html} />
      </article>
    </div>
  );
}
