import { describe, expect, it } from 'vitest';
import { loadSourcePages, scorePage } from '../helpers/source-score';

/**
 * Every page with expected sources (test/sources, golden pages with `sources_required`) keeps a
 * floor of recall and precision. bench/sources.bench.ts prints the figures themselves.
 */

/** Share of expected sources each page must name. */
const MIN_RECALL = 0.85;
/** Share of named sources that must be expected or optional. */
const MIN_PRECISION = 0.9;

describe('sources on the labelled pages', () => {
  const pages = loadSourcePages();

  it('has pages in English and Spanish, pages with none, and at least 40 attributions', () => {
    expect(pages.filter((p) => p.expected.length === 0).length).toBeGreaterThanOrEqual(2);
    expect(pages.some((p) => p.slug.startsWith('es-'))).toBe(true);
    expect(pages.reduce((n, p) => n + p.expected.length, 0)).toBeGreaterThanOrEqual(40);
  });

  it.each(pages.map((p) => [p.slug, p] as const))('%s', (_slug, page) => {
    const score = scorePage(page);
    if (page.expected.length === 0) {
      expect(score.found.map((s) => s.name)).toEqual([]);
      return;
    }
    expect(score.hits / score.expected, `missing: ${score.missing.join('; ')}`).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(score.correct / Math.max(1, score.found.length), `false positives: ${score.falsePositives.join('; ')}`).toBeGreaterThanOrEqual(MIN_PRECISION);
    if (score.republishedOk !== null) expect(score.republishedOk).toBe(true);
  });
});
