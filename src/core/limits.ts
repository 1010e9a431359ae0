/**
 * Size limits past which Sift says "too large" instead of freezing the tab. Readability's work
 * grows faster than linearly with the element count; on the scrapinghub corpus the largest page has
 * about 10,000 elements and plain Readability takes ~125 ms in Chromium, so 40,000 elements stays
 * well under a second while leaving room for very long real articles.
 */

/** Elements in the whole document. */
export const MAX_ELEMENTS = 40_000;
/** Characters of text in the body, scripts and styles aside: about 300,000 words, far beyond any article. */
export const MAX_TEXT_CHARS = 2_000_000;

/** Says why the page has too many elements to read, or null. Cheap: one live count. */
export function tooManyElements(doc: Document): string | null {
  const elements = doc.getElementsByTagName('*').length;
  if (elements <= MAX_ELEMENTS) return null;
  return `This page has ${elements.toLocaleString('en')} elements; Sift reads pages of up to ${MAX_ELEMENTS.toLocaleString('en')}.`;
}

/**
 * Says why the page has too much text to read, or null. Read on the pipeline's copy, which holds
 * no scripts or styles: their text is not the page's (a news page's inline scripts often outweigh
 * its article), and reading it would cost as much as the rest of this check. Copying a huge text
 * costs little: the copy shares the page's strings.
 */
export function tooMuchText(copy: Document): string | null {
  const chars = copy.body?.textContent?.length ?? 0;
  if (chars <= MAX_TEXT_CHARS) return null;
  return `This page has ${(chars / 1e6).toFixed(1)} million characters of text; Sift reads pages of up to ${MAX_TEXT_CHARS / 1e6} million.`;
}
