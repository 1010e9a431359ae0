import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBytes, type LoadedPage } from '../src/cli/load';
import { articleParagraphs } from '../src/core/text';
import { pageFilter, type BenchContext } from './context';
import { readabilityCases, scrapinghubPages } from './corpus';
import { runPlainReadability, runSift } from './extractors';
import { exactMatch, pageCounts, pageF1, summarize, wordRecall, type PageCounts, type Summary } from './metric';
import { printReadabilityCases, printScrapinghub, type CaseScore, type PageScore } from './extraction-report';

/**
 * Issue #3's extraction benchmark. Part 1: Sift vs plain Readability on the scrapinghub corpus
 * (F1/precision/recall/accuracy and time). Part 2: how much of Readability's own expected output
 * on its 130 test pages Sift keeps. Options: `--pages id1,id2` (ids or id prefixes), `--texts`
 * to write every page's texts to bench-results/extraction-texts/ for reading.
 */

/** The URL Readability's own test suite gives its pages. */
const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

function score(truth: string, text: string): { counts: PageCounts; exact: boolean; f1: number } {
  const counts = pageCounts(truth, text);
  return { counts, exact: exactMatch(truth, text), f1: pageF1(counts) };
}

/** A `--pages` run writes its own report, so it never overwrites the full run's per-page scores. */
function reportName(base: string, only: Set<string> | undefined): string {
  return only ? `${base}.subset.json` : `${base}.json`;
}

/** The parsed page, or null (scored as empty output for both extractors) if parsing throws. */
function tryLoad(bytes: Uint8Array, url: string, id: string): LoadedPage | null {
  try {
    return loadBytes(bytes, url);
  } catch (err) {
    process.stderr.write(`  ${id}: the page could not be parsed (${String(err)})\n`);
    return null;
  }
}

async function scrapinghub(ctx: BenchContext, only: Set<string> | undefined, texts: string | null): Promise<void> {
  const pages: PageScore[] = [];
  for await (const page of scrapinghubPages(ctx.corpusRoot, only)) {
    const loaded = tryLoad(page.bytes, page.url, page.id);
    const sift = loaded ? runSift(loaded, page.url) : { text: '', ms: 0, error: 'parse' };
    const readability = loaded ? runPlainReadability(loaded) : { text: '', textContent: '', ms: 0, error: 'parse' };
    loaded?.window.close();
    pages.push({
      id: page.id,
      url: page.url,
      sift: { ...score(page.truth, sift.text), ms: sift.ms, error: sift.error },
      readability: { ...score(page.truth, readability.text), ms: readability.ms, error: readability.error },
      readabilityTextContent: score(page.truth, readability.textContent),
    });
    if (texts) {
      await writeFile(join(texts, `${page.id}.sift.txt`), sift.text);
      await writeFile(join(texts, `${page.id}.readability.txt`), readability.text);
      await writeFile(join(texts, `${page.id}.truth.txt`), page.truth);
    }
  }
  const summaries: Record<string, Summary> = {
    sift: summarize(pages.map((p) => p.sift)),
    readability: summarize(pages.map((p) => p.readability)),
    readabilityTextContent: summarize(pages.map((p) => p.readabilityTextContent)),
  };
  const file = join(ctx.outDir, reportName('extraction-scrapinghub', only));
  await writeFile(file, JSON.stringify({ summaries, pages }, null, 1));
  printScrapinghub(summaries, pages);
  process.stdout.write(`per-page scores: ${file}\n`);
}

async function readabilityPages(ctx: BenchContext, only: Set<string> | undefined): Promise<void> {
  const cases: CaseScore[] = [];
  for await (const c of readabilityCases(ctx.corpusRoot, only)) {
    const expectedPage = loadBytes(c.expected, READABILITY_TEST_URL);
    const expected = articleParagraphs(expectedPage.document.body).join('\n\n');
    expectedPage.window.close();
    const page = loadBytes(c.source, READABILITY_TEST_URL);
    const sift = runSift(page, READABILITY_TEST_URL);
    const plain = runPlainReadability(page);
    page.window.close();
    const kept = wordRecall(expected, sift.text);
    cases.push({
      id: c.id,
      recall: kept.recall,
      readabilityRecall: wordRecall(expected, plain.text).recall,
      missing: kept.missing,
      error: sift.error,
    });
  }
  const file = join(ctx.outDir, reportName('extraction-readability-pages', only));
  await writeFile(file, JSON.stringify(cases, null, 1));
  printReadabilityCases(cases);
  process.stdout.write(`per-page scores: ${file}\n`);
}

export default async function run(ctx: BenchContext): Promise<void> {
  const only = pageFilter(ctx.args);
  let texts: string | null = null;
  if (ctx.args.includes('--texts')) {
    texts = join(ctx.outDir, 'extraction-texts');
    await mkdir(texts, { recursive: true });
  }
  if (!ctx.args.includes('--no-scrapinghub')) await scrapinghub(ctx, only, texts);
  if (!ctx.args.includes('--no-readability-pages')) await readabilityPages(ctx, only);
}
