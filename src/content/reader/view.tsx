import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ExtractResult, RemovedBlock } from '../../core/types';
import { sanitizeToFragment, type PurifyWindow } from '../../core/sanitize';
import { t } from '../../shared/i18n';
import { textDirection } from '../../shared/text-direction';
import { Toolbar, type ToolbarActions, type ToolbarData } from './toolbar';

/**
 * The reader's content: the toolbar, a header with the article's facts, and the article. Every
 * class is prefixed: the article keeps its own classes (Readability's root is `div.page`), and
 * the reader's CSS must not style them by accident.
 */

/** The id the dialog's aria-labelledby points at. */
export const TITLE_ID = 'sift-reader-title';

/** Clutter reasons as the pipeline names them ("share-bar") read as words ("share bar"). */
function reasonWords(reason: string): string {
  if (reason === 'duplicate') return t('removedDuplicate');
  if (reason === 'clutter') return t('removedClutter');
  return reason.replace(/[-_]+/g, ' ');
}

/** Fills each removed-block marker with the block, framed and labelled with why it went. */
function revealRemoved(body: HTMLElement, blocks: RemovedBlock[], win: PurifyWindow): void {
  const byId = new Map(blocks.map((b) => [String(b.id), b]));
  for (const marker of Array.from(body.querySelectorAll('[data-sift-removed]'))) {
    const block = byId.get(marker.getAttribute('data-sift-removed') ?? '');
    if (!block) continue;
    const doc = marker.ownerDocument;
    const frame = doc.createElement('div');
    frame.className = 'sift-removed';
    const label = doc.createElement('p');
    label.className = 'sift-removed-label';
    label.textContent = t('removedLabel', reasonWords(block.reason));
    frame.append(label, sanitizeToFragment(block.html, win));
    marker.replaceWith(frame);
  }
}

/** The article body: sanitized HTML becomes DOM only through the audited sanitizer. */
function ArticleBody({ html, removed }: { html: string; removed: RemovedBlock[] | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const view = el?.ownerDocument.defaultView as PurifyWindow | null | undefined;
    if (!el || !view) return;
    el.replaceChildren(sanitizeToFragment(html, view));
    if (removed) revealRemoved(el, removed, view);
  }, [html, removed]);
  return <div class="sift-body" ref={ref} />;
}

function facts(article: ExtractResult): string[] {
  const minutes = t('minutesRead', article.readingMinutes);
  return [article.byline, article.siteName, minutes].filter((f): f is string => Boolean(f));
}

export interface ViewProps {
  article: ExtractResult;
  toolbar: Omit<ToolbarData, 'removedCount'>;
  actions: ToolbarActions;
}

export function ReaderView({ article, toolbar, actions }: ViewProps) {
  const blocks = article.removed.blocks ?? [];
  return (
    <>
      <Toolbar data={{ ...toolbar, removedCount: blocks.length }} actions={actions} />
      <div class="sift-page">
        <article lang={article.lang ?? undefined} dir={textDirection(article.dir)}>
          <header class="sift-header">
            <h1 id={TITLE_ID} class="sift-title">{article.title}</h1>
            <p class="sift-facts">{facts(article).join(' · ')}</p>
          </header>
          <ArticleBody html={article.html} removed={toolbar.showRemoved ? blocks : null} />
        </article>
      </div>
    </>
  );
}
