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
  return removed;
}
