import type { ExtractResult, RemovedBlock } from '../../core/types';
import { sanitizeToFragment, type PurifyWindow } from '../../core/sanitize';
import { publishedDate } from '../../shared/dates';
import { el } from '../../shared/dom';
import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { createSourcesList } from '../../shared/sources-list';
import { textDirection } from '../../shared/text-direction';
import { createToolbar, type ToolbarActions } from './toolbar';

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
    const label = el(doc, 'p', { class: 'sift-removed-label' }, t('removedLabel', reasonWords(block.reason)));
    marker.replaceWith(el(doc, 'div', { class: 'sift-removed' }, label, sanitizeToFragment(block.html, win)));
  }
}

/** The article body: sanitized HTML becomes DOM only through the audited sanitizer. */
function fillBody(body: HTMLElement, html: string, removed: RemovedBlock[] | null): void {
  const view = body.ownerDocument.defaultView as PurifyWindow | null;
  if (!view) return;
  body.replaceChildren(sanitizeToFragment(html, view));
  if (removed) revealRemoved(body, removed, view);
}

function facts(article: ExtractResult): string[] {
  const minutes = t('minutesRead', article.readingMinutes);
  const date = publishedDate(article.publishedTime);
  return [article.byline, article.siteName, date, minutes].filter((f): f is string => Boolean(f));
}

export interface ReaderState {
  settings: Settings;
  showRemoved: boolean;
}

export interface ViewOptions {
  article: ExtractResult;
  state: ReaderState;
  actions: ToolbarActions & { showMention(mention: string): void };
}

export interface ReaderView {
  /** The toolbar and the page, to put in the dialog. */
  nodes: HTMLElement[];
  update(state: ReaderState): void;
}

export function createReaderView(doc: Document, { article, state, actions }: ViewOptions): ReaderView {
  const blocks = article.removed.blocks ?? [];
  const toolbar = createToolbar(doc, { ...state, removedCount: blocks.length }, actions);
  const body = el(doc, 'div', { class: 'sift-body' });
  const header = el(
    doc,
    'header',
    { class: 'sift-header' },
    el(doc, 'h1', { id: TITLE_ID, class: 'sift-title' }, article.title),
    el(doc, 'p', { class: 'sift-facts' }, facts(article).join(' · ')),
    // Wrapped: the shared list's plain class names are styled only inside this section.
    el(doc, 'section', { class: 'sift-sources' }, createSourcesList(doc, { sources: article.sources, onMention: actions.showMention })),
  );
  const page = el(doc, 'div', { class: 'sift-page' }, el(doc, 'article', { lang: article.lang, dir: textDirection(article.dir) }, header, body));
  let showing = state.showRemoved;
  fillBody(body, article.html, showing ? blocks : null);
  return {
    nodes: [toolbar.element, page],
    update: (next) => {
      toolbar.update({ ...next, removedCount: blocks.length });
      if (next.showRemoved !== showing) fillBody(body, article.html, next.showRemoved ? blocks : null);
      showing = next.showRemoved;
    },
  };
}
