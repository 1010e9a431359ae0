/** Measurements of a block that the clutter rules combine: words, link share, share links. */
import { wordCharAt } from './word-chars';

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function textOf(el: Element): string {
  return collapse(el.textContent ?? '');
}

/** The last text counted: the rules ask one block's word count several times in a row. */
let lastText = '';
let lastCount = 0;

/** Runs of letters and digits: what `/[\p{L}\p{N}]+/gu` matches, counted without building the array. */
export function wordCount(text: string): number {
  if (text === lastText) return lastCount;
  lastCount = countWordRuns(text);
  lastText = text;
  return lastCount;
}

function countWordRuns(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const width = wordCharAt(text, i);
    if (width && !inWord) count++;
    inWord = width > 0;
    i += width || 1;
  }
  return count;
}

/** Characters of text inside links, over all characters of text (0..1). */
export function linkDensity(el: Element, text = textOf(el)): number {
  if (!text) return 0;
  let inLinks = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) inLinks += collapse(a.textContent ?? '').length;
  return Math.min(1, inLinks / text.length);
}

/** Hosts and paths of share and follow endpoints, across the big networks and generic share services. */
const SHARE_HREF =
  /(?:facebook\.com\/(?:sharer|share|dialog\/share)|twitter\.com\/(?:intent|share|home\?status)|x\.com\/intent|linkedin\.com\/(?:share|sharing|shareArticle|cws\/share)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|tumblr\.com\/(?:share|widgets\/share)|wa\.me\/|api\.whatsapp\.com\/send|whatsapp:\/\/|t\.me\/share|telegram\.me\/share|vk\.com\/share|mix\.com\/add|getpocket\.com\/(?:save|edit)|flipboard\.com\/bookmarklet|news\.ycombinator\.com\/submitlink|bsky\.app\/intent|threads\.net\/intent|line\.me\/R\/msg|addtoany\.com|sharethis\.com|\/\/share\.|[?&]share=(?:facebook|twitter|email|linkedin|pinterest|reddit|tumblr|pocket|telegram|whatsapp|print|x)\b|^mailto:\?|^mailto:[^?]*\?(?:subject|body)=|^sms:)/i;

/** Profile links of the networks sites ask readers to follow. */
const FOLLOW_HREF =
  /^https?:\/\/(?:www\.)?(?:facebook|twitter|x|instagram|linkedin|pinterest|youtube|tiktok|threads|bsky|flipboard|t|telegram|whatsapp|snapchat|tumblr)\.(?:com|net|app|me)\/[^/?#]+\/?(?:[?#].*)?$/i;

/** Names on share buttons, so an icon row with no share URL (buttons, scripts) is still found. */
export const NETWORK_WORDS = new Set(
  'facebook twitter x whatsapp pinterest pint linkedin reddit telegram tumblr email e mail print messenger flipboard pocket threads bluesky instagram youtube tiktok sms copy link url imprimir imprimer drucken stampa correo courriel compartir partager teilen condividi compartilhar share tweet post on via the this article story with en sur auf su no na em por per por de the und et e y'.split(' '),
);
/** Of NETWORK_WORDS, the ones that name a network: a row needs two to count as a share bar. */
export const NETWORK_NAMES = new Set('facebook twitter whatsapp pinterest pint linkedin reddit telegram tumblr messenger flipboard pocket threads bluesky instagram youtube tiktok'.split(' '));

export function isShareHref(href: string): boolean {
  return SHARE_HREF.test(href);
}

export function isFollowHref(href: string): boolean {
  return FOLLOW_HREF.test(href);
}

/** A link's label, from its text or, for icon links, its accessible name. */
export function linkLabel(a: Element): string {
  return collapse(a.textContent ?? '') || a.getAttribute('aria-label') || a.getAttribute('title') || '';
}

/**
 * The site a host belongs to: its last two labels, or three under a country's "co.uk" or "com.au",
 * so video.foxbusiness.com is foxbusiness.com's own (no public-suffix list for a few cases).
 */
function site(host: string): string {
  return (/[^.]+\.(?:(?:co|com|net|org|gov|ac)\.)?[a-z]{2,}$/.exec(host) ?? [host])[0];
}

/** True when `href` leads to another page of the same site (not an anchor on this page, not a file). */
export function isSameSiteArticleLink(href: string, pageUrl: string): boolean {
  if (!href || href.startsWith('#') || /^(?:mailto|tel|javascript):/i.test(href)) return false;
  try {
    const target = new URL(href, pageUrl);
    const page = new URL(pageUrl);
    return site(target.hostname) === site(page.hostname) && target.pathname !== page.pathname && !/\.(?:jpe?g|png|gif|webp|svg|pdf)$/i.test(target.pathname);
  } catch {
    return false;
  }
}

export function isImageHref(href: string): boolean {
  return /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#].*)?$/i.test(href);
}

const HEADING = /^H[1-6]$/;
export function isHeading(el: Element): boolean {
  return HEADING.test(el.tagName.toUpperCase());
}
