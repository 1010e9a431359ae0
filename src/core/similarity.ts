/**
 * Whether two sentences state the same facts (issue #4). Names, numbers, dates, directions and
 * negation are hard constraints: any conflict keeps both sentences. Only then does content-word
 * overlap (light stems plus a small synonym table) decide.
 */
import { exactKey, type Token } from './normalize';
import { info, isNameLike, nameLike, nameToken, numberValue } from './words';

export { collectNames, sentenceTokens } from './words';

/** Shortest sentence, in words, whose exact repeat is removed: "He declined to comment." may recur. */
export const MIN_EXACT_WORDS = 10;
/** Most of a sentence's tokens that may be numbers before its repeat counts as structure (a recipe line). */
const MAX_NUMERIC_SHARE = 0.25;
/** Fewest content words each sentence needs before a reworded match is trusted. */
const MIN_CONTENT = 8;
/** Dice coefficient over content words that a reworded repeat must reach. */
const MIN_DICE = 0.7;
/** Shared content words, names aside: two sentences sharing only names (photo credits) are not one. */
const MIN_SHARED_WORDS = 3;
/** Share of the shorter sentence's content words the longer one must contain. */
const MIN_OVERLAP = 0.7;
/** Most of the later sentence's content words that may be new: more means it adds facts. */
const MAX_NEW_SHARE = 0.3;
/** Names one sentence may add that the other lacks (an attribution such as "Reuters reported"). */
const MAX_EXTRA_NAMES = 1;
/** Shortest common prefix, in letters, for "Venezuela"/"Venezuelan" to count as one name. */
const NAME_PREFIX = 5;

/** The facts a sentence states; worked out only for sentences that meet a candidate. */
interface Facts {
  /** Runs of capitalised words ("Attorney General Pam Bondi"), each a list of folded tokens. */
  names: string[][];
  /** A capitalised sentence-initial word we cannot tell from a common word ("Exports", "Putin"). */
  leads: string[];
  numbers: Set<string>;
  directions: Set<string>;
  /** "<relation side>|<anchor stem>", e.g. "0:0|break" for "before the break". */
  anchored: Set<string>;
  negated: boolean;
}

export interface SentenceFeatures {
  key: string;
  words: number;
  /** Canonical stems of content words, names included. */
  content: Set<string>;
  /** The stems in `content` that come from names. */
  nameStems: Set<string>;
  /** Ends with a question mark: interview templates repeat their questions. */
  question: boolean;
  /** Share of tokens that are numbers: lists of quantities repeat by design. */
  numericShare: number;
  /**
   * Reads like a sentence: ends with a full stop or "!" (a closing quote may follow) and does not
   * start in lower case. Labels, list lines and lines cut by `<br>` do not.
   */
  prose: boolean;
  tokens: readonly Token[];
  pageNames: ReadonlySet<string>;
  facts?: Facts;
}

export function sentenceFeatures(sentence: string, tokens: readonly Token[], pageNames: ReadonlySet<string>): SentenceFeatures {
  const content = new Set<string>();
  const nameStems = new Set<string>();
  let numeric = 0;
  for (const t of tokens) {
    if (t.numeric) {
      numeric++;
      continue;
    }
    const w = info(t.lower);
    if (w.numberWord !== undefined) continue;
    // One look-up per token: this loop runs over every word of the page (issue #8).
    const name = nameLike(t, w);
    if (name) nameStems.add(w.canon);
    if (!w.stop || name) content.add(w.canon);
  }
  const end = sentence.trimEnd();
  return {
    key: exactKey(sentence),
    words: tokens.length,
    content,
    nameStems,
    question: /[?？][\s"'”’»)]*$/u.test(end),
    numericShare: tokens.length ? numeric / tokens.length : 0,
    prose: /[.!…。][\s"'”’»)]*$/u.test(end) && !/^[\s"'“‘«(—–-]*\p{Ll}/u.test(sentence),
    tokens,
    pageNames,
  };
}

/**
 * Whether an exact repeat of this text may go. Prose only: short lines, questions (interview
 * templates) and quantity lists repeat by design.
 */
export function isRemovableExact(f: Pick<SentenceFeatures, 'words' | 'question' | 'numericShare' | 'prose'>): boolean {
  return f.words >= MIN_EXACT_WORDS && f.prose && !f.question && f.numericShare <= MAX_NUMERIC_SHARE;
}

function nameRuns(tokens: readonly Token[], pageNames: ReadonlySet<string>, leads: string[]): string[][] {
  const runs: string[][] = [];
  let run: Token[] = [];
  const flush = (): void => {
    const first = run[0];
    if (first && run.length === 1 && first.lead && !pageNames.has(first.lower)) leads.push(info(first.lower).canon);
    else if (first) runs.push(run.map((t) => nameToken(t.lower)));
    run = [];
  };
  for (const t of tokens) {
    if (isNameLike(t) && (run.length === 0 || !t.lead)) run.push(t);
    else {
      flush();
      if (isNameLike(t)) run.push(t);
    }
  }
  flush();
  return runs;
}

function anchorAfter(tokens: readonly Token[], i: number): string {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (t && !info(t.lower).stop) return info(t.lower).canon;
  }
  return '';
}

function factsOf(f: SentenceFeatures): Facts {
  if (f.facts) return f.facts;
  const leads: string[] = [];
  const facts: Facts = {
    names: nameRuns(f.tokens, f.pageNames, leads),
    leads,
    numbers: new Set(),
    directions: new Set(),
    anchored: new Set(),
    negated: false,
  };
  f.tokens.forEach((t, i) => {
    const num = numberValue(t);
    if (num !== undefined) return void facts.numbers.add(num);
    const w = info(t.lower);
    if (w.direction) facts.directions.add(w.direction);
    if (w.negation) facts.negated = true;
    if (w.relation) facts.anchored.add(`${w.relation}|${anchorAfter(f.tokens, i)}`);
  });
  f.facts = facts;
  return facts;
}

function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p >= NAME_PREFIX && Math.min(a.length, b.length) - p <= 1;
}

