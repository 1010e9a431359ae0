import { collapse, isHeading, textOf, wordCount } from './clutter-dom';
import {
  boilerplate, byline, cardGrid, cookieNotice, copyright, inlineRelated, isLeafBlock, isLinky, isProtected, labelReason,
  linkList, navigation, newsletter, shareBar, tagLine, type RuleContext,
} from './clutter-rules';
import type { ClutterRemoval } from './types';

export interface ClutterContext {
  title: string;
  url: string;
}

/** Longest text kept in a removal record, in characters. */
const RECORD_CHARS = 200;
/** Largest block the container rules judge, in characters: bigger ones are the article itself. */
const MAX_BLOCK_CHARS = 8000;
/** Words of non-link text a label's container may hold beyond the label and its links. */
const MAX_CONTAINER_PROSE_WORDS = 25;
/** How many leading text blocks are checked for a repeat of the title. */
const TITLE_REPEAT_WINDOW = 3;

/**
 * Removes what Readability leaves in that a reader would call clutter: share bars, related-story
 * grids, newsletter boxes and the like. Records each removal with its reason. One pass over the
 * elements in document order, so a whole grid goes before its cards are looked at (issue #3).
 */
export function removeClutter(root: HTMLElement, ctx: ClutterContext): ClutterRemoval[] {
  const removed: ClutterRemoval[] = [];
  const drop = (el: Element, reason: string, text = textOf(el)): void => {
    if (text) removed.push({ reason, text: text.length > RECORD_CHARS ? `${text.slice(0, RECORD_CHARS - 1)}…` : text });
    el.remove();
  };
  removeTitleRepeat(root, ctx.title, drop);
  const rctx: RuleContext = { url: ctx.url };
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!root.contains(el)) continue;
    const text = textOf(el);
    if (!text) continue;
    const labelled = labelledBlock(el, text, root, rctx);
    if (labelled) {
      for (const part of labelled.parts) drop(part, labelled.reason);
      continue;
    }
    const reason = judge(el, text, rctx);
    if (reason) drop(el, reason, text);
  }
  return removed;
}

function judge(el: Element, text: string, ctx: RuleContext): string | null {
  const structural = navigation(el) ?? shareBar(el, text);
  if (structural) return structural;
  if (text.length > MAX_BLOCK_CHARS || isProtected(el)) return null;
  const leaf = isLeafBlock(el);
  return (
    boilerplate(text) ??
    cookieNotice(el, text) ??
    copyright(text) ??
    newsletter(el, text) ??
    (leaf ? inlineRelated(el, text) ?? tagLine(el, text) ?? byline(text) : null) ??
    cardGrid(el, ctx) ??
    linkList(el)
  );
}

interface LabelledBlock {
  reason: string;
  parts: Element[];
}

/**
 * A clutter label (heading or short line) with the links it introduces. The block is the largest
 * ancestor holding little but the label and links; failing that, the label and the link-heavy
 * siblings that follow it, up to the next heading or paragraph of prose.
 */
function labelledBlock(el: Element, text: string, root: Element, ctx: RuleContext): LabelledBlock | null {
  if (!isHeading(el) && !(isLeafBlock(el) && wordCount(text) <= 8)) return null;
  if (isProtected(el)) return null;
  const reason = labelReason(text);
  if (!reason) return null;
  let block: Element | null = null;
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
    const pText = textOf(p);
    if (pText.length > MAX_BLOCK_CHARS || !isLinky(p, ctx) || proseWords(p) > MAX_CONTAINER_PROSE_WORDS) break;
    block = p;
  }
  if (block && textOf(block) !== text) return { reason, parts: [block] };
  const parts: Element[] = [el];
  for (let s = el.nextElementSibling; s; s = s.nextElementSibling) {
    if (isHeading(s) || !isLinky(s, ctx)) break;
    parts.push(s);
  }
  // A bare label with nothing link-like after it is text, unless it names a comment section.
  if (parts.length === 1 && reason === 'related-stories' && !isHeading(el)) return null;
  return { reason, parts };
}

/** Words of text outside links: how much prose a block holds. */
function proseWords(el: Element): number {
  let words = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('a')) words += wordCount(n.textContent ?? '');
  }
  return words;
}

/** Readability keeps a title that the page repeats as the body's first heading or paragraph. */
function removeTitleRepeat(root: Element, title: string, drop: (el: Element, reason: string) => void): void {
  const norm = (s: string): string => collapse(s).toLowerCase().replace(/[\s.:!?]+$/u, '');
  const want = norm(title);
  if (!want) return;
  const blocks = Array.from(root.querySelectorAll('h1, h2, h3, p')).filter((b) => textOf(b) !== '').slice(0, TITLE_REPEAT_WINDOW);
  for (const b of blocks) {
    if (norm(b.textContent ?? '') === want) drop(b, 'title-repeat');
  }
}
