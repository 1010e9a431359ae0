/**
 * The clutter rules. Each looks at one element and names a reason when the element is clutter;
 * every rule pairs a label or a class-free text cue with a structural check (link density, length,
 * share links), so that prose which merely mentions "share" or "related" stays.
 */
import {
  collapse, isFollowHref, isHeading, isImageHref, isSameSiteArticleLink, isShareHref, linkDensity, linkLabel,
  NETWORK_NAMES, NETWORK_WORDS, textOf, wordCount,
} from './clutter-dom';
import {
  BOILERPLATE_LINE, BYLINE_OPENER, COMMENTS_LABEL, CONSENT_TEXT, COOKIE_TEXT, COPYRIGHT_TEXT, DATELINE_TEXT,
  INLINE_RELATED_PREFIX, NEWSLETTER_TEXT, RELATED_LABEL, TAGS_LABEL,
} from './clutter-labels';

export interface RuleContext {
  url: string;
}

/** Longest label a heading or a stand-alone line can be, in words. */
const MAX_LABEL_WORDS = 8;
/** Share bars and follow rows: their own text (labels, counts), in words, beyond link labels. */
const MAX_SHARE_OWN_WORDS = 6;
/** Longest inline "READ MORE: …" pointer, in words. */
const MAX_INLINE_RELATED_WORDS = 40;
/** Longest cookie banner or newsletter box, in words: longer text is prose about cookies or newsletters. */
const MAX_NOTICE_WORDS = 80;
/** Longest headline card (kicker, headline, one-sentence excerpt), in words. */
const MAX_CARD_WORDS = 70;
/** Fewest cards that make a grid of other stories. */
const MIN_CARDS = 3;
/** Link density above which a block under a clutter label counts as a block of links. */
const LINKY = 0.45;

const BLOCK_CHILD = 'p, div, ul, ol, li, h1, h2, h3, h4, h5, h6, table, figure, blockquote, section, article, header, footer, pre';
const NAV_ROLES = /^(?:navigation|menu|menubar|search|banner|contentinfo)$/u;

/** True for elements whose text is prose of the article: never judged by text cues. */
export function isProtected(el: Element): boolean {
  return el.closest('figcaption, td, th, pre, code, blockquote, dd') !== null;
}

export function isLeafBlock(el: Element): boolean {
  return el.querySelector(BLOCK_CHILD) === null;
}

export function navigation(el: Element): string | null {
  const tag = el.tagName.toUpperCase();
  const role = el.getAttribute('role') ?? '';
  if (tag !== 'NAV' && !NAV_ROLES.test(role)) return null;
  return linkDensity(el) >= LINKY || !textOf(el) ? 'navigation' : null;
}

/** A row of share or follow buttons, by their URLs or, for script buttons, by network names. */
export function shareBar(el: Element, text: string): string | null {
  const words = wordCount(text);
  if (words > 30) return null;
  let shareLinks = 0;
  let linkWords = 0;
  for (const a of Array.from(el.querySelectorAll('a, button'))) {
    const href = a.getAttribute('href') ?? '';
    const label = linkLabel(a).toLowerCase();
    if (isShareHref(href) || isFollowHref(href) || NETWORK_NAMES.has(label.split(/\W+/u)[0] ?? '')) shareLinks++;
    linkWords += wordCount(collapse(a.textContent ?? ''));
  }
  if (shareLinks >= 2 && words - linkWords <= MAX_SHARE_OWN_WORDS) return 'share-bar';
  if (words > 14) return null;
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const names = tokens.filter((t) => NETWORK_NAMES.has(t)).length;
  const known = tokens.filter((t) => NETWORK_WORDS.has(t)).length;
  return names >= 2 && known >= tokens.length * 0.75 ? 'share-bar' : null;
}

export function boilerplate(text: string): string | null {
  if (!BOILERPLATE_LINE.test(text)) return null;
  if (/^(?:advert|ads?\b|sponsored|paid|anzeige|werbung|publici|pubblici|annonce|patrocinado)/iu.test(text)) return 'advertisement';
  if (/^(?:comments|leave|view comments|show comments)/iu.test(text)) return 'comments';
  if (/^(?:share|compart|partager|teilen|condividi)/iu.test(text)) return 'share-bar';
  return 'page-chrome';
}

export function cookieNotice(el: Element, text: string): string | null {
  const words = wordCount(text);
  if (words > MAX_NOTICE_WORDS || !COOKIE_TEXT.test(text) || !CONSENT_TEXT.test(text)) return null;
  return words <= 60 || el.querySelector('button, a, input') ? 'cookie-banner' : null;
}

export function copyright(text: string): string | null {
  return wordCount(text) <= 40 && COPYRIGHT_TEXT.test(text) ? 'copyright' : null;
}

