/**
 * Sentence splitting that knows abbreviations and initials. Unicode's sentence rules (what
 * `Intl.Segmenter` follows) break after any "word. " followed by a capital: "Mr. | Smith",
 * "J. | R. | R. | Tolkien", "EE. | UU.". We find the same candidate breaks, then drop those that
 * follow a known abbreviation or an initial. The candidates come from a regular expression that
 * keeps the rules that matter here rather than from `Intl.Segmenter`, which was the largest single
 * cost of the duplicate pass on a 5,000-sentence page.
 */
import { STOPWORDS } from './stopwords';

export interface SentenceSpan {
  /** Offset of the first character in the source text (UTF-16 units). */
  start: number;
  /** Offset just past the sentence, trailing whitespace included. */
  end: number;
  text: string;
}

/**
 * Abbreviations that come before a name, so a capital after them never starts a sentence.
 * Lower-case, without the dot. Left out: those that come before a number ("No. 5", "Nr. 5",
 * "p. 80"), since Intl.Segmenter never breaks before a digit, and those that often end a sentence
 * ("etc.", "Inc.", "Jr.") or are common words ("on", "art").
 */
const TITLE_ABBREVIATIONS = new Set(
  [
    'mr mrs ms dr prof st mt gen gov sen rep lt col capt cpt sgt adm cmdr hon rev fr sr', // English
    'sra srta dra lic ing arq gral av', // Spanish
    'mme mmes mlle mgr pr', // French ("M." is an initial)
    'hr hrn frau vgl', // German
    'exmo exma', // Portuguese (sr, sra, dr, dra above)
    'sig sigg dott avv', // Italian
  ]
    .join(' ')
    .split(' '),
);

/** "J." or "EE." or "U.S." or "S.A.": one or more letters-and-dots groups of capitals. */
const INITIALISM = /(?:^|[\s(“"'‘])((?:\p{Lu}{1,2}\.)+)$/u;
/** A lone lower-case letter with a dot, as in "p. ej." or "z. B.". */
const LOWER_INITIAL = /(?:^|[\s(])\p{Ll}\.$/u;
/** Characters before a break that the abbreviation checks look at. */
const TAIL_CHARS = 32;
const LAST_WORD = /([\p{L}]+)\.$/u;
const FIRST_WORD = /^[\s“"'‘(]*([\p{L}]+)/u;

/**
 * Sentence ends: terminators, closing quotes or brackets, then spaces. Full-width and other
 * scripts' terminators (Chinese, Arabic, Devanagari, Armenian, Ethiopic) need no space after them.
 * An ellipsis is not a terminator, as in Unicode's rules: "“… Fares have increased".
 */
const TERMINATOR = /([.!?]+["'”’»)\]]*(?:\s+|$)|[。！？؟।॥։።]+["'”’»)\]」』]*\s*)/gu;
/** The first letter after a break; a lower-case one means the sentence goes on ("3 p.m. and"). */
const NEXT_LETTER = /\p{L}/u;

/** Unicode's rule SB8: after a full stop, a sentence goes on if the next letter is lower-case. */
function continuesAfterStop(text: string, mark: string, end: number): boolean {
  if (!mark.startsWith('.')) return false;
  const rest = text.slice(end, end + 40);
  const letter = NEXT_LETTER.exec(rest)?.[0];
  return letter !== undefined && letter !== letter.toUpperCase();
}

/** Candidate breaks of `text` (offsets just past each sentence), the way Unicode's rules place them. */
function candidateBreaks(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(TERMINATOR)) {
    const end = m.index + m[0].length;
    if (end >= text.length) break;
    if (!continuesAfterStop(text, m[0], end)) out.push(end);
  }
  out.push(text.length);
  return out;
}

/** Whether the break between `before` and `after` falls inside a sentence. */
function isFalseBreak(before: string, after: string): boolean {
  // The last few characters are enough, and keep the end-anchored patterns from scanning it all.
  const tail = before.slice(-TAIL_CHARS).trimEnd();
  if (!tail.endsWith('.')) return false;
  const next = FIRST_WORD.exec(after)?.[1];
  if (!next) return false;
  const word = LAST_WORD.exec(tail)?.[1]?.toLowerCase();
  if (word && TITLE_ABBREVIATIONS.has(word)) return true;
  if (LOWER_INITIAL.test(tail)) return true;
  // An initial or an initialism: "J. R. R. Tolkien", "U.S. Coast Guard". A function word after
  // it ("…by the U.S. The move…") means a new sentence did start.
  if (INITIALISM.test(tail)) return !STOPWORDS.has(next.toLowerCase());
  return false;
}

/**
 * Splits `text` into sentences; offsets index into `text` so callers can map them back to DOM
 * text. `_lang` is accepted for callers that know it: the abbreviation lists cover every
 * supported language at once, so the result does not depend on it.
 */
export function splitSentences(text: string, _lang?: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  for (const end of candidateBreaks(text)) {
    const segment = text.slice(start, end);
    const prev = out[out.length - 1];
    if (prev && isFalseBreak(prev.text, segment)) {
      prev.end = end;
      prev.text += segment;
    } else if (segment) {
      out.push({ start, end, text: segment });
    }
    start = end;
  }
  return out;
}
