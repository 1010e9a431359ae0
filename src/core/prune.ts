/**
 * Decides what of the page Readability never needs to see, reading the live page and changing
 * nothing: `copyForReadability` (clone.ts) then copies the rest. Readability walks and serializes
 * the whole page, often more than once; on news pages about half the elements are scripts, hidden
 * nodes, menus, sidebars and footers (scrapinghub corpus: the median page loses 50%), so leaving
 * them out makes its work that much smaller, and not copying them at all saves the copy too.
 * Everything left out here Readability would drop itself or Sift's sanitizer would, except the
 * page's own chrome (nav, aside, footer), which a reader never wants and which can mislead
 * Readability's choice of article.
 */

/**
 * What the sanitizer drops and Readability never keeps: code, styles, embedded documents, vector
 * art. JSON-LD stays: Readability reads the article's metadata from it. So does `noscript`, until
 * the images step has read the lazy images it holds, and a formula's TeX source (formulas.ts).
 */
const NEVER_TEXT = 'script:not([type="application/ld+json"]),style,template,link,svg,iframe,object,embed,canvas';
/**
 * The head's code and styles. Readability needs the head only for the title, meta tags and JSON-LD
 * (and `base` for links), and a copied style sheet is parsed again as the copy joins its document:
 * on the scrapinghub pages that made attaching the copy ten times slower on average.
 */
const HEAD_CODE = 'script:not([type="application/ld+json"]),style,link,noscript,template';
/**
 * Nodes Readability treats as hidden (its `_isProbablyVisible`); the style test is made in code.
 * readability.ts relies on the copy having none of them below the body.
 */
const HIDDEN = '[hidden],[aria-hidden="true"],[style*="display" i],[style*="visibility" i]';
/** The page's own menus, sidebars and footers, by element and by ARIA role (as Readability's UNLIKELY_ROLES). */
const CHROME =
  'nav,aside,footer,[role="navigation"],[role="menu"],[role="menubar"],[role="complementary"],[role="contentinfo"],[role="dialog"],[role="alertdialog"]';
/** Inside any of these, a chrome element may be the article itself, or hold it: leave it to Readability. */
const HOLDS_ARTICLE = 'article,main,h1,[itemprop="articleBody"],[role="main"]';
/** Containers that mark the article itself, when a page has exactly one (outermost). */
const ARTICLE_CONTAINER = 'article, [itemprop="articleBody"]';
/** Share of the page's paragraph text the one container must hold to be taken as the article. */
const MIN_ARTICLE_SHARE = 0.6;
/** Most characters a lead image's block may have: a caption and a credit, not a teaser grid. */
const MAX_LEAD_MEDIA_CHARS = 400;

/** What the copy leaves out of the page. */
export interface PrunePlan {
  /** Elements left out with everything inside them (outermost only). */
  skipped: Set<Element>;
  /**
   * The page's one article element, when it holds most of the paragraph text: only its branch of
   * the page is copied then (on half the scrapinghub pages it is a quarter of the elements).
   */
  article: Element | null;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  // Readability keeps aria-hidden "fallback-image"s: the images Wikimedia shows for formulas.
  if (el.getAttribute('aria-hidden') === 'true' && !el.className.toString().includes('fallback-image')) return true;
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return style?.display === 'none' || style?.visibility === 'hidden';
}

function isChrome(el: Element): boolean {
  return el.matches(CHROME) && !el.matches(HOLDS_ARTICLE) && !el.querySelector(HOLDS_ARTICLE);
}

/** Whether `el` or an element above it (below `body`) is in `set`. */
function within(el: Element, set: ReadonlySet<Element>, body: Element): boolean {
  for (let at: Element | null = el; at && at !== body; at = at.parentElement) if (set.has(at)) return true;
  return false;
}

/** The page's one article container, if it holds most of the paragraph text left; else null. */
function articleContainer(body: HTMLElement, skipped: ReadonlySet<Element>): Element | null {
  const found = Array.from(body.querySelectorAll(ARTICLE_CONTAINER)).filter((el) => !within(el, skipped, body));
  const outer = found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
  const article = outer.length === 1 ? outer[0] : undefined;
  if (!article) return null;
  let all = 0;
  let inside = 0;
  for (const p of Array.from(body.getElementsByTagName('p'))) {
    // A sidebar's paragraphs, left out anyway, do not count against the article.
    if (skipped.size && within(p, skipped, body)) continue;
    const chars = p.textContent?.length ?? 0;
    all += chars;
    if (article.contains(p)) inside += chars;
  }
  return all > 0 && inside / all >= MIN_ARTICLE_SHARE ? article : null;
}

/** Reads `doc` (the live page is fine: nothing changes) and plans what its copy leaves out. */
export function planPrune(doc: Document): PrunePlan {
  const body = doc.body as HTMLElement | null;
  const skipped = new Set<Element>(doc.head ? doc.head.querySelectorAll(HEAD_CODE) : []);
  if (!body) return { skipped, article: null };
  for (const el of Array.from(body.querySelectorAll(`${NEVER_TEXT},${HIDDEN},${CHROME}`))) {
    if (within(el, skipped, body)) continue;
    if (el.matches(NEVER_TEXT) || isHidden(el) || isChrome(el)) skipped.add(el);
  }
  return { skipped, article: articleContainer(body, skipped) };
}

/**
 * What stays beside the article: the headline (Readability reads the h1 for the title), loose
 * paragraphs, and a lead image with its caption, which pages often set just before the article
 * element (after it, a small block with a picture is more often a teaser).
 */
export function keepsBesideArticle(el: Element, beforeArticle: boolean, skipped: ReadonlySet<Element>): boolean {
  // A bare paragraph beside the article is its text cut off by broken markup, not a teaser block.
  if (el.localName === 'p' || el.localName === 'h1' || el.querySelector('h1')) return true;
  if (!beforeArticle) return false;
  const media = ['img', 'picture', 'figure'].includes(el.localName) || el.querySelector('img, picture, figure') !== null;
  return media && textLength(el, skipped) <= MAX_LEAD_MEDIA_CHARS;
}

/** Characters of text in `el`, less what is left out of the copy (a share bar's scripts, a hidden credit). */
function textLength(el: Element, skipped: ReadonlySet<Element>): number {
  let length = el.textContent?.length ?? 0;
  // Only a block over the limit can change its answer: most lead images are far under it.
  if (length <= MAX_LEAD_MEDIA_CHARS) return length;
  for (const out of skipped) if (el.contains(out)) length -= out.textContent?.length ?? 0;
  return length;
}
