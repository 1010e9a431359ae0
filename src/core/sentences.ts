/**
 * Sentence splitting that knows abbreviations and initials. `Intl.Segmenter` follows Unicode's
 * rules, which break after any "word. " followed by a capital: "Mr. | Smith", "J. | R. | R. |
 * Tolkien", "EE. | UU.". We segment with it, then glue back the breaks that follow a known
 * abbreviation or an initial.
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
const LAST_WORD = /([\p{L}]+)\.$/u;
const FIRST_WORD = /^[\s“"'‘(]*([\p{L}]+)/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let seg = segmenters.get(lang);
  if (!seg) {
    seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, seg);
  }
  return seg;
}

/** Whether the break between `before` and `after` falls inside a sentence. */
function isFalseBreak(before: string, after: string): boolean {
  const tail = before.trimEnd();
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

/** Splits `text` into sentences; offsets index into `text` so callers can map them back to DOM text. */
export function splitSentences(text: string, lang = 'en'): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const { segment, index } of segmenter(lang).segment(text)) {
    const prev = out[out.length - 1];
    if (prev && isFalseBreak(prev.text, segment)) {
      prev.end = index + segment.length;
      prev.text += segment;
    } else {
      out.push({ start: index, end: index + segment.length, text: segment });
    }
  }
  return out;
}
