import { collapse, isHeading, textOf, wordCount } from './clutter-dom';
import {
  authorBio, authorLine, boilerplate, codeDebris, contact, siteNotice, breadcrumb, byline, cardGrid, figureCounter, promo, cookieNotice, copyright, inlineRelated, isLeafBlock, isLinky, isProtected, labelReason,
  linkList, navigation, newsletter, shareBar, tagLine, wirePromo, type RuleContext,
} from './clutter-rules';
import { isDateOnly } from './clutter-labels';
import { Measures } from './clutter-measure';
import { hoverCard, otherPost, repeatedCaption, teaserLink } from './clutter-pointers';
import { isBlank } from './text';
import type { ClutterRemoval } from './types';

export interface ClutterContext {
  title: string;
  url: string;
  /** The byline from the page's metadata, which a block may repeat. */
  byline?: string | null;
}

/** Longest text kept in a removal record, in characters. */
const RECORD_CHARS = 200;
/** Largest block the container rules judge, in characters: bigger ones are the article itself. */
const MAX_BLOCK_CHARS = 8000;
/** Characters (non-space) of non-link text a label's container may hold: the label, a few words more. */
const MAX_CONTAINER_PROSE_CHARS = 150;
/** Largest block judged by its text (notices, labels, lines), in non-space characters: ~100 words. */
const MAX_TEXT_RULE_CHARS = 700;
/** Largest share bar, in non-space characters: network names, a label, counts. */
const MAX_SHARE_CHARS = 300;
/** Longest author biography taken with its label, in non-space characters (~80 words). */
const MAX_BIO_CHARS = 480;
/** Most invisible characters a blank block holds: a spacer paragraph has one or two. */
const MAX_BLANK_CHARS = 8;
/** Blocks that may go when blank; a blank table cell or list item still holds a place. */
const BLANK_TAGS = new Set(['p', 'div', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Longest line a bare date may be left in, in non-space characters: a date, a time, an "Updated" part. */
const MAX_DATE_LINE_CHARS = 120;
/** Elements that hold a dateline's parts. */
const DATE_LINES = new Set(['p', 'div', 'span', 'small', 'time']);
/** How many leading text blocks are checked for a repeat of the title. */
const TITLE_REPEAT_WINDOW = 3;

/**
 * Removes what Readability leaves in that a reader would call clutter: share bars, related-story
 * grids, newsletter boxes and the like. Records each removal with its reason. One pass over the
 * elements in document order, so a whole grid goes before its cards are looked at (issue #3).
 */
export function removeClutter(root: HTMLElement, ctx: ClutterContext): ClutterRemoval[] {
  const removed: ClutterRemoval[] = [];
  let measured: Measures | undefined = undefined;
  const drop = (el: Element, reason: string, text = textOf(el)): void => {
    if (text) removed.push({ reason, text: text.length > RECORD_CHARS ? `${text.slice(0, RECORD_CHARS - 1)}…` : text });
    const line = el.parentElement;
    el.remove();
    // The line's other part may be left a bare date: "November 19, 2019 | 4:20am | <a>Updated …</a>".
    // Measured before anything went, so no longer now: a container's whole text is never read here.
    const short = line && line !== root && (measured?.get(line).chars ?? Infinity) <= MAX_DATE_LINE_CHARS;
    if (short && DATE_LINES.has(line.localName) && isDateOnly(textOf(line), true)) drop(line, 'dateline');
  };
  removeTitleRepeat(root, ctx.title, drop);
  const story = Array.from(root.getElementsByTagName('article')).find((a) => a.textContent?.trim()) ?? null;
  const lone: Lone = [];
  measured = new Measures(root);
  const rctx: RuleContext = { url: ctx.url, m: measured, story, captions: new Map(), byline: ctx.byline ? collapse(ctx.byline) : null };
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const size = rctx.m.get(el).chars;
    if (size === 0 || !root.contains(el)) continue;
    if (size <= MAX_BLANK_CHARS && isBlankBlock(el, rctx)) {
      // Nothing a reader could miss, so no record: an empty line on the page, and in the reader.
      el.remove();
      continue;
    }
    const reason = otherPost(el, rctx) ?? (size > MAX_TEXT_RULE_CHARS ? judgeContainer(el, size, rctx) : judgeBlock(el, root, rctx, drop, lone));
    if (reason) drop(el, reason);
  }
  // A label with nothing but links and labels after it lost its own links to Readability.
  for (const [el, reason] of lone.reverse()) if (root.contains(el) && isTrailing(el, root, rctx)) drop(el, reason);
  return removed;
}

/**
 * A paragraph of zero-width spaces alone, which Readability keeps (its test for an empty paragraph
 * trims white space, and `\s` is not those): on jeongdongtheater.com, 20 of 50 paragraphs.
 */
function isBlankBlock(el: Element, ctx: RuleContext): boolean {
  return BLANK_TAGS.has(el.localName) && !ctx.m.get(el).media && isBlank(el.textContent ?? '');
}

/** Large blocks: only structure can tell (menus, grids of cards), never a phrase in their text. */
function judgeContainer(el: Element, size: number, ctx: RuleContext): string | null {
  if (size > MAX_BLOCK_CHARS) return navigation(el, ctx);
  return navigation(el, ctx) ?? (isProtected(el, ctx) ? null : cardGrid(el, ctx) ?? linkList(el, ctx));
}

/** Short blocks: labels, notices and lines, judged by their text together with their structure. */
function judgeBlock(el: Element, root: Element, ctx: RuleContext, drop: (el: Element, reason: string) => void, lone: Lone): string | null {
  const text = textOf(el);
  const labelled = labelledBlock(el, text, root, ctx, lone);
  if (labelled) {
    for (const part of labelled.parts) drop(part, labelled.reason);
    return null;
  }
  // The page's own address, printed for paper copies.
  if (text === ctx.url) return 'page-chrome';
  const structural = navigation(el, ctx) ?? (ctx.m.get(el).chars <= MAX_SHARE_CHARS ? shareBar(el, text) : null) ?? repeatedCaption(el, text, ctx) ?? hoverCard(el, ctx) ?? figureCounter(el, text);
  if (structural) return structural;
  if (isProtected(el, ctx)) return null;
  const leaf = isLeafBlock(el, ctx);
  return (
    boilerplate(text) ??
    cookieNotice(el, text) ??
    copyright(el, text) ??
    newsletter(el, text, ctx) ??
    teaserLink(el, text, ctx) ??
    (leaf ? inlineRelated(el, text, ctx) ?? tagLine(el, text, ctx) ?? byline(el, text) ?? contact(el, text) ?? siteNotice(text) ?? authorBio(text) ?? authorLine(el, text, ctx) ?? promo(el, text, ctx) ?? wirePromo(text) ?? codeDebris(el, text) : null) ??
    linkList(el, ctx) ??
    breadcrumb(el, text, ctx) ??
    cardGrid(el, ctx)
  );
}

/** Labels with nothing of theirs after them, kept unless nothing but clutter follows. */
type Lone = [Element, string][];

interface LabelledBlock {
  reason: string;
  parts: Element[];
}

/**
 * A clutter label (heading or short line) with the links it introduces. The block is the largest
 * ancestor holding little but the label and links; failing that, the label and the link-heavy
 * siblings that follow it, up to the next heading or paragraph of prose.
 */
function labelledBlock(el: Element, text: string, root: Element, ctx: RuleContext, lone: Lone): LabelledBlock | null {
  if (!isHeading(el) && !(isLeafBlock(el, ctx) && wordCount(text) <= 8)) return null;
  // A label inside a link is an entry of a menu or a table of contents, not a block's title; one
  // that links only what it names ("Related coverage from <a>How to Do Everything</a>:") is a title.
  if (isProtected(el, ctx) || (ctx.m.density(el) > 0.5 && opensInLink(el))) return null;
  const reason = labelReason(text);
  if (!reason) return null;
  let block: Element | null = null;
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
    const pm = ctx.m.get(p);
    if (pm.chars > MAX_BLOCK_CHARS || pm.chars - pm.linkChars > MAX_CONTAINER_PROSE_CHARS || !isLinky(p, ctx)) break;
    block = p;
  }
  if (block && textOf(block) !== text) return { reason, parts: [block] };
  const parts: Element[] = [el];
  let bio = 0;
  for (let s = el.nextElementSibling; s; s = s.nextElementSibling) {
    // A biography is prose: the label takes the short blocks after it, up to a paragraph's worth.
    bio += ctx.m.get(s).chars;
    const short = reason === 'author-bio' && bio <= MAX_BIO_CHARS;
    if (isHeading(s) || !(short || isLinky(s, ctx))) break;
    parts.push(s);
  }
  // A label with no links after it titles prose ("Trending" over a paragraph): it stays, unless it
  // is left last (removeClutter checks once the rest is gone). Comment sections are the exception,
  // since their forms are gone by now and leave the heading alone.
  if (parts.length === 1 && reason !== 'comments') {
    lone.push([el, reason]);
    return null;
  }
  return { reason, parts };
}

