/**
 * Takes out of the working clone what can never be article text, before Readability reads it.
 * Readability walks and serializes the whole page, often more than once; on news pages about half
 * the elements are scripts, hidden nodes, menus, sidebars and footers (scrapinghub corpus: the
 * median page loses 50%), so removing them first makes its work that much smaller. Everything
 * removed here Readability would drop itself or Sift's sanitizer would, except the page's own
 * chrome (nav, aside, footer), which a reader never wants and which can mislead Readability's
 * choice of article.
 */

/**
 * What the sanitizer drops and Readability never keeps: code, styles, embedded documents, vector
 * art. JSON-LD stays: Readability reads the article's metadata from it.
 */
const NEVER_TEXT = 'script:not([type="application/ld+json"]),style,noscript,template,link,svg,math,iframe,object,embed,canvas';
/** Nodes Readability treats as hidden (its `_isProbablyVisible`); the style test is made in code. */
const HIDDEN = '[hidden],[aria-hidden="true"],[style*="display" i],[style*="visibility" i]';
/** The page's own menus, sidebars and footers, by element and by ARIA role (as Readability's UNLIKELY_ROLES). */
const CHROME =
  'nav,aside,footer,[role="navigation"],[role="menu"],[role="menubar"],[role="complementary"],[role="contentinfo"],[role="dialog"],[role="alertdialog"]';
/** Inside any of these, a chrome element may be the article itself, or hold it: leave it to Readability. */
const HOLDS_ARTICLE = 'article,main,h1,[itemprop="articleBody"],[role="main"]';

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

/** Containers that mark the article itself, when a page has exactly one (outermost). */
const ARTICLE_CONTAINER = 'article, [itemprop="articleBody"]';
/** Share of the page's paragraph text the one container must hold to be taken as the article. */
const MIN_ARTICLE_SHARE = 0.6;

/** The page's one article container, if it holds most of the paragraph text; else null. */
function articleContainer(body: HTMLElement): Element | null {
  const found = Array.from(body.querySelectorAll(ARTICLE_CONTAINER));
  const outer = found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
  const article = outer.length === 1 ? outer[0] : undefined;
  if (!article) return null;
  let all = 0;
  let inside = 0;
  for (const p of Array.from(body.getElementsByTagName('p'))) {
    const chars = p.textContent?.length ?? 0;
    all += chars;
    if (article.contains(p)) inside += chars;
  }
  return all > 0 && inside / all >= MIN_ARTICLE_SHARE ? article : null;
}

/** Most characters a lead image's block may have: a caption and a credit, not a teaser grid. */
const MAX_LEAD_MEDIA_CHARS = 400;

/**
 * What stays beside the article: the headline (Readability reads the h1 for the title), loose
 * paragraphs, and a lead image with its caption, which pages often set just before the article
 * element (after it, a small block with a picture is more often a teaser).
 */
function keepsBesideArticle(el: Element, beforeArticle: boolean): boolean {
  // A bare paragraph beside the article is its text cut off by broken markup, not a teaser block.
  if (el.localName === 'p' || el.localName === 'h1' || el.querySelector('h1')) return true;
  if (!beforeArticle) return false;
  const media = ['img', 'picture', 'figure'].includes(el.localName) || el.querySelector('img, picture, figure') !== null;
  return media && (el.textContent?.length ?? 0) <= MAX_LEAD_MEDIA_CHARS;
}

/**
 * Leaves Readability only the article's branch of the page when the page marks its one article:
 * on half the scrapinghub pages the article holds most of the text and a quarter of the elements.
 */
function focusOnArticle(body: HTMLElement): number {
  const article = articleContainer(body);
  if (!article) return 0;
  // Readability reads the article's metadata from JSON-LD wherever it is: keep it, in the head.
  const head = body.ownerDocument.head as HTMLHeadElement | null;
  for (const script of Array.from(body.querySelectorAll('script[type="application/ld+json"]'))) head?.append(script);
  let removed = 0;
  for (let el: Element | null = article; el && el !== body; el = el.parentElement) {
    let before = true;
    for (const sibling of Array.from(el.parentElement?.children ?? [])) {
      if (sibling === el) before = false;
      if (sibling === el || keepsBesideArticle(sibling, before)) continue;
      sibling.remove();
      removed++;
    }
  }
  return removed;
}

/** Removes from `work` (a clone) the elements described above; returns how many subtrees went. */
export function pruneForReadability(work: Document): number {
  const body = work.body as HTMLElement | null;
  if (!body) return 0;
  let removed = 0;
  for (const el of Array.from(body.querySelectorAll(`${NEVER_TEXT},${HIDDEN},${CHROME}`))) {
    // A removed ancestor took this one with it.
    if (!body.contains(el)) continue;
    if (el.matches(NEVER_TEXT) || isHidden(el) || isChrome(el)) {
      el.remove();
      removed++;
    }
  }
  // After the chrome is gone, so that a sidebar's paragraphs do not count against the article.
  return removed + focusOnArticle(body);
}
