/** Turns the cleaned article element into the plain text the popup, the CLI and the benchmark read. */

/** Elements whose text stands as its own paragraph in the plain-text output. */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, figcaption, blockquote, pre, td, th, dt, dd';

/** Average silent-reading speed for prose, in words per minute. */
const WORDS_PER_MINUTE = 230;
/** For scripts written without spaces (Chinese, Japanese), characters per minute. */
const CJK_CHARS_PER_MINUTE = 500;

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/gu;

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Paragraphs in document order. A block nested in another (a `p` inside a `blockquote`) is read
 * once, at its innermost level; loose text outside any block becomes a paragraph of its own.
 */
export function articleParagraphs(root: Element): string[] {
  const out: string[] = [];
  const walk = (el: Element): void => {
    let loose = '';
    const flush = (): void => {
      const t = collapse(loose);
      if (t) out.push(t);
      loose = '';
    };
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 3) {
        loose += child.textContent ?? '';
      } else if (child.nodeType === 1) {
        const c = child as Element;
        if (c.matches(BLOCK_SELECTOR) && !c.querySelector(BLOCK_SELECTOR)) {
          flush();
          const t = collapse(c.textContent ?? '');
          if (t) out.push(t);
        } else if (c.querySelector(BLOCK_SELECTOR) || isBlockish(c)) {
          flush();
          walk(c);
        } else {
          loose += ` ${c.textContent ?? ''} `;
        }
      }
    }
    flush();
  };
  walk(root);
  return out;
}

const BLOCKISH = new Set(['DIV', 'SECTION', 'ARTICLE', 'FIGURE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'BR', 'HR']);

function isBlockish(el: Element): boolean {
  return BLOCKISH.has(el.tagName.toUpperCase());
}

export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return words + cjk;
}

export function readingMinutes(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = countWords(text) - cjk;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE));
}
