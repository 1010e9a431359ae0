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

/** The matching code points as ranges: a class of ranges compiles faster than one of single points. */
function classOf(property: RegExp): string {
  let out = '';
  for (const [first = 0, last = 0] of CASED) {
    for (let cp = first; cp <= last; cp++) {
      if (!property.test(String.fromCodePoint(cp))) continue;
      const start = cp;
      while (cp < last && property.test(String.fromCodePoint(cp + 1))) cp++;
      out += `\\u{${start.toString(16)}}-\\u{${cp.toString(16)}}`;
    }
  }
  return out;
}

export const UPPER = classOf(/\p{Lu}/u);
export const LOWER = classOf(/\p{Ll}/u);
/** Letters and the combining marks that may follow them (decomposed accents). */
export const LETTER = classOf(/[\p{L}\p{M}]/u);
