/**
 * Gives lazy-loaded images their real address before Readability runs: Readability scores and
 * keeps images by their `src`, and a placeholder (a 1x1 GIF, an empty `src`) with the real URL in
 * `data-src` is lost or shown blank. Also drops tracking pixels, which are never content.
 *
 * Works on the pipeline's clone only. The lazy-loading attributes are the ones the common
 * libraries use: lazysizes (`data-src`, `data-srcset`), WordPress/a3 Lazy Load (`data-lazy-src`),
 * jQuery Lazy Load (`data-original`), plus `<noscript>` fallbacks (WordPress, Medium).
 */

/** Attributes that carry an image's real URL, most specific first. */
const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src'];
/** Attributes that carry an image's real `srcset`. */
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
/**
 * A `data:` URI shorter than this (characters) is a placeholder: a transparent GIF is about 70,
 * a blank SVG about 150; a real inline photo runs to thousands.
 */
const PLACEHOLDER_DATA_URI_CHARS = 400;
/** Images declared this small or smaller, in CSS pixels, on every side they declare are tracking pixels. */
const TRACKING_PIXEL_MAX_PX = 2;
/** File names placeholders are commonly given (blank.gif, spacer.png, lazy-placeholder.svg, 1x1.png). */
const PLACEHOLDER_FILE = /(?:^|\/)[\w.-]*(?:blank|spacer|placeholder|transparent|1x1)[\w.-]*\.(?:gif|png|svg)(?:[?#]|$)/i;
/** An `<img>` tag inside the raw text of a `<noscript>` (browsers with scripting on keep it as text). */
const NOSCRIPT_IMG = /<img\b[^>]*>/i;
/** Attributes copied from a noscript image. */
const NOSCRIPT_ATTRS = ['src', 'srcset', 'sizes', 'alt', 'width', 'height'];

/** Whether `src` is missing or only a stand-in for the real image. */
export function isPlaceholderSrc(src: string | null): boolean {
  const value = (src ?? '').trim();
  if (!value || value === 'about:blank' || value === '#' || value === 'null') return true;
  if (/^data:/i.test(value)) return value.length < PLACEHOLDER_DATA_URI_CHARS;
  return PLACEHOLDER_FILE.test(value);
}

/** A value that can be a URL: no spaces inside, not a template or script. */
function looksLikeUrl(value: string | null): value is string {
  if (!value) return false;
  const v = value.trim();
  return v.length > 0 && !/\s/.test(v) && !/^(?:javascript:|\{|\[)/i.test(v) && !isPlaceholderSrc(v);
}

/** The URL of the widest (or densest) candidate in a `srcset`, or null. */
export function largestCandidate(srcset: string | null): string | null {
  let best: { url: string; size: number } | null = null;
  // Candidates are separated by a comma followed by whitespace; URLs may contain bare commas.
  for (const part of (srcset ?? '').split(/,\s+/)) {
    const [url, descriptor = '1x'] = part.trim().split(/\s+/);
    if (!url || isPlaceholderSrc(url)) continue;
    const size = Number.parseFloat(descriptor) || 1;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url ?? null;
}

/** The first of `names` on `el` holding a usable URL, or null. */
function lazyUrl(el: Element, names: string[]): string | null {
  for (const name of names) {
    const value = el.getAttribute(name);
    if (looksLikeUrl(value)) return value.trim();
  }
  return null;
}

/** The first of the lazy `srcset` attributes on `el` with a usable candidate, or null. */
function lazySrcset(el: Element): string | null {
  for (const name of LAZY_SRCSET_ATTRS) {
    const value = el.getAttribute(name);
    if (value && largestCandidate(value)) return value.trim();
  }
  return null;
}

/** Copies the real `src`/`srcset` from lazy-loading attributes onto the image itself. */
function resolveImage(img: Element): void {
  const lazySrc = lazyUrl(img, LAZY_SRC_ATTRS);
  // A lazy attribute wins even over a real-looking src: that src is often a blurred thumbnail.
  if (lazySrc) img.setAttribute('src', lazySrc);
  const srcset = lazySrcset(img);
  if (srcset) img.setAttribute('srcset', srcset);
  if (!isPlaceholderSrc(img.getAttribute('src'))) return;
  const fromSrcset = largestCandidate(img.getAttribute('srcset')) ?? pictureSource(img);
  if (fromSrcset) img.setAttribute('src', fromSrcset);
}

/** The best URL a `<picture>` around `img` offers in its `<source>` elements, or null. */
function pictureSource(img: Element): string | null {
  const picture = img.parentElement;
  if (picture?.tagName.toUpperCase() !== 'PICTURE') return null;
  for (const source of Array.from(picture.querySelectorAll('source'))) {
    const url = largestCandidate(lazySrcset(source) ?? source.getAttribute('srcset'));
    if (url) return url;
  }
  return null;
}

/** The attributes of the image a `<noscript>` carries, parsed as elements or read from its raw text. */
function noscriptImage(noscript: Element): Map<string, string> | null {
  const attrs = new Map<string, string>();
  const parsed = noscript.querySelector('img');
  if (parsed) {
    for (const name of NOSCRIPT_ATTRS) {
      const value = parsed.getAttribute(name);
      if (value !== null) attrs.set(name, value);
    }
  } else {
    // Read attribute values from the text; the markup itself is never turned into DOM here.
    const tag = NOSCRIPT_IMG.exec(noscript.textContent ?? '')?.[0];
    if (!tag) return null;
    for (const name of NOSCRIPT_ATTRS) {
      const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
      const value = match?.[1] ?? match?.[2] ?? match?.[3];
      if (value !== undefined) attrs.set(name, decodeEntities(value));
    }
  }
  return looksLikeUrl(attrs.get('src') ?? null) ? attrs : null;
}

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#0?39;|&apos;/g, "'");
}

/** The placeholder image a `<noscript>` stands in for: its previous sibling, or the lone image of its parent. */
function placeholderFor(noscript: Element): Element | null {
  const previous = noscript.previousElementSibling;
  if (previous?.tagName.toUpperCase() === 'IMG') return previous;
  const inner = previous?.querySelectorAll('img');
  if (inner?.length === 1) return inner[0] ?? null;
  const siblings = Array.from(noscript.parentElement?.children ?? []).filter((c) => c.tagName.toUpperCase() === 'IMG');
  return siblings.length === 1 ? (siblings[0] ?? null) : null;
}

/** Replaces a lazy placeholder with the real image its `<noscript>` fallback carries. */
function unwrapNoscript(noscript: Element): void {
  const attrs = noscriptImage(noscript);
  if (!attrs) return;
  const doc = noscript.ownerDocument;
  let img = placeholderFor(noscript);
  if (img && !isPlaceholderSrc(img.getAttribute('src')) && lazyUrl(img, LAZY_SRC_ATTRS) === null) {
    noscript.remove(); // the visible image is already real: the fallback would only repeat it
    return;
  }
  if (!img) {
    img = doc.createElement('img');
    noscript.before(img);
  }
  for (const [name, value] of attrs) img.setAttribute(name, value);
  for (const name of [...LAZY_SRC_ATTRS, ...LAZY_SRCSET_ATTRS]) img.removeAttribute(name);
  noscript.remove();
}

/**
 * Whether `img` is a tracking pixel: every size it declares is 2px or less, or it is a tiny data:
 * GIF with nothing better. One small side alone is not enough: `width="570" height="0"` is a
 * responsive photo (CNET), `width="464" height="2"` a drawn rule between sections (BBC).
 */
export function isTrackingPixel(img: Element): boolean {
  const sizes = ['width', 'height'].map((name) => img.getAttribute(name)).filter((v): v is string => v !== null);
  const numeric = sizes.filter((v) => /^\s*\d+(?:\.\d+)?\s*(?:px)?\s*$/i.test(v)).map((v) => Number.parseFloat(v));
  if (numeric.length > 0 && numeric.length === sizes.length && numeric.every((n) => n <= TRACKING_PIXEL_MAX_PX)) return true;
  const src = (img.getAttribute('src') ?? '').trim();
  return /^data:image\/gif/i.test(src) && src.length < PLACEHOLDER_DATA_URI_CHARS && !img.getAttribute('srcset');
}

/**
 * Resolves lazy-loaded images in `doc` (the pipeline's clone) and removes tracking pixels. Every
 * `noscript` goes once its image is read: a reader with scripts on never sees the rest of it.
 */
export function resolveImages(doc: Document): void {
  for (const noscript of Array.from(doc.querySelectorAll('noscript'))) {
    unwrapNoscript(noscript);
    noscript.remove();
  }
  for (const source of Array.from(doc.querySelectorAll('picture > source'))) {
    const srcset = lazySrcset(source);
    if (srcset) source.setAttribute('srcset', srcset);
  }
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    resolveImage(img);
    if (isTrackingPixel(img)) img.remove();
  }
}
