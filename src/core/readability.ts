import { Readability } from '@mozilla/readability';

/** What Readability found, with the article left as a live element of the working clone. */
export interface ReadabilityArticle {
  root: HTMLElement;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
}

type Parsed = ReturnType<Readability<HTMLElement>['parse']>;

/** Thrown out of Readability by a hooked body, to stop it where it reads the body to cache it. */
class ReachedBodyCache extends Error {}

/** NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION: the nodes `textContent` joins (no NodeFilter global in the core). */
const TEXT_AND_CDATA = 0x4 | 0x8;

/** Readability's per-node tests, which it keeps on the instance. */
interface NodeTests {
  _isProbablyVisible?: (node: Element) => boolean;
  _isValidByline?: (node: Element, matchString: string) => boolean;
  _isElementWithoutContent?: (node: Element) => boolean;
  REGEXPS?: { byline?: RegExp };
}

/**
 * Readability tests every element it walks for visibility by reading its inline style, which in
 * Chromium builds a style declaration for each element of the copy (8% of the readability step in
 * a profile of 60 pages; issue #8). The copy has already left out every element below the body
 * that the test would drop (prune.ts, by the same rules), so there it can only answer yes; the
 * root, the head and the body itself keep the real test.
 */
function trustBodyVisibility(reader: Readability<HTMLElement>, work: Document): void {
  const hooks = reader as unknown as NodeTests;
  const test = hooks._isProbablyVisible;
  const body = work.body;
  if (typeof test !== 'function' || !body) return;
  const outside = new Set<Node>([work.documentElement, body, ...(work.head ? [work.head, ...Array.from(work.head.querySelectorAll('*'))] : [])]);
  hooks._isProbablyVisible = (node) => !outside.has(node) || test.call(reader, node);
}

/** Whether any text below `node` is more than whitespace (what `textContent.trim()` tells), stopping at the first that is. */
function hasVisibleText(node: Element): boolean {
  const texts = node.ownerDocument.createTreeWalker(node, TEXT_AND_CDATA);
  while (texts.nextNode()) if (/\S/.test((texts.currentNode as CharacterData).data)) return true;
  return false;
}

/**
 * Readability's walk asks two questions of nearly every element by reading its whole
 * `textContent`: is it a byline (asked before the cheap class and attribute checks), and is it
 * empty. On the wrappers near the root that text is most of the page, once per level: 7% of the
 * readability step in a profile of 90 pages (issue #8). Both tests keep their own code and answer;
 * a cheap test that settles the answer runs first.
 */
function readTextLast(reader: Readability<HTMLElement>): void {
  const hooks = reader as unknown as NodeTests;
  const { _isValidByline: isByline, _isElementWithoutContent: isEmpty } = hooks;
  const bylineClass = hooks.REGEXPS?.byline;
  if (typeof isByline === 'function' && bylineClass) {
    // A byline has a rel or itemprop of "author", or its class or id says so.
    hooks._isValidByline = (node, matchString) =>
      (node.hasAttribute('rel') || node.hasAttribute('itemprop') || bylineClass.test(matchString)) && isByline.call(reader, node, matchString);
  }
  if (typeof isEmpty === 'function') {
    hooks._isElementWithoutContent = (node) => !hasVisibleText(node) && isEmpty.call(reader, node);
  }
}

/** The serializer returns the element itself, so later steps walk the DOM Readability built instead of re-parsing its HTML string. */
function parse(work: Document): Parsed {
  const reader = new Readability<HTMLElement>(work, { serializer: (el) => el as HTMLElement });
  trustBodyVisibility(reader, work);
  readTextLast(reader);
  return reader.parse();
}

/** Runs `run` with `body.innerHTML` replaced by `hooks`, for this body only. */
function withBodyHooks<T>(body: HTMLElement, hooks: { get: () => string; set: () => void }, run: () => T): T {
  Object.defineProperty(body, 'innerHTML', { configurable: true, ...hooks });
  try {
    return run();
  } finally {
    Reflect.deleteProperty(body, 'innerHTML');
  }
}

/**
 * The body as Readability caches it: a fresh copy's, taken through Readability's own preparation
 * (scripts and styles out, runs of <br> made paragraphs) up to the moment it reads the body.
 */
function preparedBody(freshCopy: () => Document): HTMLElement | null {
  const fresh = freshCopy();
  const body = fresh.body;
  if (!body) return null;
  const stop = (): never => {
    throw new ReachedBodyCache();
  };
  try {
    withBodyHooks(body, { get: stop, set: stop }, () => parse(fresh));
  } catch (error) {
    if (error instanceof ReachedBodyCache) return body;
    throw error;
  }
  throw new Error('Readability no longer caches the body where Sift expects it');
}

/**
 * Readability starts by serializing the whole body, only to parse it back if its first pass finds
 * too little text and it must try again with looser rules: in Chromium, about a tenth of its time
 * (profiles of 60 scrapinghub pages), for a second pass 13 pages in 181 need (issue #8). So the
 * body of the pipeline's own copy reads as empty, and a second pass gets the body from a fresh
 * copy prepared as Readability would have: copying is cheaper than parsing the HTML back, and no
 * HTML is parsed here at all (the string Readability writes back is ignored).
 */
function parseWithoutBodyCache(work: Document, freshCopy: () => Document): Parsed {
  const body = work.body;
  if (!body) return parse(work);
  const restore = (): void => {
    const prepared = preparedBody(freshCopy);
    body.replaceChildren();
    // One at a time: a body may have more children than one call takes arguments.
    while (prepared?.firstChild) body.appendChild(prepared.firstChild);
  };
  return withBodyHooks(body, { get: () => '', set: restore }, () => parse(work));
}

/**
 * Runs Readability over `work`, a copy the pipeline owns (Readability rewrites the document it is
 * given), made by `copyForReadability`: its body holds nothing Readability would drop as hidden.
 * `freshCopy` makes another copy just like it, for the rare page where Readability needs its
 * second pass.
 */
export function runReadability(work: Document, freshCopy: () => Document): ReadabilityArticle | null {
  const parsed = parseWithoutBodyCache(work, freshCopy);
  if (!parsed?.content) return null;
  return {
    root: parsed.content,
    title: parsed.title?.trim() || work.title.trim(),
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    publishedTime: parsed.publishedTime?.trim() || null,
    lang: parsed.lang?.trim() || null,
    dir: parsed.dir?.trim() || null,
    excerpt: parsed.excerpt?.trim() || null,
  };
}
