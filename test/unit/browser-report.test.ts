import { describe, expect, it } from 'vitest';
import type { PageResult } from '../../bench/browser/measure-page';
import { summarize } from '../../bench/browser/report';

/** A page timed warm at `readability` and `sift` milliseconds (the other figures do not matter here). */
function page(id: string, readability: number, sift: number): PageResult {
  const run = (t: number) => ({ cold: t, median: t, settled: t, best: t, outcome: 'article' });
  return { id, elements: 100, readability: run(readability), sift: run(sift), steps: null, stepsCold: null, reader: null, popup: null, failures: [] };
}

describe('bench:browser report, by page size', () => {
  it("splits the pages into quarters by Readability's time and gives Sift's extra time in each", () => {
    // Listed out of order: the quarters follow Readability's time, not the corpus order.
    const pages = [page('h', 80, 90), page('a', 2, 6), page('e', 20, 26), page('b', 4, 8), page('g', 40, 50), page('c', 10, 16), page('f', 30, 36), page('d', 12, 18)];
    const { bySize } = summarize(pages);
    expect(bySize.map((q) => q.ratio.n)).toEqual([2, 2, 2, 2]);
    expect(bySize.map((q) => q.readability.median)).toEqual([3, 11, 25, 60]);
    expect(bySize.map((q) => q.extra.median)).toEqual([4, 6, 6, 10]);
    expect(bySize[0]?.ratio.median).toBeCloseTo((6 / 2 + 8 / 4) / 2);
  });

  it('leaves out pages an extractor threw on, as the other figures do', () => {
    const thrown = page('x', 1, 100);
    thrown.sift = { ...thrown.sift!, outcome: 'threw: boom' };
    const { bySize } = summarize([thrown, page('a', 2, 6), page('b', 4, 8), page('c', 10, 16), page('d', 12, 18)]);
    expect(bySize.map((q) => q.sift.worst)).toEqual([6, 8, 16, 18]);
  });
});
