import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBytes } from '../src/cli/load';
import { extractArticle, isFailure } from '../src/core';
import { loadSourcePages, scorePage, type PageScore } from '../test/helpers/source-score';
import { pageFilter, type BenchContext } from './context';
import { readabilityCases } from './corpus';

/**
 * Issue #5's source benchmark. Part 1: recall and precision of the sources found on the pages
 * with expected sources (test/sources/*, and golden pages listing `sources_required`). Plain
 * Readability finds no sources, so its figures would be 0 recall; it is not run. Part 2: on
 * Readability's own test pages, which list no sources, how many Sift names per page and which,
 * written out for a reader to judge (a smell test for false positives, not a score).
 */

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a';
}

function printLabelled(scores: PageScore[]): void {
  const out = process.stdout;
  out.write('page                              expected  found  hits  correct  recall  precision\n');
  for (const s of scores) {
    out.write(
      `${s.slug.padEnd(34)}${String(s.expected).padStart(8)}${String(s.found.length).padStart(7)}${String(s.hits).padStart(6)}${String(s.correct).padStart(9)}${pct(s.hits, s.expected).padStart(8)}${pct(s.correct, s.found.length).padStart(11)}\n`,
    );
    if (s.missing.length) out.write(`    missing: ${s.missing.join('; ')}\n`);
    if (s.falsePositives.length) out.write(`    false positives: ${s.falsePositives.join('; ')}\n`);
    if (s.republishedOk === false) out.write('    republishedFrom: wrong\n');
  }
  const sum = (f: (s: PageScore) => number): number => scores.reduce((n, s) => n + f(s), 0);
  const expected = sum((s) => s.expected);
  const found = sum((s) => s.found.length);
  const hits = sum((s) => s.hits);
  const republished = scores.filter((s) => s.republishedOk !== null);
  out.write(
    `\nall ${scores.length} pages: ${expected} expected sources, ${found} found\n` +
      `  recall ${pct(hits, expected)}  precision ${pct(sum((s) => s.correct), found)}\n` +
      `  kind right on found expected sources ${pct(sum((s) => s.kindHits), hits)}\n` +
      `  expected roles present ${pct(sum((s) => s.roleHits), sum((s) => s.roleTotal))}\n` +
      `  republishedFrom right on ${republished.filter((s) => s.republishedOk).length}/${republished.length} pages\n` +
      `  pages with no sources that stayed empty: ${scores.filter((s) => s.expected === 0 && s.found.length === 0).length}/${scores.filter((s) => s.expected === 0).length}\n`,
  );
}

async function corpusSmell(ctx: BenchContext, only: Set<string> | undefined): Promise<void> {
  const rows: { id: string; sources: string[] }[] = [];
  try {
    for await (const c of readabilityCases(ctx.corpusRoot, only)) {
      const page = loadBytes(c.source, 'http://fakehost/test/page.html');
      const outcome = extractArticle(page.document, { url: 'http://fakehost/test/page.html', window: page.window });
      page.window.close();
      rows.push({ id: c.id, sources: isFailure(outcome) ? [] : outcome.sources.map((s) => `${s.name} (${s.kind}: ${s.roles.join(',')})`) });
    }
  } catch (err) {
    process.stdout.write(`\nreadability-test-pages not read (${String(err)})\n`);
    return;
  }
  const total = rows.reduce((n, r) => n + r.sources.length, 0);
  const file = join(ctx.outDir, 'sources-readability-pages.json');
  await writeFile(file, JSON.stringify(rows, null, 1));
  process.stdout.write(
    `\nreadability-test-pages (no labels): ${rows.length} pages, ${total} sources, ${(total / Math.max(1, rows.length)).toFixed(1)} per page; ` +
      `${rows.filter((r) => r.sources.length === 0).length} pages with none. Names to read: ${file}\n`,
  );
}

export default async function run(ctx: BenchContext): Promise<void> {
  const only = pageFilter(ctx.args);
  const pages = loadSourcePages().filter((p) => !only || only.has(p.slug));
  const scores = pages.map(scorePage);
  printLabelled(scores);
  await writeFile(
    join(ctx.outDir, 'sources.json'),
    JSON.stringify(scores.map((s) => ({ ...s, found: s.found.map((f) => ({ name: f.name, kind: f.kind, roles: f.roles })) })), null, 1),
  );
  await corpusSmell(ctx, only);
}