/** NodeFilter.SHOW_TEXT (the core has no NodeFilter global). */
const SHOW_TEXT = 0x4;

/** Whether the first text of `el` is inside a link. */
function opensInLink(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (/\S/.test(node.nodeValue ?? '')) return node.parentElement?.closest('a') !== null;
  }
  return false;
}

/**
 * True when nothing but links and other labels follows `el` inside `root`: a sidebar's "You may
 * also like" and "Recent articles" lose their lists together and are left stacked at the end.
 */
function isTrailing(el: Element, root: Element, ctx: RuleContext): boolean {
  for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
    for (let s = n.nextElementSibling; s; s = s.nextElementSibling) if (!isLeftover(s, ctx)) return false;
  }
  return true;
}

/**
 * Links, a label, or a box of nothing else (a tab strip beside an emptied "You may also like").
 * A box is judged by its children: its own measure still counts the clutter removed from it.
 */
function isLeftover(el: Element, ctx: RuleContext): boolean {
  const text = textOf(el);
  if (!text || labelReason(text)) return true;
  const kids = Array.from(el.children);
  const ownText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && /\S/.test(n.nodeValue ?? ''));
  return kids.length && !ownText ? kids.every((k) => isLeftover(k, ctx)) : isLinky(el, ctx);
}

/** Readability keeps a title that the page repeats as the body's first heading or paragraph. */
function removeTitleRepeat(root: Element, title: string, drop: (el: Element, reason: string) => void): void {
  const norm = (s: string): string => collapse(s).toLowerCase().replace(/[\s.:!?]+$/, '');
  const want = norm(title);
  if (!want) return;
  let seen = 0;
  for (const b of Array.from(root.querySelectorAll('h1, h2, h3, p'))) {
    const text = textOf(b);
    if (!text) continue;
    if (norm(text) === want) drop(b, 'title-repeat');
    if (++seen >= TITLE_REPEAT_WINDOW) return;
  }
}
