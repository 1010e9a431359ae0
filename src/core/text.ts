/** Turns the cleaned article element into the plain text the popup, the CLI and the benchmark read. */

/** Elements whose text stands as its own paragraph in the plain-text output. */
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'FIGCAPTION', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'DT', 'DD']);

/**
 * Silent-reading speed for non-fiction, in words per minute, by language (ISO 639-1). Figures from
 * Brysbaert (2019), "How many words do we read per minute?", Table 3; Trauzettel-Klosinski et al.
 * (2012) for the rest. Languages not listed read at DEFAULT_WORDS_PER_MINUTE.
 */
const WORDS_PER_MINUTE: Readonly<Record<string, number>> = {
  en: 238, es: 218, fr: 195, de: 179, pt: 181, it: 188, nl: 202, sv: 199, da: 195, no: 195, nb: 195,
  fi: 161, pl: 166, ru: 184, tr: 166, ar: 138, he: 187,
};
/** Words per minute when the page's language is unknown or not in the table (Brysbaert's overall mean). */
const DEFAULT_WORDS_PER_MINUTE = 238;
/**
 * For scripts written without spaces, characters per minute: Chinese 255, Japanese 357
 * (Trauzettel-Klosinski et al. 2012, IReST). Unknown languages with such characters use the lower.
 */
const CJK_CHARS_PER_MINUTE: Readonly<Record<string, number>> = { zh: 255, ja: 357 };
const DEFAULT_CJK_CHARS_PER_MINUTE = 255;

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/gu;

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
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
      if (t) out.push(t);
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
          if (t) out.push(t);
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

export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return words + cjk;
}

/** The primary subtag of a language tag: "pt-BR" → "pt"; "" for none. */
function primaryLanguage(lang: string | null | undefined): string {
  return (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Minutes to read `text` at the speed of its language (`lang`, a BCP 47 tag such as "es-MX"). */
export function readingMinutes(text: string, lang?: string | null): number {
  const primary = primaryLanguage(lang);
  const wpm = WORDS_PER_MINUTE[primary] ?? DEFAULT_WORDS_PER_MINUTE;
  const cpm = CJK_CHARS_PER_MINUTE[primary] ?? DEFAULT_CJK_CHARS_PER_MINUTE;
  const cjk = text.match(CJK)?.length ?? 0;
  const words = countWords(text) - cjk;
  return Math.max(1, Math.round(words / wpm + cjk / cpm));
}
