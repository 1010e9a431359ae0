import type { PageCounts, Summary } from './metric';

/** Console tables for the extraction benchmark. */

export interface ExtractorScore {
  counts: PageCounts;
  exact: boolean;
  f1: number;
  ms?: number;
  error?: string | undefined;
}

export interface PageScore {
  id: string;
  url: string;
  sift: ExtractorScore;
  readability: ExtractorScore;
  readabilityTextContent: ExtractorScore;
}

export interface CaseScore {
  id: string;
  /** Share of the expected output's words Sift kept (multiset). */
  recall: number;
  /** The same for plain Readability run here, a check on the method (should be ~1). */
  readabilityRecall: number;
  missing: string[];
  error?: string | undefined;
}

/** Issue #3's targets: scrapinghub F1 and recall, and Readability test-page word recall. */
const TARGET_F1 = 0.97;
const TARGET_RECALL = 0.975;
const TARGET_KEPT = 0.98;
const TARGET_MAX_LOW_PAGES = 5;

const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');

/** How many pages each ranking lists. */
const WORST_PAGES = 15;
/** Pages with Sift's word recall under this share are listed by name. */
const LOW_RECALL = 0.9;
/** Missing words shown per low-recall page. */
const MISSING_SAMPLE = 30;

const f3 = (n: number): string => n.toFixed(3);
const out = (line = ''): void => void process.stdout.write(`${line}\n`);

function row(name: string, s: Summary, ms?: number): string {
  const time = ms === undefined ? '' : `${(ms / 1000).toFixed(1).padStart(8)} s`;
  return `${name.padEnd(28)} ${f3(s.f1)}  ${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.accuracy)}${time}`;
}

const totalMs = (pages: readonly PageScore[], pick: (p: PageScore) => ExtractorScore): number =>
  pages.reduce((sum, p) => sum + (pick(p).ms ?? 0), 0);

const short = (p: PageScore): string => `${p.id.slice(0, 12)} ${p.url}`;

export function printScrapinghub(summaries: Record<string, Summary>, pages: readonly PageScore[]): void {
  const siftMs = totalMs(pages, (p) => p.sift);
  const readMs = totalMs(pages, (p) => p.readability);
  const { sift, readability, readabilityTextContent } = summaries;
  if (!sift || !readability || !readabilityTextContent) return;
  out(`scrapinghub: ${pages.length} pages`);
  out(`${'extractor'.padEnd(28)} F1     P      R      acc        time`);
  out(row('Readability (paragraphs)', readability, readMs));
  out(row('Readability (textContent)', readabilityTextContent));
  out(row('Sift', sift, siftMs));
  out(`time ratio Sift/Readability: ${(siftMs / Math.max(readMs, 1e-9)).toFixed(2)}`);
  out(`target F1 >= ${TARGET_F1} with recall >= ${TARGET_RECALL}: ${verdict(sift.f1 >= TARGET_F1 && sift.recall >= TARGET_RECALL)}`);
  const errors = pages.filter((p) => p.sift.error || p.readability.error);
  for (const p of errors) out(`  error ${short(p)}: sift=${p.sift.error ?? '-'} readability=${p.readability.error ?? '-'}`);

  out(`\n${WORST_PAGES} worst pages by Sift F1 (F1 P R | Readability F1):`);
  for (const p of [...pages].sort((a, b) => a.sift.f1 - b.sift.f1).slice(0, WORST_PAGES)) {
    out(`  ${f3(p.sift.f1)} ${pr(p.sift)} | ${f3(p.readability.f1)}  ${short(p)}`);
  }
  const losses = pages
    .map((p) => ({ p, delta: p.sift.f1 - p.readability.f1 }))
    .filter((x) => x.delta < 0)
    .sort((a, b) => a.delta - b.delta);
  const gains = pages.filter((p) => p.sift.f1 > p.readability.f1).length;
  out(`\nSift better on ${gains} pages, worse on ${losses.length}. Largest losses (delta, Sift P R, Readability P R):`);
  for (const { p, delta } of losses.slice(0, WORST_PAGES)) {
    out(`  ${delta.toFixed(3)} ${pr(p.sift)} | ${pr(p.readability)}  ${short(p)}`);
  }
}

function pr(s: ExtractorScore): string {
  const { tp, fp, fn } = s.counts;
  const p = tp + fp > 0 ? tp / (tp + fp) : 0;
  const r = tp + fn > 0 ? tp / (tp + fn) : 0;
  return `${f3(p)} ${f3(r)}`;
}

export function printReadabilityCases(cases: readonly CaseScore[]): void {
  if (cases.length === 0) return;
  const mean = cases.reduce((s, c) => s + c.recall, 0) / cases.length;
  const plain = cases.reduce((s, c) => s + c.readabilityRecall, 0) / cases.length;
  const low = cases.filter((c) => c.recall < LOW_RECALL).sort((a, b) => a.recall - b.recall);
  out(`\nreadability-test-pages: ${cases.length} pages`);
  out(`Sift keeps ${(mean * 100).toFixed(2)}% of the expected words on average (plain Readability here: ${(plain * 100).toFixed(2)}%)`);
  out(`pages under ${LOW_RECALL * 100}%: ${low.length}`);
  out(`target >= ${TARGET_KEPT * 100}% kept, at most ${TARGET_MAX_LOW_PAGES} pages under ${LOW_RECALL * 100}%: ${verdict(mean >= TARGET_KEPT && low.length <= TARGET_MAX_LOW_PAGES)}`);
  for (const c of low) {
    const sample = c.missing.slice(0, MISSING_SAMPLE).join(' ');
    out(`  ${(c.recall * 100).toFixed(1)}% ${c.id}${c.error ? ` (error: ${c.error})` : ''}: missing ${c.missing.length} words: ${sample}`);
  }
}
