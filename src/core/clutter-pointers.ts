/**
 * Clutter told apart by structure alone: other posts set after the story, cards that pop up over
 * a name, a paragraph that is nothing but a link to another story, and captions repeated photo
 * after photo. None of them needs a label, so they work in any language.
 */
import { collapse, isImageHref, isSameSiteArticleLink, wordCount } from './clutter-dom';
import type { RuleContext } from './clutter-rules';

/** Fewest non-space characters in the first article for it to be the story the others follow (~80 words). */
const MIN_STORY_CHARS = 400;
/** Fewest words in a linked headline standing as its own paragraph. */
const MIN_TEASER_WORDS = 4;
/** Shortest and longest caption compared with the captions before it, in words: a repeated name stays. */
const MAX_CAPTION_WORDS = 60;
/** Most text a photo's box may hold, as a multiple of its caption's: more is an article with a photo in it. */
const FIGURE_TEXT_RATIO = 3;
/** Ancestors of a text block searched for its photo. */
const FIGURE_DEPTH = 3;

/**
 * A later `<article>` that links its headline or photo to another page of the site: a blog's
 * other posts (or a grid of them) printed under the story. The story is the first article.
 */
export function otherPost(el: Element, ctx: RuleContext): string | null {
  const story = ctx.story;
  if (el.localName !== 'article' || !story || story.contains(el) || el.contains(story)) return null;
  // On a section front every story is a teaser: only a first article longer than the others (each
  // one; a wrapper of several is judged by its links) is the story.
  const size = ctx.m.get(story).chars;
  if (size < MIN_STORY_CHARS || (size <= ctx.m.get(el).chars && !el.querySelector('article'))) return null;
  for (const a of Array.from(el.getElementsByTagName('a'))) {
    const href = a.getAttribute('href') ?? '';
    const headline = /\bbookmark\b/.test(a.getAttribute('rel') ?? '') || a.querySelector('img') || a.closest('h1, h2, h3, h4');
    if (headline && !isImageHref(href) && isSameSiteArticleLink(href, ctx.url)) return 'related-stories';
  }
  return null;
}

/**
 * A box of links with a photo tucked inside a sentence: the card a site pops up when the reader
 * hovers over a name ("Ilhan Omar" + her photo + her latest headlines).
 */
export function hoverCard(el: Element, ctx: RuleContext): string | null {
  if (el.localName === 'p' || !isCardBox(el, ctx) || !el.parentElement?.closest('p')) return null;
  // The innermost such box is the card; its wrapper also holds the name the card is about.
  return Array.from(el.children).some((c) => isCardBox(c, ctx)) ? null : 'hover-card';
}

function isCardBox(el: Element, ctx: RuleContext): boolean {
  return ctx.m.get(el).media && ctx.m.density(el) >= 0.8 && el.getElementsByTagName('a').length >= 3;
}

/**
 * A paragraph that is one link to another story of the site, or a short "On Example.com:" label
 * and such a link: a pointer set between paragraphs, not a sentence of the story (which would
 * end with a full stop).
 */
export function teaserLink(el: Element, text: string, ctx: RuleContext): string | null {
  if (el.localName !== 'p' || /[.!?…"”»]$/.test(text) || wordCount(text) < MIN_TEASER_WORDS) return null;
  const links = el.getElementsByTagName('a');
  const a = links[0];
  if (!a || links.length > 1) return null;
  const linked = collapse(a.textContent ?? '');
  const href = a.getAttribute('href') ?? '';
  if (linked === text) return isSameSiteArticleLink(href, ctx.url) ? 'related-link' : null;
  // "On HoustonChronicle.com: Car sales plunge…": a label naming a site, or any label before a link into this one.
  const label = text.slice(0, text.indexOf(linked)).trim();
  if (!label.endsWith(':') || wordCount(label) > 4 || wordCount(linked) < MIN_TEASER_WORDS) return null;
  return /\w\.\w+:$/.test(label) || isSameSiteArticleLink(href, ctx.url) ? 'related-link' : null;
}

/**
 * Galleries print one caption or credit under every photo ("Photo: AP" eight times): the first
 * stays, each exact repeat goes. Only text next to a photo starts the list, so a refrain in a
 * poem or a repeated table value is never compared.
 */
export function repeatedCaption(el: Element, text: string, ctx: RuleContext): string | null {
  if (ctx.m.get(el).media || !standsAlone(el)) return null;
  const words = wordCount(text);
  if (words < 3 || words > MAX_CAPTION_WORDS || el.closest('td, th')) return null;
  const first = ctx.captions.get(text);
  if (!first) {
    if (CREDIT.test(text) || besidePhoto(el, ctx)) ctx.captions.set(text, el);
    return null;
  }
  // Elements come outermost first, so a repeat's box has gone before its parts are seen; a part
  // of the first copy (its inner span) stays.
  return first.contains(el) ? null : 'repeated-caption';
}

/** A caption's own box, or a span set apart from running text: not a word or a link in a sentence, not a table. */
function standsAlone(el: Element): boolean {
  if (el.localName !== 'span') return CAPTION_TAGS.has(el.localName);
  if (el.parentElement?.closest('p, h1, h2, h3, h4, h5, h6')) return false;
  for (let n = el.parentElement?.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue?.trim()) return false;
  return true;
}

const CAPTION_TAGS = new Set(['p', 'div', 'figcaption']);
/** A photo credit, which a gallery may set apart from its photo: "Photo: Jane Roe / AP", "© Reuters". */
const CREDIT = /^(?:\(?(?:photo|image|picture|credit|foto|imagen|imagem|bild|immagine|cr[ée]dit)s?\b|©)/i;

function besidePhoto(el: Element, ctx: RuleContext): boolean {
  if (el.closest('figure')) return true;
  const own = ctx.m.get(el).chars;
  let p: Element | null = el;
  for (let i = 0; p && i <= FIGURE_DEPTH; i++, p = p.parentElement) {
    const m = ctx.m.get(p);
    // The photo's box holds the caption and little else (a credit, a copy for the lightbox).
    if (m.chars > own * FIGURE_TEXT_RATIO) return false;
    if (m.media) return true;
  }
  return false;
}
