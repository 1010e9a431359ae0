import { Component, createRef } from 'preact';
import type { ExtractResult, RemovedBlock } from '../../core/types';
import { sanitizeToFragment, type PurifyWindow } from '../../core/sanitize';
import { t } from '../../shared/i18n';
import { Sources } from '../../shared/sources-list';
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

interface BodyProps {
  html: string;
  removed: RemovedBlock[] | null;
}

/**
 * The article body: sanitized HTML becomes DOM only through the audited sanitizer. A class
 * component rather than hooks: preact/hooks would cost 1.5 KiB gzipped of the content script's
 * 60 KiB budget for this one effect.
 */
class ArticleBody extends Component<BodyProps> {
  private readonly ref = createRef<HTMLDivElement>();

  override componentDidMount(): void {
    this.fill();
  }

  override componentDidUpdate(previous: BodyProps): void {
    if (previous.html !== this.props.html || previous.removed !== this.props.removed) this.fill();
  }

  private fill(): void {
    const el = this.ref.current;
    const view = el?.ownerDocument.defaultView as PurifyWindow | null | undefined;
    if (!el || !view) return;
    el.replaceChildren(sanitizeToFragment(this.props.html, view));
    if (this.props.removed) revealRemoved(el, this.props.removed, view);
  }

  override render() {
    return <div class="sift-body" ref={this.ref} />;
  }
}

function facts(article: ExtractResult): string[] {
  const minutes = t('minutesRead', article.readingMinutes);
  return [article.byline, article.siteName, minutes].filter((f): f is string => Boolean(f));
}

export interface ViewProps {
  article: ExtractResult;
  toolbar: Omit<ToolbarData, 'removedCount'>;
  actions: ToolbarActions & { showMention(mention: string): void };
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
            {/* Wrapped: the shared list's plain class names are styled only inside this section. */}
            <section class="sift-sources">
              <Sources sources={article.sources} onMention={actions.showMention} />
            </section>
          </header>
          <ArticleBody html={article.html} removed={toolbar.showRemoved ? blocks : null} />
        </article>
      </div>
    </>
  );
}
