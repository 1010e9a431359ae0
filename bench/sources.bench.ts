import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBytes } from '../src/cli/load';
import { extractArticle, isFailure } from '../src/core';
import { loadSourcePages, scorePage, type PageScore } from '../test/helpers/source-score';
import { pageFilter, type BenchContext } from './context';
import { readabilityCases, scrapinghubPages } from './corpus';

/**
 * Issue #5's source benchmark. Part 1: recall and precision of the sources found on the pages
 * with expected sources (test/sources/*, and golden pages listing `sources_required`). Plain
 * Readability finds no sources, so its figures would be 0 recall; it is not run. Part 2: on
 * Readability's own test pages and the scrapinghub news pages, which list no sources, how many
 * Sift names per page and which, written out for a reader to judge (a smell test for false
 * positives, not a score).
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

interface CorpusPage {
  id: string;
  url: string;
  bytes: Uint8Array;
}

/** Readability's test pages, at the address their expected output was made with. */
async function* readabilityPages(root: string, only: Set<string> | undefined): AsyncGenerator<CorpusPage> {
  for await (const c of readabilityCases(root, only)) yield { id: c.id, url: 'http://fakehost/test/page.html', bytes: c.source };
}

/**
 * The sources Sift names on an unlabelled corpus, each with the sentence it was first named in,
 * written out for a reader to judge: a place, an employer or half a name shows at a glance.
 */
async function corpusSmell(ctx: BenchContext, name: string, pages: AsyncGenerator<CorpusPage>): Promise<void> {
  const rows: { id: string; sources: string[] }[] = [];
  try {
    for await (const c of pages) {
      const page = loadBytes(c.bytes, c.url);
      const outcome = extractArticle(page.document, { url: c.url, window: page.window });
      page.window.close();
      const sources = isFailure(outcome) ? [] : outcome.sources;
      rows.push({ id: c.id, sources: sources.map((s) => `${s.name} (${s.kind}: ${s.roles.join(',')}) | ${s.mentions[0]?.text ?? ''}`) });
    }
  } catch (err) {
    process.stdout.write(`\n${name} not read (${String(err)})\n`);
    return;
  }
  const total = rows.reduce((n, r) => n + r.sources.length, 0);
  const file = join(ctx.outDir, `sources-${name}.json`);
  await writeFile(file, JSON.stringify(rows, null, 1));
  process.stdout.write(
    `\n${name} (no labels): ${rows.length} pages, ${total} sources, ${(total / Math.max(1, rows.length)).toFixed(1)} per page; ` +
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
  await corpusSmell(ctx, 'readability-pages', readabilityPages(ctx.corpusRoot, only));
  await corpusSmell(ctx, 'scrapinghub', scrapinghubPages(ctx.corpusRoot, only));
}
