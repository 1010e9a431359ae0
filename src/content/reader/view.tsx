import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ExtractResult } from '../../core/types';
import { sanitizeToFragment } from '../../core/sanitize';
import { t } from '../../shared/i18n';
import { textDirection } from '../../shared/text-direction';

/**
 * The reader's content: a header with the article's facts, the article, and a close button. Every
 * class is prefixed: the article keeps its own classes (Readability's root is `div.page`), and
 * the reader's CSS must not style them by accident.
 */

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
  return <div class="sift-body" ref={ref} />;
}

function facts(article: ExtractResult): string[] {
  const minutes = t('minutesRead', article.readingMinutes);
  return [article.byline, article.siteName, minutes].filter((f): f is string => Boolean(f));
}

export function ReaderView({ article, onClose }: ViewProps) {
  return (
    <div class="sift-page">
      <div class="sift-bar">
        <span class="sift-brand">{t('readerBrand')}</span>
        <button type="button" class="sift-close" onClick={onClose} aria-label={t('readerCloseLabel')}>
          {t('readerClose')}
        </button>
      </div>
      <article lang={article.lang ?? undefined} dir={textDirection(article.dir)}>
        <header class="sift-header">
          <h1 id={TITLE_ID} class="sift-title">{article.title}</h1>
          <p class="sift-facts">{facts(article).join(' · ')}</p>
        </header>
        <ArticleBody html={article.html} />
      </article>
    </div>
  );
}
