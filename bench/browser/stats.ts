/** Order statistics for timings. Percentiles use the nearest-rank method (a value that occurred). */

export interface Spread {
  n: number;
  median: number;
  p95: number;
  worst: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function spread(values: readonly number[]): Spread {
  return { n: values.length, median: median(values), p95: percentile(values, 95), worst: values.length ? Math.max(...values) : Number.NaN };
}

/** Rounds milliseconds for reports: 0.01 ms is below what performance.now() resolves in a page. */
export function ms(value: number): number {
  return Math.round(value * 100) / 100;
}
