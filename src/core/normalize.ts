/** Text normalisation shared by the duplicate pass: exact-repeat keys, tokens and a light stemmer. */

const QUOTES = /[‘’‚‛′´`“”„‟″«»‹›]/g;
const DIACRITICS = /\p{M}+/gu;

/**
 * The key two texts share when they are the same after normalising case, whitespace, quotes and
 * dashes. Punctuation goes too, so "U.S.-sanctioned" and "U.S. sanctioned" meet.
 */
export function exactKey(text: string): string {
  // Quotes and dashes go with the rest of the punctuation. NFKC turns none of PLAIN's characters
  // into a letter or digit (a unit test checks every character), so on PLAIN text it cannot change
  // the key: an English story's curly quotes and dashes no longer cost it a normalisation (issue #8).
  const plain = PLAIN.test(text);
  return (plain ? text : text.normalize('NFKC'))
    .toLowerCase()
    .replace(plain ? ASCII_NOT_WORD : NOT_WORD, ' ')
    .trim();
}

/** Printable ASCII and whitespace, which NFKC and accent folding leave as they are. */
const ASCII = /^[ -~\s]*$/;
/**
 * On text that passes PLAIN, a letter or digit is one of these: the same match as the Unicode
 * classes, without them (they cost most of a cold run, and a third more when warm; issue #8).
 */
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const ASCII_NOT_WORD = /[^a-z0-9]+/g;

/** NFKC, skipped for plain ASCII (most of the text), where it changes nothing. */
function nfkc(text: string): string {
  return ASCII.test(text) ? text : text.normalize('NFKC');
}

export function stripDiacritics(word: string): string {
  return ASCII.test(word) ? word : word.normalize('NFD').replace(DIACRITICS, '');
}

export interface Token {
  /** As written, quotes folded: "U.S.", "Maduro’s" becomes "Maduro's". */
  raw: string;
  /** Lower-case, possessive dropped, diacritics kept. */
  lower: string;
  /** Starts with a capital (or is an all-capitals acronym). */
  capital: boolean;
  /** First word of the sentence, or first after an opening quote or a colon. */
  lead: boolean;
  numeric: boolean;
}

/** "U.S." | "1,000.5" | "country's" | "Venezuela" — hyphens split compounds. */
const TOKEN = /\p{Lu}(?:\.\p{Lu})+\.?|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
/**
 * ASCII plus the typographer's punctuation (dashes, ellipsis, bullets, guillemets), none of which
 * is a letter or digit: on such text ASCII_TOKEN finds exactly what TOKEN finds. An em dash is
 * in most English stories, and would otherwise compile TOKEN's Unicode classes (3 ms cold).
 */
const PLAIN = /^[ -~\s\u00ab\u00bb\u2000-\u206f]*$/;
/** TOKEN for text that passes PLAIN (see ASCII_NOT_WORD). */
const ASCII_TOKEN = /[A-Z](?:\.[A-Z])+\.?|[0-9]+(?:[.,][0-9]+)*|[A-Za-z0-9]+(?:'[A-Za-z]+)*/g;
/** Characters after which a capital is a sentence-like start: quotes, a colon, a dash. */
const OPENERS = new Set(['"', "'", '«', '(', ':', '¿', '¡', '—', '–', '-']);

/** Whether the token at `index` follows an opener, skipping spaces. */
function afterOpener(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return i >= 0 && OPENERS.has(text[i] ?? '');
}

export function tokenize(sentence: string): Token[] {
  const text = nfkc(sentence).replace(QUOTES, "'");
  const out: Token[] = [];
  // Strings, not match objects: those were a tenth of what a run allocates (issue #8). The regex
  // finds the leftmost match each time, so each token is the first copy of itself after the last.
  let at = 0;
  // Most English sentences are plain once their curly quotes are folded.
  for (const raw of text.match(PLAIN.test(text) ? ASCII_TOKEN : TOKEN) ?? []) {
    const index = text.indexOf(raw, at);
    at = index + raw.length;
    let lower = raw.toLowerCase();
    if (lower.endsWith("'s")) lower = lower.slice(0, -2);
    else if (lower.endsWith('.')) lower = lower.slice(0, -1);
    const first = raw[0] ?? '';
    out.push({
      raw,
      lower,
      capital: first !== lower[0] && first === first.toUpperCase(),
      lead: out.length === 0 || afterOpener(text, index),
      numeric: first >= '0' && first <= '9',
    });
  }
  return out;
}

/** Endings stripped by the stemmer, longest first: English and Romance inflections. */
const SUFFIXES = [
  'aciones', 'ations', 'ciones', 'amente', 'mente', 'ation', 'acion', 'ments', 'ieron', 'iendo', 'ingly',
  'ment', 'aron', 'ando', 'ados', 'adas', 'idos', 'idas', 'edly', 'ness', 'ing', 'ado', 'ada', 'ido', 'ida',
  'ies', 'ed', 'es', 'ly', 's',
];
/** Stems are cut to this many letters: crude, but it joins "sanctions"/"sanctioned", "Venezuela"/"Venezuelan". */
const STEM_LENGTH = 6;
/** Shortest stem the suffix stripper may leave, in letters. */
const MIN_STEM = 3;

export function stem(word: string): string {
  let w = stripDiacritics(word.toLowerCase());
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.length > MIN_STEM + 1 && /[aeo]$/.test(w)) w = w.slice(0, -1);
  return w.slice(0, STEM_LENGTH);
}
