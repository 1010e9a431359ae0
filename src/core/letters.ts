/**
 * Character-class contents (no brackets) for the letters of the cased scripts names are written
 * in: Latin with its extensions, Greek, Cyrillic and Armenian (a name starts with a capital, so
 * scripts without case never start one).
 *
 * Why not `\p{L}`: V8 spends milliseconds compiling each Unicode property class, and every
 * attribution pattern embeds the name expression with several of them. In a freshly injected
 * content script that compiling was 60% of the whole extraction (issue #8: cold findSources 57 ms
 * of 124 ms in Chromium). Explicit code points, listed once here from the same properties,
 * compile in microseconds.
 */
const CASED = [[0x41, 0x24f], [0x300, 0x58f], [0x1e00, 0x1fff]];

/**
 * Each range's code points as one string, with one more at each end for the neighbours the
 * patterns below look at. All of them are in the BMP: one UTF-16 unit per code point.
 */
const TEXTS = CASED.map(([first = 0, last = 0]) => {
  let text = '';
  for (let cp = first - 1; cp <= last + 1; cp++) text += String.fromCharCode(cp);
  return { first, last, text };
});

/**
 * The code points in the runs `run` matches, as ranges: a class of ranges compiles faster than one
 * of single points. One global match per range finds the runs; a test per code point made the
 * content script's start-up spend milliseconds here on every page (issue #8).
 */
function classOf(run: RegExp): string {
  let out = '';
  for (const { first, last, text } of TEXTS) {
    for (const m of text.matchAll(run)) {
      const start = Math.max(first, first - 1 + m.index);
      const end = Math.min(last, first - 2 + m.index + m[0].length);
      if (start <= end) out += `\\u{${start.toString(16)}}-\\u{${end.toString(16)}}`;
    }
  }
  return out;
}

// UPPER and LOWER also take a letter of the other case between two of their own, where the cases
// alternate (Ā ā Ă ă…). Merging those runs shrinks UPPER and LOWER from ~6,400 to ~900 characters
// of pattern, and every attribution pattern embeds them several times: the patterns' cold compile
// drops about sevenfold. The cost: in Latin Extended, Greek Extended and Cyrillic Extended a
// letter of the other case may open or continue a name ("œuvre"), which the name clean-up and the
// six languages Sift reads make harmless.

/** Capitals, and the small letters between capitals in the blocks where cases alternate. */
export const UPPER = classOf(/(?:\p{Lu}|(?<=\p{Lu})\p{Ll}(?=\p{Lu}))+/gu);
/** Small letters, and the capitals between small letters in the blocks where cases alternate. */
export const LOWER = classOf(/(?:\p{Ll}|(?<=\p{Ll})\p{Lu}(?=\p{Ll}))+/gu);
/** Letters and the combining marks that may follow them (decomposed accents). */
export const LETTER = classOf(/[\p{L}\p{M}]+/gu);
