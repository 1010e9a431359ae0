/**
 * Letters and digits, as `[\p{L}\p{N}]` matches them, tested a character at a time. The word
 * counts run over every block and the whole article text; a loop with an ASCII and Latin fast path
 * allocates nothing, where matching a Unicode-class regex builds a string per word and was the
 * slowest part of counting.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * WORD_CHAR's answer for each BMP code unit met so far (0: not asked yet, 1: a letter or digit,
 * 2: not). Curly quotes, dashes and whole Cyrillic or Greek articles would otherwise test the
 * regex once per character: on the scrapinghub pages, counting the article's words took 0.35 ms
 * a run on average, most of it on the Russian pages, outside every step (issue #8). A pure memo:
 * the same answers, 64 KiB once per script.
 */
const BMP_ANSWERS = new Uint8Array(0x10000);

/** UTF-16 units of the letter or digit at `i` (2 for one outside the BMP), or 0 when there is none. */
export function wordCharAt(text: string, i: number): 0 | 1 | 2 {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
  // Latin-1 and Latin Extended-A/B letters, less × and ÷.
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
    return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let answer = BMP_ANSWERS[c];
  if (!answer) BMP_ANSWERS[c] = answer = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return answer === 1 ? 1 : 0;
}
