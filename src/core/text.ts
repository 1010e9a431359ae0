/** Turns the cleaned article element into the plain text the popup, the CLI and the benchmark read. */

/** Elements whose text stands as its own paragraph in the plain-text output. */
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'FIGCAPTION', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'DT', 'DD']);

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A character that shows: not white space, nor one of those `\s` misses (soft hyphen, zero-width space and joiners, word joiner). */
const VISIBLE = /[^\s\u00ad\u200b-\u200d\u2060]/;

/** True when `text` shows nothing: some pages space their paragraphs apart with zero-width spaces alone. */
export function isBlank(text: string): boolean {
  return !VISIBLE.test(text);
}

/** What `collapse` takes for white space: the `\s` of JavaScript regexes. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Characters of `text` that `collapse` keeps as they are: all but white space. */
export function solidChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/** Which elements hold a paragraph block, and which hold any block, below them: one walk, not a query per element. */
interface Inside {
  paragraph: Set<Element>;
  blockish: Set<Element>;
}

function markInside(el: Element, inside: Inside): void {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    markInside(child, inside);
    const tag = child.tagName.toUpperCase();
    if (BLOCKS.has(tag) || inside.paragraph.has(child)) inside.paragraph.add(el);
    if (BLOCKISH.has(tag) || inside.blockish.has(child)) inside.blockish.add(el);
  }
}

/**
 * Paragraphs in document order. A block nested in another (a `p` inside a `blockquote`) is read
 * once, at its innermost level; loose text outside any block becomes a paragraph of its own.
 */
export function articleParagraphs(root: Element): string[] {
  const inside: Inside = { paragraph: new Set(), blockish: new Set() };
  markInside(root, inside);
  const out: string[] = [];
  const walk = (el: Element): void => {
    let loose = '';
    const flush = (): void => {
      const t = collapse(loose);
      if (!isBlank(t)) out.push(t);
      loose = '';
    };
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        loose += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const c = child as Element;
        const holdsParagraph = inside.paragraph.has(c);
        if (BLOCKS.has(c.tagName.toUpperCase()) && !holdsParagraph) {
          flush();
          const t = collapse(spacedText(c, inside));
          if (!isBlank(t)) out.push(t);
        } else if (holdsParagraph || isBlockish(c)) {
          flush();
          walk(c);
        } else {
          loose += ` ${spacedText(c, inside)} `;
        }
      }
    }
    flush();
  };
  walk(root);
  return out;
}

/**
 * Elements a browser lays out as blocks: their text never runs into the words around them
 * ("<summary>More</summary>Hidden." reads as two lines, not "MoreHidden.").
 */
const BLOCKISH = new Set([
  'DIV', 'SECTION', 'ARTICLE', 'FIGURE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'CAPTION', 'HEADER',
  'FOOTER', 'ASIDE', 'MAIN', 'NAV', 'BR', 'HR', 'DETAILS', 'SUMMARY', 'ADDRESS', 'FIELDSET', 'LEGEND', 'HGROUP', 'CENTER',
]);

/** textContent, with a space wherever a block or a line break separates words ("one<br>two"). */
function spacedText(el: Element, inside: Inside): string {
  if (!inside.blockish.has(el)) return el.textContent ?? '';
  let text = '';
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1) text += isBlockish(node as Element) ? ` ${spacedText(node as Element, inside)} ` : spacedText(node as Element, inside);
  }
  return text;
}

function isBlockish(el: Element): boolean {
  return BLOCKISH.has(el.tagName.toUpperCase());
}
