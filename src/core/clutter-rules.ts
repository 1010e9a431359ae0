/**
 * The clutter rules. Each looks at one element and names a reason when the element is clutter;
 * every rule pairs a label or a class-free text cue with a structural check (link density, length,
 * share links), so that prose which merely mentions "share" or "related" stays.
 */
import {
  collapse, isFollowHref, isHeading, isImageHref, isSameSiteArticleLink, isShareHref, linkLabel,
  NETWORK_NAMES, NETWORK_WORDS, textOf, wordCount,
} from './clutter-dom';
import {
  BOILERPLATE_LINE, BYLINE_OPENER, COMMENTS_LABEL, CONSENT_TEXT, COOKIE_TEXT, COPYRIGHT_TEXT, DATELINE_TEXT,
  INLINE_RELATED_PREFIX, NEWSLETTER_TEXT, RELATED_LABEL, TAGS_LABEL, CLICK_HERE, CRUMB_SEPARATORS, isDateOnly,
  AUTHOR_BIO, AUTHOR_BIO_OPENING, AUTHOR_BIO_ROLE, AUTHOR_LABEL, HOME_CRUMB, SIGNUP_PROMISE, SUBSCRIBE_CALL, CONTACT_ADDRESS, CONTACT_CALL, AFFILIATE_NOTICE, MODERATION_NOTICE,
  CREDIT_LINE, WIRE_BYLINE, WIRE_PROMO, CODE_DEBRIS, GALLERY_COUNT,
} from './clutter-labels';
import type { Measures } from './clutter-measure';
import { solidChars } from './text';

