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
 * Whether `cp` joins a run of `own`'s case: it is of that case, or sits between two such letters
 * where the cases alternate (Ā ā Ă ă…). Merging those runs shrinks UPPER and LOWER from ~6,400 to
 * ~900 characters of pattern, and every attribution pattern embeds them several times: the
 * patterns' cold compile drops about sevenfold. The cost: in Latin Extended, Greek Extended and
 * Cyrillic Extended a letter of the other case may open or continue a name ("œuvre"), which the
 * name clean-up and the six languages Sift reads make harmless.
 */
function joins(own: RegExp, other: RegExp, cp: number): boolean {
  const is = (re: RegExp, at: number): boolean => re.test(String.fromCodePoint(at));
  return is(own, cp) || (is(other, cp) && is(own, cp - 1) && is(own, cp + 1));
}

/** The matching code points as ranges: a class of ranges compiles faster than one of single points. */
function classOf(member: (cp: number) => boolean): string {
  let out = '';
  for (const [first = 0, last = 0] of CASED) {
    for (let cp = first; cp <= last; cp++) {
      if (!member(cp)) continue;
      const start = cp;
      while (cp < last && member(cp + 1)) cp++;
      out += `\\u{${start.toString(16)}}-\\u{${cp.toString(16)}}`;
    }
  }
  return out;
}

const CASE_UPPER = /\p{Lu}/u;
const CASE_LOWER = /\p{Ll}/u;
const ANY_LETTER = /[\p{L}\p{M}]/u;

/** Capitals, and the small letters between capitals in the blocks where cases alternate. */
export const UPPER = classOf((cp) => joins(CASE_UPPER, CASE_LOWER, cp));
/** Small letters, and the capitals between small letters in the blocks where cases alternate. */
export const LOWER = classOf((cp) => joins(CASE_LOWER, CASE_UPPER, cp));
/** Letters and the combining marks that may follow them (decomposed accents). */
export const LETTER = classOf((cp) => ANY_LETTER.test(String.fromCodePoint(cp)));