/** A newsletter or subscription box: a short pitch with a form, a button or a link to sign up. */
export function newsletter(el: Element, text: string): string | null {
  const words = wordCount(text);
  if (words > MAX_NOTICE_WORDS || !NEWSLETTER_TEXT.test(text)) return null;
  if (el.querySelector('form, input, button, select')) return 'newsletter';
  if (words > 30) return null;
  const pitch = /^(?:sign up|subscribe|get (?:our|the)|join|want more|suscr[ií]b|rec[ií]b|inscr|abonn|melden sie|abonnieren|assine|inscreva|cadastre|iscriviti|ricevi)/iu.test(text);
  return pitch || linkDensity(el, text) >= LINKY ? 'newsletter' : null;
}

/** "READ MORE: Two diagnosed in Beijing", "RELATED: …": a short pointer whose rest is a link. */
export function inlineRelated(el: Element, text: string): string | null {
  if (wordCount(text) > MAX_INLINE_RELATED_WORDS || !INLINE_RELATED_PREFIX.test(text)) return null;
  return linkDensity(el, text) >= 0.4 ? 'related-link' : null;
}

/** "Tags: Politics, Venezuela": a tag label followed by links. */
export function tagLine(el: Element, text: string): string | null {
  if (wordCount(text) > 60 || !TAGS_LABEL.test(text)) return null;
  return linkDensity(el, text) >= 0.5 ? 'tag-list' : null;
}

/** "By Jane Doe" or "Updated 5:27 am CST, Wednesday": the byline and dateline Readability leaves. */
export function byline(text: string): string | null {
  const words = wordCount(text);
  if (words <= 16 && DATELINE_TEXT.test(text) && /\d/u.test(text)) return 'dateline';
  const opener = BYLINE_OPENER.exec(text);
  if (!opener || words > 12) return null;
  const names = text.slice(opener[0].length).split(/\s+/u).slice(0, 2);
  return names.length === 2 && names.every((w) => /^\p{Lu}/u.test(w)) ? 'byline' : null;
}

/** A label over a block of links: "You May Also Like", "Más noticias", "Tags", "Comments". */
export function labelReason(text: string): string | null {
  if (wordCount(text) > MAX_LABEL_WORDS) return null;
  if (RELATED_LABEL.test(text)) return 'related-stories';
  if (COMMENTS_LABEL.test(text)) return 'comments';
  if (/^(?:tags?|tagged|topics|etiquetas|temas|mots[- ]cl[ée]s|schlagw[öo]rter|themen|argomenti|assuntos)\s*:?$/iu.test(text)) return 'tag-list';
  return null;
}

/** A headline card: a link to another story with a headline and at most a short excerpt. */
export function isCard(el: Element, ctx: RuleContext): boolean {
  if (el.querySelector('figcaption')) return false;
  const text = textOf(el);
  const words = wordCount(text);
  if (words < 3 || words > MAX_CARD_WORDS) return false;
  const links = Array.from(el.querySelectorAll('a[href]')).filter((a) => {
    const href = a.getAttribute('href') ?? '';
    return !href.startsWith('#') && !isImageHref(href);
  });
  if (links.length === 0) return false;
  if (el.querySelectorAll('p').length > 2) return false;
  const headings = Array.from(el.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  if (isHeading(el) || headings.some((h) => linkDensity(h) >= 0.6)) return true;
  if (links.some((a) => a.querySelector('img, picture')) && words <= 35) return true;
  if (/(?:…|\.\.\.)$/u.test(text) && linkDensity(el, text) >= 0.2) return true;
  return links.some((a) => collapse(a.textContent ?? '') === text && wordCount(text) >= 3 && isSameSiteArticleLink(a.getAttribute('href') ?? '', ctx.url));
}

/** A grid or list of headline cards: most children are cards, at least MIN_CARDS of them. */
export function cardGrid(el: Element, ctx: RuleContext): string | null {
  const kids = Array.from(el.children).filter((c) => textOf(c) !== '');
  if (kids.length < MIN_CARDS) return null;
  const cards = kids.filter((c) => isCard(c, ctx)).length;
  return cards >= MIN_CARDS && cards >= kids.length * 0.75 ? 'related-stories' : null;
}

/** A list whose every item is one short link: a menu or a breadcrumb. */
export function linkList(el: Element): string | null {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'UL' && tag !== 'OL') return null;
  const items = Array.from(el.children).filter((c) => textOf(c) !== '');
  if (items.length < 3) return null;
  let words = 0;
  for (const li of items) {
    const t = textOf(li);
    if (linkDensity(li, t) < 0.95) return null;
    words += wordCount(t);
  }
  return words / items.length <= 3 ? 'navigation' : null;
}

/** Link-heavy: what follows a clutter label. */
export function isLinky(el: Element, ctx: RuleContext): boolean {
  const text = textOf(el);
  if (!text) return true;
  return linkDensity(el, text) >= LINKY || cardGrid(el, ctx) !== null || isCard(el, ctx);
}
