import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { loadBytes } from '../src/cli/load';
import { removeDuplicates } from '../src/core/duplicates';
import { removeClutter } from '../src/core/clutter';
import { runReadability } from '../src/core/readability';
import type { DuplicateRemoval } from '../src/core/types';
import { pageFilter, type BenchContext } from './context';
import { readabilityCases, scrapinghubPages } from './corpus';
import { SYNTHETIC_SENTENCES, syntheticParagraphs } from './duplicates-synthetic';

/**
 * The duplicate pass (issue #4): its time on a 5,000-sentence page, and every removal it makes on
 * the real corpora, written to bench-results/duplicates-report.{json,md} for reading by hand.
 */

/** Timed runs of the synthetic page; the median is reported. */
const RUNS = 7;
/** Budget for the synthetic page, in milliseconds (issue #4). */
const BUDGET_MS = 150;
const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

interface PageRemovals {
  corpus: 'scrapinghub' | 'readability';
  id: string;
  url: string;
  removals: DuplicateRemoval[];
}

/** Median wall time and median CPU time (this process, all threads) of the pass, in milliseconds. */
function timeSynthetic(): { median: number; cpuMedian: number; removed: number } {
  const dom = new JSDOM('<!doctype html><html lang="en"><body><article></article></body></html>');
  const doc = dom.window.document;
  const article = doc.querySelector('article') as HTMLElement;
  for (const text of syntheticParagraphs()) {
    const p = doc.createElement('p');
    p.textContent = text;
    article.append(p);
  }
  const times: number[] = [];
  const cpu: number[] = [];
  let removed = 0;
  for (let i = 0; i < RUNS; i++) {
    const root = article.cloneNode(true) as HTMLElement;
    doc.body.append(root);
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    removed = removeDuplicates(root, { title: 'Synthetic page' }).length;
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    root.remove();
  }
  dom.window.close();
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return { median: median(times), cpuMedian: median(cpu), removed };
}

/**
 * Steps 1-5 of `extractArticle` (clone, Readability, clutter, duplicates), so a fault in a later
 * step of the pipeline cannot hide this pass's removals.
 */
function removalsOf(bytes: Uint8Array, url: string): DuplicateRemoval[] {
  const page = loadBytes(bytes, url);
  try {
    const article = runReadability(page.document.cloneNode(true) as Document, () => page.document.cloneNode(true) as Document);
    if (!article) return [];
    removeClutter(article.root, { title: article.title, url });
    return removeDuplicates(article.root, { title: article.title });
  } finally {
    page.window.close();
  }
}

async function corpusRemovals(ctx: BenchContext): Promise<{ pages: number; hits: PageRemovals[] }> {
  const only = pageFilter(ctx.args);
  const hits: PageRemovals[] = [];
  let pages = 0;
  for await (const p of scrapinghubPages(ctx.corpusRoot, only)) {
    pages++;
    const removals = removalsOf(p.bytes, p.url);
    if (removals.length) hits.push({ corpus: 'scrapinghub', id: p.id, url: p.url, removals });
  }
  for await (const c of readabilityCases(ctx.corpusRoot, only)) {
    pages++;
    const removals = removalsOf(c.source, READABILITY_TEST_URL);
    if (removals.length) hits.push({ corpus: 'readability', id: c.id, url: READABILITY_TEST_URL, removals });
  }
  return { pages, hits };
}

function markdown(pages: number, hits: readonly PageRemovals[]): string {
  const total = hits.reduce((n, h) => n + h.removals.length, 0);
  const lines = [`# Duplicate removals on the corpora`, '', `${total} removals on ${hits.length} of ${pages} pages.`, ''];
  for (const h of hits) {
    lines.push(`## ${h.corpus}/${h.id.slice(0, 16)} (${h.url})`, '');
    for (const r of h.removals) {
      lines.push(`- **${r.similarity}** removed: ${r.text}`, `  - kept: ${r.duplicateOf}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export default async function run(ctx: BenchContext): Promise<void> {
  const synthetic = timeSynthetic();
  const verdict = synthetic.median < BUDGET_MS ? 'within' : 'OVER';
  process.stdout.write(
    `synthetic page: ${SYNTHETIC_SENTENCES} sentences, removeDuplicates median ${synthetic.median.toFixed(1)} ms ` +
      `over ${RUNS} runs (${verdict} the ${BUDGET_MS} ms budget; CPU ${synthetic.cpuMedian.toFixed(1)} ms), ` +
      `${synthetic.removed} removed\n`,
  );
  const { pages, hits } = await corpusRemovals(ctx);
  const total = hits.reduce((n, h) => n + h.removals.length, 0);
  const json = join(ctx.outDir, 'duplicates-report.json');
  await writeFile(json, JSON.stringify({ synthetic, pages, total, hits }, null, 1));
  await writeFile(join(ctx.outDir, 'duplicates-report.md'), markdown(pages, hits));
  process.stdout.write(`corpora: ${total} removals on ${hits.length} of ${pages} pages; report: ${json} (+ .md)\n`);
}
