/**
 * What the duplicate pass knows about single words and tokens: stop word, stem (or synonym
 * group), direction, negation, spelled-out number, name-likeness.
 */
import { stem, stripDiacritics, tokenize, type Token } from './normalize';
import { buildTables, NAME_ALIASES } from './similarity-data';
import { STOPWORDS } from './stopwords';

export const TABLES = buildTables(stem);

export interface WordInfo {
  stop: boolean;
  /** Stem, or its synonym group's stem. */
  canon: string;
  direction: string | undefined;
  relation: string | undefined;
  negation: boolean;
  numberWord: string | undefined;
  date: boolean;
}

/** Words seen so far: a page repeats its words, and this is the hot path on long pages. */
const wordCache = new Map<string, WordInfo>();
/** Entries before the cache starts over, so a long-lived content script stays small. */
const WORD_CACHE_SIZE = 20000;

export function info(lower: string): WordInfo {
  let w = wordCache.get(lower);
  if (w === undefined) {
    const s = stem(lower);
    w = {
      stop: STOPWORDS.has(lower) || STOPWORDS.has(stripDiacritics(lower)),
      canon: TABLES.synonyms.get(s) ?? s,
      direction: TABLES.directions.get(lower),
      relation: TABLES.anchored.get(lower),
      negation: TABLES.negations.has(lower) || lower.endsWith("n't"),
      numberWord: TABLES.numberWords[lower],
      date: TABLES.dateWords.has(lower),
    };
    if (wordCache.size >= WORD_CACHE_SIZE) wordCache.clear();
    wordCache.set(lower, w);
  }
  return w;
}

/** A capitalised word that is not a function word, an acronym ("US", "AP"), or a Spanish date word. */
export function isNameLike(t: Token): boolean {
  return !t.numeric && nameLike(t, info(t.lower));
}

/** isNameLike for a word token whose `info` the caller has already looked up. */
export function nameLike(t: Token, w: WordInfo): boolean {
  if (!t.capital) return w.date;
  return !w.stop || (t.raw.length >= 2 && t.raw === t.raw.toUpperCase());
}

/** "1,000" and "1.000" are 1000; "0,25" is 0.25; "two" and "dos" are 2. */
export function numberValue(t: Token): string | undefined {
  if (t.numeric) {
    const digits = /^\d{1,3}(?:[.,]\d{3})+$/.test(t.raw) ? t.raw.replace(/[.,]/g, '') : t.raw.replace(',', '.');
    return String(Number(digits));
  }
  return info(t.lower).numberWord;
}

/** A name token folded for matching: diacritics off, "Nov" read as "november". */
export function nameToken(lower: string): string {
  return stripDiacritics(TABLES.monthAbbreviations[lower] ?? lower);
}

/** Cheap test that any alias may be present; most sentences skip the replacements. */
const ALIAS_HINT = /U\.|United|USA|EE|Estados|Reino|Great Britain|European|Unión|E\.U/;

function applyAliases(text: string): string {
  if (!ALIAS_HINT.test(text)) return text;
  return NAME_ALIASES.reduce((acc, [re, name]) => acc.replace(re, name), text);
}

/** A sentence's tokens, with names written several ways ("U.S.", "United States") made one. */
export function sentenceTokens(sentence: string): Token[] {
  const tokens = tokenize(applyAliases(sentence));
  // In a sentence set in capitals ("READ MORE ON FOX BUSINESS") capitals say nothing about names.
  // An ASCII small letter answers first: the Unicode class costs milliseconds to compile cold.
  if (!/[a-z]/.test(sentence) && !/\p{Ll}/u.test(sentence)) for (const t of tokens) t.capital = false;
  return tokens;
}

/** Words capitalised somewhere other than a sentence start: the page's names. */
export function collectNames(sentences: readonly (readonly Token[])[]): Set<string> {
  const names = new Set<string>();
  for (const tokens of sentences) for (const t of tokens) if (!t.lead && isNameLike(t)) names.add(t.lower);
  return names;
}