/** A run is found in the other sentence when its last word (the surname, the head) is there. */
function runFound(run: readonly string[], others: readonly string[][]): boolean {
  const head = run[run.length - 1] ?? '';
  return others.some((o) => o.some((w) => sameName(w, head)) || run.some((w) => sameName(w, o[o.length - 1] ?? '')));
}

function namesConflict(a: Facts, b: Facts, aContent: ReadonlySet<string>, bContent: ReadonlySet<string>): boolean {
  const missingA = a.names.filter((r) => !runFound(r, b.names)).length;
  const missingB = b.names.filter((r) => !runFound(r, a.names)).length;
  if ((missingA > 0 && missingB > 0) || missingA + missingB > MAX_EXTRA_NAMES) return true;
  // "Putin said …" against "Maduro said …": two unknown capitalised openers, neither in the other.
  return a.leads.some((l) => !bContent.has(l)) && b.leads.some((l) => !aContent.has(l));
}

function opposed(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const d of a) {
    const flip = d.replace(/:(\d)/, (_, s: string) => `:${s === '0' ? 1 : 0}`);
    if (!a.has(flip) && b.has(flip) && !b.has(d)) return true;
  }
  return false;
}

/** A reworded repeat must restate at least one fact: a shared name or a number. */
function sharesFact(a: SentenceFeatures, b: SentenceFeatures): boolean {
  const fa = factsOf(a);
  return fa.numbers.size > 0 || fa.names.some((r) => runFound(r, factsOf(b).names));
}

function factsConflict(a: SentenceFeatures, b: SentenceFeatures): boolean {
  const fa = factsOf(a);
  const fb = factsOf(b);
  if (fa.numbers.size !== fb.numbers.size || [...fa.numbers].some((n) => !fb.numbers.has(n))) return true;
  if (fa.negated !== fb.negated || opposed(fa.directions, fb.directions)) return true;
  return opposed(fa.anchored, fb.anchored) || namesConflict(fa, fb, a.content, b.content);
}

/**
 * How far `later` repeats `earlier`: 1 for an exact repeat, the content-word Dice coefficient for
 * a reworded one (at most 0.99), 0 when it is not a repeat.
 */
export function repeatScore(earlier: SentenceFeatures, later: SentenceFeatures): number {
  if (earlier.key === later.key) return isRemovableExact(later) ? 1 : 0;
  const small = Math.min(earlier.content.size, later.content.size);
  if (small < MIN_CONTENT || !earlier.prose || !later.prose) return 0;
  let shared = 0;
  let sharedWords = 0;
  for (const w of later.content) {
    if (!earlier.content.has(w)) continue;
    shared++;
    if (!later.nameStems.has(w) && !earlier.nameStems.has(w)) sharedWords++;
  }
  const dice = (2 * shared) / (earlier.content.size + later.content.size);
  const fresh = (later.content.size - shared) / later.content.size;
  if (dice < MIN_DICE || shared / small < MIN_OVERLAP || fresh > MAX_NEW_SHARE || sharedWords < MIN_SHARED_WORDS) return 0;
  if (factsConflict(earlier, later) || !sharesFact(earlier, later)) return 0;
  return Math.min(0.99, Math.round(dice * 100) / 100);
}
