import { sanitizeEachToHtml, type PurifyWindow } from './sanitize';
import { collapse, isBlank } from './text';
import type { ClutterRemoval, DuplicateRemoval, RemovedBlock } from './types';

/**
 * Records what the clutter and duplicate passes took out of the article, so the reader can show
 * it in place. Generic: it knows nothing of either pass. Before them it snapshots the article's
 * blocks in order; after them every block no longer in the root was removed, and an empty marker
 * `<span data-sift-removed="N">` takes its place. Sentences cut from a kept paragraph are recorded
 * after that paragraph.
 */

/** Paragraph-level elements worth showing as a removed unit. */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, figure, blockquote, table, ul, ol, dl, pre, aside, nav, section, div';
/** Blocks whose own text is a paragraph: sentences cut from them are looked for. */
const PARAGRAPHS = new Set(['P', 'LI', 'BLOCKQUOTE', 'DD']);
/** The attribute that marks where a removed block was. */
export const REMOVED_ATTR = 'data-sift-removed';

interface Snapshot {
  el: Element;
  /** The nearest enclosing snapshot block, null at the top. */
  parent: Snapshot | null;
  /** Raw text before the passes ran (paragraphs only; '' for the rest); collapsed only if it changed. */
  text: string;
  /** Filled after the passes: removed from the root. */
  gone: boolean;
  /** No other snapshot block inside it. */
  leaf: boolean;
  /** Where the block now is in the article: itself when kept, its marker when removed or followed by cut sentences. */
  anchor: Element | null;
}

export type BlockSnapshot = Snapshot[];

/** Before the passes: the article's blocks in document order. Divs count only with text of their own. */
export function snapshotBlocks(root: Element): BlockSnapshot {
  const out: Snapshot[] = [];
  const byElement = new Map<Element, Snapshot>();
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    if (el.tagName === 'DIV' && !hasOwnText(el)) continue;
    let up = el.parentElement;
    while (up && up !== root && !byElement.has(up)) up = up.parentElement;
    const parent = (up && byElement.get(up)) ?? null;
    if (parent) parent.leaf = false;
    const text = PARAGRAPHS.has(el.tagName) ? (el.textContent ?? '') : '';
    const block: Snapshot = { el, parent, text, gone: false, leaf: true, anchor: null };
    byElement.set(el, block);
    out.push(block);
  }
  return out;
}

function hasOwnText(el: Element): boolean {
  for (const node of Array.from(el.childNodes)) if (node.nodeType === 3 && node.textContent?.trim()) return true;
  return false;
}

function ancestors(block: Snapshot): Set<Snapshot> {
  const out = new Set<Snapshot>();
  for (let up = block.parent; up; up = up.parent) out.add(up);
  return out;
}

/** Text without any whitespace: the passes and textContent space adjoining elements differently. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

function reasonFor(text: string, clutter: ClutterRemoval[], duplicates: DuplicateRemoval[]): string {
  const block = squeeze(text);
  // Clutter records are cut to a readable length and end in an ellipsis then.
  const hit = clutter.find((c) => {
    const record = squeeze(c.text.replace(/…$/, ''));
    return record.length > 0 && (block.startsWith(record) || record.startsWith(block));
  });
  if (hit) return hit.reason;
  if (duplicates.some((d) => block.includes(squeeze(d.text)))) return 'duplicate';
  return 'clutter';
}

/** What the passes removed: the records, and the content of each, to sanitize with the article. */
export interface Removals {
  blocks: RemovedBlock[];
  /** `blocks[i]`'s content; spare nodes, no longer in the article. */
  content: Element[];
}

/** After the passes: markers in place of removed blocks, and the removed blocks, still unsanitized. */
export function recordRemovals(
  root: Element,
  blocks: BlockSnapshot,
  removed: { clutter: ClutterRemoval[]; duplicates: DuplicateRemoval[] },
): Removals {
  const out: RemovedBlock[] = [];
  /** What each marker stands for. */
  const shown: Element[] = [];
  for (const b of blocks) {
    b.gone = !root.contains(b.el);
    b.anchor = b.gone ? null : b.el;
  }
  const marker = (content: Element, reason: string): Element => {
    const span = root.ownerDocument.createElement('span');
    span.setAttribute(REMOVED_ATTR, String(out.length));
    out.push({ id: out.length, reason, html: '' });
    shown.push(content);
    return span;
  };
  blocks.forEach((b, i) => {
    if (b.gone) {
      if (b.parent?.gone) return;
      const text = collapse(b.el.textContent ?? '');
      if (isBlank(text) && !b.el.querySelector('img, picture, video')) return;
      b.anchor = marker(b.el, reasonFor(text, removed.clutter, removed.duplicates));
      insertAt(root, blocks, i, b.anchor);
    } else if (b.text && b.leaf && removed.duplicates.length) {
      const now = b.el.textContent ?? '';
      if (now === b.text) return;
      const cut = cutSentences(collapse(b.text), collapse(now), removed.duplicates);
      if (!cut.length) return;
      b.anchor = marker(paragraphOf(root.ownerDocument, cut), 'duplicate');
      b.el.after(b.anchor);
    }
  });
  return { blocks: out, content: shown };
}

/**
 * The article's sanitized HTML, with each removed block's filled in: one DOMPurify run for all of
 * them, since each run builds a document of its own and the removed blocks are many and small.
 * Last in the pipeline: the batch moves `root` and the removed nodes.
 */
export function sanitizeWithRemovals(root: Element, removals: Removals, win: PurifyWindow): string {
  const [html = '', ...removed] = sanitizeEachToHtml([root, ...removals.content], win);
  removals.blocks.forEach((block, i) => (block.html = removed[i] ?? ''));
  return html;
}



/** Puts `marker` where block `i` was: after the nearest earlier block outside its ancestors, or first in its parent. */
function insertAt(root: Element, blocks: BlockSnapshot, i: number, marker: Element): void {
  const block = blocks[i];
  const above = block ? ancestors(block) : new Set<Snapshot>();
  for (let j = i - 1; j >= 0; j--) {
    let prev = blocks[j];
    if (!prev?.anchor) continue;
    if (above.has(prev)) {
      prev.anchor.prepend(marker);
      return;
    }
    // Climb to the earlier block's ancestor that is a neighbour of block i (same parent).
    while (prev.parent && !above.has(prev.parent) && prev.parent.anchor) prev = prev.parent;
    prev.anchor?.after(marker);
    return;
  }
  root.prepend(marker);
}
/** Duplicate sentences that were in the paragraph before the passes and are not any more. */
function cutSentences(before: string, after: string, duplicates: DuplicateRemoval[]): string[] {
  if (before === after) return [];
  return duplicates.map((d) => collapse(d.text)).filter((s) => s && before.includes(s) && !after.includes(s));
}

function paragraphOf(doc: Document, sentences: string[]): Element {
  const p = doc.createElement('p');
  p.textContent = sentences.join(' ');
  return p;
}