export interface RuleContext {
  url: string;
  m: Measures;
  /** The first `<article>` element: the story, when a page wraps it in one. */
  story: Element | null;
  /** Caption texts seen so far, with the element that first held each. */
  captions: Map<string, Element>;
  /** The article's byline as the metadata gives it ("Lucía Ferrández"), if any. */
  byline: string | null;
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
/** Fewest words in a card's linked headline. */
const MIN_HEADLINE_WORDS = 4;
/** Fewest cards that make a grid of other stories. */
const MIN_CARDS = 3;
/** Link density above which a block under a clutter label counts as a block of links. */
const LINKY = 0.45;

/** Elements that sit inside running text: a run of them is a sentence, never a grid. */
const INLINE_TAGS = new Set(['P', 'SPAN', 'A', 'EM', 'STRONG', 'B', 'I', 'U', 'SMALL', 'MARK', 'SUP', 'SUB', 'CITE', 'Q', 'ABBR', 'TIME', 'LABEL', 'FONT']);
/** What a newsletter pitch offers: without one of these, "sign up" is about something else. */
const NEWSLETTER_NOUN = /newsletter|inbox|e-?mail|bolet[ií]n|lettre d'info|infolettre|courriel|postfach|posta|caixa de entrada|notiziario/i;
const NAV_ROLES = /^(?:navigation|menu|menubar|search|banner|contentinfo)$/;

/** True for elements whose text is prose of the article: never judged by text cues. */
export function isProtected(el: Element, ctx: RuleContext): boolean {
  return ctx.m.get(el).guarded;
}

export function isLeafBlock(el: Element, ctx: RuleContext): boolean {
  return !ctx.m.get(el).hasBlocks;
}

export function navigation(el: Element, ctx: RuleContext): string | null {
  const tag = el.tagName.toUpperCase();
  const role = el.getAttribute('role') ?? '';
  if (tag !== 'NAV' && !NAV_ROLES.test(role)) return null;
  return ctx.m.density(el) >= LINKY || ctx.m.get(el).chars === 0 ? 'navigation' : null;
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
    if (isShareHref(href) || isFollowHref(href) || NETWORK_NAMES.has(label.split(/\W+/)[0] ?? '')) shareLinks++;
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
  if (/^(?:advert|ads?\b|sponsored|paid|anzeige|werbung|publici|pubblici|annonce|patrocinado|iklan|reklam|реклама|advertentie|広告|广告|광고)/i.test(text)) return 'advertisement';
  if (/^(?:comments|leave|view comments|show comments)/i.test(text)) return 'comments';
  if (/^(?:[^?]*\? )?(?:share|compart|partager|teilen|condividi)/i.test(text)) return 'share-bar';
  return 'page-chrome';
}

export function cookieNotice(el: Element, text: string): string | null {
  const words = wordCount(text);
  if (words > MAX_NOTICE_WORDS || !COOKIE_TEXT.test(text) || !CONSENT_TEXT.test(text)) return null;
  return words <= 50 || el.querySelector('button, input') ? 'cookie-banner' : null;
}

export function copyright(el: Element, text: string): string | null {
  // In a figure, "© Reuters" is the photo's credit, which stays with its caption.
  return wordCount(text) <= 40 && COPYRIGHT_TEXT.test(text) && !el.closest('figure') ? 'copyright' : null;
}

/** A newsletter or subscription box: a short pitch with a form, a button or a link to sign up. */
export function newsletter(el: Element, text: string, ctx: RuleContext): string | null {
  const words = wordCount(text);
  if (words > MAX_NOTICE_WORDS || !NEWSLETTER_TEXT.test(text)) return null;
  // A form, or the promise every sign-up box makes ("No spam. Unsubscribe at any time.").
  if (el.querySelector('form, input, button, select') || SIGNUP_PROMISE.test(text)) return 'newsletter';
  if (words > 40) return null;
  // "Need more space? Subscribe to our sister title…", "…delivered weekday mornings. SUBSCRIBE".
  if (SUBSCRIBE_CALL.test(text)) return 'newsletter';
  if (!NEWSLETTER_NOUN.test(text)) return null;
  const pitch = /^(?:sign up|subscribe|get (?:our|the)|join|want more|suscr[ií]b|rec[ií]b|inscr|abonn|melden sie|abonnieren|assine|inscreva|cadastre|iscriviti|ricevi)/i.test(text);
  return pitch || ctx.m.density(el) >= LINKY ? 'newsletter' : null;
}

/** "Email Jane Doe at jane@example.com or follow her @jane": how to reach the writer. */
export function contact(el: Element, text: string): string | null {
  // The line is judged whole: a handle linked inside a sentence or a list entry is the story's.
  if (wordCount(text) > 60 || el.localName === 'a' || el.parentElement?.closest('p, li') || !CONTACT_ADDRESS.test(text)) return null;
  // A line of nothing but addresses ("jane@example.com", "twitter.com/jane") needs no call.
  return CONTACT_CALL.test(text) || !/\p{L}/u.test(text.replace(/\S*[@/]\S*/gu, '')) ? 'author-contact' : null;
}

/** Affiliate-link disclosures and comment-moderation notes: the site speaking, not the story. */
export function siteNotice(text: string): string | null {
  if (wordCount(text) > 40) return null;
  if (AFFILIATE_NOTICE.test(text)) return 'disclosure';
  return MODERATION_NOTICE.test(text) ? 'comments' : null;
}

/** "READ MORE: Two diagnosed in Beijing", "RELATED: …": a short pointer whose rest is a link. */
export function inlineRelated(el: Element, text: string, ctx: RuleContext): string | null {
  if (wordCount(text) > MAX_INLINE_RELATED_WORDS || !INLINE_RELATED_PREFIX.test(text)) return null;
  return ctx.m.density(el) >= 0.4 ? 'related-link' : null;
}

/** "Tags: Politics, Venezuela": a tag label followed by links. */
export function tagLine(el: Element, text: string, ctx: RuleContext): string | null {
  const label = wordCount(text) <= 60 ? TAGS_LABEL.exec(text)?.[0] : undefined;
  if (label === undefined) return null;
  // The links are judged against what follows the label: "Filed under: <a>Syi'ah</a> |" is one short tag.
  const { chars, linkChars } = ctx.m.get(el);
  const rest = chars - solidChars(label);
  return rest > 0 && linkChars / rest >= 0.5 ? 'tag-list' : null;
}

/** "By Jane Doe" or "Updated 5:27 am CST, Wednesday": the byline and dateline Readability leaves. */
export function byline(el: Element, text: string): string | null {
  const words = wordCount(text);
  if ((words <= 16 && DATELINE_TEXT.test(text) && /\d/.test(text)) || isDateOnly(text, !isHeading(el))) return 'dateline';
  // Wire credits: "Tom Krisher, AP Auto Writer", "(Reporting by …; Editing by …)", "… contributed to this report."
  if (words <= 45 && (CREDIT_LINE.test(text) || (words <= 12 && WIRE_BYLINE.test(text)))) return 'byline';
  const opener = BYLINE_OPENER.exec(text);
  if (!opener || !shortForByline(text)) return null;
  const names = text.slice(opener[0].length).split(/\s+/).slice(0, 2);
  return names.length === 2 && names.every((w) => /^\p{Lu}/u.test(w)) ? 'byline' : null;
}

/** A byline's length: one that carries its date ("By HNN Staff | November 18, 2019 at 2:26 PM") may be longer. */
function shortForByline(text: string): boolean {
  return wordCount(text) <= (/\d{4}|\d:\d\d/.test(text) ? 25 : 12);
}

/**
 * The article's own byline again, with the place or the date and no "By": "Lucía Ferrández
 * Villanueva del Almendro". The reader's meta line already names the author. A sentence about the
 * author ends like one and stays, as do a heading and a photo credit.
 */
export function authorLine(el: Element, text: string, ctx: RuleContext): string | null {
  const author = ctx.byline;
  if (!author || !text.startsWith(author) || isHeading(el) || !shortForByline(text)) return null;
  // A link or a span with the name is part of a sentence, not a line of its own; under a picture
  // the name is its credit ("Devindra Hardawar/AOL"), which the sources list.
  const tag = el.tagName.toUpperCase();
  if ((tag !== 'P' && INLINE_TAGS.has(tag)) || el.closest('figure, figcaption')) return null;
  // After a one-word byline ("Reuters", "admin") the line may well be something else.
  return text === author || (author.includes(' ') && !/[.!?…:]["'”’»)]*$/.test(text)) ? 'byline' : null;
}

/** "GET FOX BUSINESS ON THE GO BY CLICKING HERE": a short line that is a call to click a link. */
export function promo(el: Element, text: string, ctx: RuleContext): string | null {
  if (wordCount(text) > 15 || !CLICK_HERE.test(text) || ctx.m.get(el).linkChars === 0) return null;
  // Shouted in capitals, it is the site's own pitch; in sentence case it may be the story's pointer.
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.replace(/[^\p{Lu}]/gu, '').length >= letters.length * 0.7 ? 'promo' : null;
}

/** A wire service's pointer to more of its coverage, written out with its address. */
export function wirePromo(text: string): string | null {
  return wordCount(text) <= 40 && WIRE_PROMO.test(text) ? 'promo' : null;
}

/** "Home » News » World": links joined by separators. */
export function breadcrumb(el: Element, text: string, ctx: RuleContext): string | null {
  if (wordCount(text) > 25 || ctx.m.density(el) < 0.5) return null;
  const links = el.getElementsByTagName('a');
  if (links.length < 2) return null;
  const fromHome = HOME_CRUMB.test(collapse(links[0]?.textContent ?? ''));
  return fromHome || (text.match(CRUMB_SEPARATORS)?.length ?? 0) >= 2 ? 'breadcrumb' : null;
}

/** A line of nothing but comment or code delimiters; code blocks are guarded and keep theirs, and a separator inside a line is the line's. */
export function codeDebris(el: Element, text: string): string | null {
  return (el.localName === 'p' || el.localName === 'div') && CODE_DEBRIS.test(text.replace(/\s+/g, '')) ? 'page-chrome' : null;
}

/**
 * A photo counter alone in its element, in a figure or its caption. Checked before the guard that
 * keeps captions whole: the count is part of the caption's markup, never of what it says. A table
 * cell in a figure may hold a score.
 */
export function figureCounter(el: Element, text: string): string | null {
  return GALLERY_COUNT.test(text) && el.closest('figure, figcaption') && !el.closest('td, th') ? 'page-chrome' : null;
}

/** A label over a block of links: "You May Also Like", "Más noticias", "Tags", "Comments". */
export function labelReason(text: string): string | null {
  if (wordCount(text) > MAX_LABEL_WORDS) return null;
  if (RELATED_LABEL.test(text)) return 'related-stories';
  if (COMMENTS_LABEL.test(text)) return 'comments';
  if (AUTHOR_LABEL.test(text)) return 'author-bio';
  if (/^(?:tags?|tagged|topics|etiquetas|temas|mots[- ]cl[ée]s|schlagw[öo]rter|themen|argomenti|assuntos)\s*:?$/i.test(text)) return 'tag-list';
  return null;
}

/** "Jane Doe is a reporter for NBC News.": the author's biography under the story. */
export function authorBio(text: string): string | null {
  return wordCount(text) <= 60 && AUTHOR_BIO_OPENING.test(text) && AUTHOR_BIO_ROLE.test(text) && AUTHOR_BIO.test(text) ? 'author-bio' : null;
}

/** A headline card: a link to another story with a headline and at most a short excerpt. */
export function isCard(el: Element, ctx: RuleContext): boolean {
  const size = ctx.m.get(el);
  if (size.chars > MAX_CARD_WORDS * 8) return false;
  const text = textOf(el);
  const words = wordCount(text);
  if (words < 3 || words > MAX_CARD_WORDS || el.querySelector('figcaption')) return false;
  const links = Array.from(el.getElementsByTagName('a')).filter((a) => {
    const href = a.getAttribute('href') ?? '';
    return !href.startsWith('#') && !isImageHref(href);
  });
  if (links.length === 0) return false;
  if (el.querySelectorAll('p').length > 2) return false;
  const headings = Array.from(el.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  // A story's headline runs to several words; a feature or product name ("Page Inspector") does not.
  const headline = (h: Element): boolean => ctx.m.density(h) >= 0.6 && wordCount(textOf(h)) >= MIN_HEADLINE_WORDS;
  if ((isHeading(el) && headline(el)) || headings.some(headline)) return true;
  // A thumbnail linked to another page of the same site, with a short headline: a story teaser.
  const teaser = (a: Element): boolean => a.querySelector('img, picture') !== null && isSameSiteArticleLink(a.getAttribute('href') ?? '', ctx.url);
  if (words <= 35 && links.some(teaser)) return true;
  if (/(?:…|\.\.\.)$/.test(text) && ctx.m.density(el) >= 0.2) return true;
  return links.some((a) => collapse(a.textContent ?? '') === text && wordCount(text) >= 3 && isSameSiteArticleLink(a.getAttribute('href') ?? '', ctx.url));
}

/** A grid or list of headline cards: most children are cards, at least MIN_CARDS of them. */
export function cardGrid(el: Element, ctx: RuleContext): string | null {
  if (el.childElementCount < MIN_CARDS || INLINE_TAGS.has(el.tagName.toUpperCase())) return null;
  const kids = Array.from(el.children).filter((c) => ctx.m.get(c).chars > 0);
  if (kids.length < MIN_CARDS || kids.some((k) => INLINE_TAGS.has(k.tagName.toUpperCase()))) return null;
  // Text between the cards means running prose with links in it, not a grid.
  const inKids = kids.reduce((sum, k) => sum + ctx.m.get(k).chars, 0);
  if (inKids < ctx.m.get(el).chars * 0.9) return null;
  const cards = kids.filter((c) => isCard(c, ctx)).length;
  return cards >= MIN_CARDS && cards >= kids.length * 0.75 ? 'related-stories' : null;
}

/** A list whose every item is one short link: a menu or a breadcrumb. */
export function linkList(el: Element, ctx: RuleContext): string | null {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'UL' && tag !== 'OL') return null;
  const items = Array.from(el.children).filter((c) => ctx.m.get(c).chars > 0);
  if (items.length < 3) return null;
  let words = 0;
  for (const li of items) {
    const t = textOf(li);
    if (ctx.m.density(li) < 0.95) return null;
    words += wordCount(t);
  }
  return words / items.length <= 3 ? 'navigation' : null;
}

/**
 * Link-heavy: what follows a clutter label. A list counts when every item links, however much
 * text is around its link ("YouTubers must unionize, <a>no matter what Google says</a>").
 */
export function isLinky(el: Element, ctx: RuleContext): boolean {
  if (ctx.m.get(el).chars === 0) return true;
  const items = /^[ou]l$/.test(el.localName) ? Array.from(el.children) : [];
  if (items.length > 1 && items.every((li) => li.querySelector('a[href]'))) return true;
  return ctx.m.density(el) >= LINKY || cardGrid(el, ctx) !== null || isCard(el, ctx);
}
