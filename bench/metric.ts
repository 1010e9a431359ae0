/**
 * The scrapinghub article-extraction-benchmark metric, as issue #3 states it: `\w+` tokens
 * (Unicode, case kept), 4-token shingles counted as multisets, per-page TP/FP/FN normalised by
 * their sum, precision and recall averaged over pages, F1 from the two averages.
 */

/** Shingle length in tokens, as in the published benchmark. */
export const SHINGLE_TOKENS = 4;

/** Python's `re.UNICODE` `\w`: letters, digits and underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Shingles of `n` tokens, counted. A text shorter than `n` tokens is one shingle of all of them
 * (the reference implementation's `range(max(1, len - n + 1))`); an empty text has none.
 */
export function shingles(tokens: readonly string[], n = SHINGLE_TOKENS): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last && tokens.length > 0; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's shingle matches, normalised so that TP + FP + FN = 1 (or all 0 for two empty texts). */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function pageCounts(truth: string, predicted: string): PageCounts {
  const t = shingles(tokenize(truth));
  const p = shingles(tokenize(predicted));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: PageCounts): number | null {
  if (tp + fp <= 0) return null;
  return fp === 0 && fn === 0 ? 1 : tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageCounts): number | null {
  if (tp + fn <= 0) return null;
  return fp === 0 && fn === 0 ? 1 : tp / (tp + fn);
}

/** The token lists are identical: the benchmark's "accuracy". */
export function exactMatch(truth: string, predicted: string): boolean {
  const a = tokenize(truth);
  const b = tokenize(predicted);
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

export interface Summary {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: number;
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

export function summarize(pages: readonly { counts: PageCounts; exact: boolean }[]): Summary {
  const precisions = pages.map((p) => pagePrecision(p.counts)).filter((v): v is number => v !== null);
  const recalls = pages.map((p) => pageRecall(p.counts)).filter((v): v is number => v !== null);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))), pages: pages.length };
}

/** Per-page F1 from normalised counts, for ranking pages (not part of the published metric). */
export function pageF1(counts: PageCounts): number {
  const p = pagePrecision(counts) ?? 0;
  const r = pageRecall(counts) ?? 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** Share of `expected`'s words (as a multiset) found in `actual`: 1 when nothing is missing. */
export function wordRecall(expected: string, actual: string): { recall: number; missing: string[] } {
  const have = new Map<string, number>();
  for (const w of tokenize(actual)) have.set(w, (have.get(w) ?? 0) + 1);
  const want = tokenize(expected);
  const missing: string[] = [];
  for (const w of want) {
    const n = have.get(w) ?? 0;
    if (n > 0) have.set(w, n - 1);
    else missing.push(w);
  }
  return { recall: want.length ? 1 - missing.length / want.length : 1, missing };
}
