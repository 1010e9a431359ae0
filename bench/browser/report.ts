import { SETTLE_RUNS, type Extractor, type PageResult } from './measure-page';
import { ms, spread, type Spread } from './stats';
import { STEP_NAMES, type StepTimes } from './steps';

/** Summarises the per-page results against the budgets of issue 8, prints them, and shapes the JSON. */

/** Sift's pipeline may take at most this many times plain Readability, at the median and p95. */
export const RATIO_BUDGET = 1.25;
/** Reader painted at most this long after extraction ends, in milliseconds. */
export const PAINT_BUDGET_MS = 100;
/** Popup text visible at most this long after opening, on the median page, in milliseconds. */
export const POPUP_BUDGET_MS = 300;
/** How many of the slowest pages the report lists. */
const SLOWEST = 10;

type Rounded = { [K in keyof Spread]: number };

function rounded(values: readonly number[]): Rounded {
  const s = spread(values);
  return { n: s.n, median: ms(s.median), p95: ms(s.p95), worst: ms(s.worst) };
}

function defined(values: readonly (number | null | undefined)[]): number[] {
  return values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

type Timed = PageResult & { readability: Extractor; sift: Extractor };

/** Groups the report splits the pages into by plain Readability's warm time, fastest first. */
const SIZE_GROUPS = 4;

/**
 * The warm comparison per quarter of the pages, ranked by plain Readability's time. It shows
 * whether Sift's extra time grows with the page or stays about the same on every page, which is
 * what decides the ratio on small pages (issue #8).
 */
function bySize(timed: readonly Timed[]) {
  const ranked = [...timed].sort((a, b) => a.readability.median - b.readability.median);
  return Array.from({ length: SIZE_GROUPS }, (_, g) => {
    const group = ranked.slice(Math.floor((g * ranked.length) / SIZE_GROUPS), Math.floor(((g + 1) * ranked.length) / SIZE_GROUPS));
    return {
      readability: rounded(group.map((p) => p.readability.median)),
      sift: rounded(group.map((p) => p.sift.median)),
      /** Sift's milliseconds beyond plain Readability's, page by page. */
      extra: rounded(group.map((p) => p.sift.median - p.readability.median)),
      ratio: rounded(group.map((p) => p.sift.median / p.readability.median)),
    };
  });
}

/**
 * Pages where either extractor threw are listed, not timed: a run cut short by an exception is not
 * comparable. Nor is a page where neither found an article (a saved page that empties itself
 * offline): the budgets are about reading articles.
 */
function isTimed(p: PageResult): p is Timed {
  if (!p.readability || !p.sift || p.readability.outcome.startsWith('threw') || p.sift.outcome.startsWith('threw')) return false;
  return p.readability.outcome === 'article' || p.sift.outcome === 'article';
}

function notArticles(pages: readonly PageResult[], who: 'readability' | 'sift'): { id: string; outcome: string }[] {
  return pages.flatMap((p) => {
    const run = p[who];
    return run && run.outcome !== 'article' ? [{ id: p.id, outcome: run.outcome }] : [];
  });
}

export function summarize(pages: readonly PageResult[]) {
  const timed = pages.filter(isTimed);
  const readability = rounded(timed.map((p) => p.readability.median));
  const sift = rounded(timed.map((p) => p.sift.median));
  const stepStats = (pick: (p: PageResult) => StepTimes | null) => {
    const totals = STEP_NAMES.map((step) => [step, defined(pages.map((p) => pick(p)?.[step])).reduce((a, b) => a + b, 0)] as const);
    const all = totals.reduce((a, [, t]) => a + t, 0);
    return {
      spread: Object.fromEntries(STEP_NAMES.map((step) => [step, rounded(defined(pages.map((p) => pick(p)?.[step])))])),
      /** Each step's share of all step time over the corpus, in percent. */
      share: Object.fromEntries(totals.map(([step, t]) => [step, Math.round((1000 * t) / all) / 10])),
    };
  };
  const reader = {
    shortcutToExtractStart: rounded(defined(pages.map((p) => p.reader?.shortcutToExtractStart))),
    shortcutToScriptEval: rounded(defined(pages.map((p) => p.reader?.shortcutToScriptEval))),
    scriptEvalToScriptStart: rounded(defined(pages.map((p) => p.reader?.scriptEvalToScriptStart))),
    scriptStartToExtractStart: rounded(defined(pages.map((p) => p.reader?.scriptStartToExtractStart))),
    extract: rounded(defined(pages.map((p) => p.reader?.extract))),
    extractEndToPainted: rounded(defined(pages.map((p) => p.reader?.extractEndToPainted))),
    shortcutToPainted: rounded(defined(pages.map((p) => p.reader?.shortcutToPainted))),
  };
  const popup = rounded(defined(pages.map((p) => p.popup)));
  const ratio = { median: ms(sift.median / readability.median), p95: ms(sift.p95 / readability.p95) };
  const readabilityCold = rounded(timed.map((p) => p.readability.cold));
  const siftCold = rounded(timed.map((p) => p.sift.cold));
  return {
    pages: pages.length,
    readability,
    sift,
    ratio,
    readabilityCold,
    siftCold,
    ratioCold: { median: ms(siftCold.median / readabilityCold.median), p95: ms(siftCold.p95 / readabilityCold.p95) },
    perPageRatio: rounded(timed.map((p) => p.sift.median / p.readability.median)),
    bySize: bySize(timed),
    readabilitySettled: rounded(timed.map((p) => p.readability.settled)),
    siftSettled: rounded(timed.map((p) => p.sift.settled)),
    /** The same comparison on each page's fastest runs, which other load on the machine disturbs least. */
    readabilityBest: rounded(timed.map((p) => p.readability.best)),
    siftBest: rounded(timed.map((p) => p.sift.best)),
    steps: stepStats((p) => p.steps),
    stepsCold: stepStats((p) => p.stepsCold),
    reader,
    popup,
    budgets: {
      ratioMedian: ratio.median <= RATIO_BUDGET,
      ratioP95: ratio.p95 <= RATIO_BUDGET,
      readerPaintedMedian: reader.extractEndToPainted.n > 0 ? reader.extractEndToPainted.median <= PAINT_BUDGET_MS : null,
      readerPaintedP95: reader.extractEndToPainted.n > 0 ? reader.extractEndToPainted.p95 <= PAINT_BUDGET_MS : null,
      popupMedian: popup.n > 0 ? popup.median <= POPUP_BUDGET_MS : null,
    },
    outcomes: {
      siftNoArticle: notArticles(pages, 'sift'),
      readabilityNoArticle: notArticles(pages, 'readability'),
    },
    failures: pages.flatMap((p) => p.failures.map((f) => ({ id: p.id, ...f }))),
    slowest: [...timed]
      .sort((a, b) => b.sift.median - a.sift.median)
      .slice(0, SLOWEST)
      .map((p) => ({
        id: p.id,
        elements: p.elements,
        readability: ms(p.readability.median),
        sift: ms(p.sift.median),
        siftCold: ms(p.sift.cold),
        steps: Object.fromEntries(Object.entries(p.steps ?? {}).map(([k, v]) => [k, ms(v)])),
        stepsCold: Object.fromEntries(Object.entries(p.stepsCold ?? {}).map(([k, v]) => [k, ms(v)])),
      })),
  };
}

export type Summary = ReturnType<typeof summarize>;

const row = (label: string, s: Rounded): string =>
  `  ${label.padEnd(34)} median ${s.median.toFixed(1).padStart(7)}  p95 ${s.p95.toFixed(1).padStart(7)}  worst ${s.worst.toFixed(1).padStart(7)}  (n=${s.n})`;

const verdict = (ok: boolean | null): string => (ok === null ? 'not measured' : ok ? 'ok' : 'OVER BUDGET');

function printSteps(out: string[], title: string, steps: Summary['steps']): void {
  out.push(`\n${title} (ms; share of all step time)`);
  for (const [step, spreadOf] of Object.entries(steps.spread)) out.push(`${row(step, spreadOf)}  ${steps.share[step]}%`);
}

export function print(s: Summary): void {
  const out: string[] = [`\nIn-page timings over ${s.pages} pages, ms (per page: median of the runs)`];
  out.push('Warm (code compiled by the cold runs just before; the budget applies here):');
  out.push(row('plain Readability (clone + parse)', s.readability), row('Sift extractArticle', s.sift));
  out.push(`  ratio Sift / Readability: median ${s.ratio.median}x (${verdict(s.budgets.ratioMedian)}), p95 ${s.ratio.p95}x (${verdict(s.budgets.ratioP95)}); budget ${RATIO_BUDGET}x`);
  out.push(row('per-page ratio', s.perPageRatio));
  out.push(row('plain Readability, fastest run', s.readabilityBest), row('Sift, fastest run', s.siftBest));
  out.push('  by quarter of the pages, ranked by plain Readability\'s time (medians, ms):');
  for (const [g, q] of s.bySize.entries()) {
    const cells = [`Readability ${q.readability.median.toFixed(1)}`, `Sift ${q.sift.median.toFixed(1)}`, `Sift's extra ${q.extra.median.toFixed(1)}`, `ratio ${q.ratio.median.toFixed(2)}x`];
    out.push(`    ${g + 1}/${SIZE_GROUPS} (n=${q.ratio.n}): ${cells.join(', ')}`);
  }
  out.push(`Settled (as many runs again, after ${SETTLE_RUNS} more; shows how much of the warm time is V8 optimizing again):`);
  out.push(row('plain Readability', s.readabilitySettled), row('Sift extractArticle', s.siftSettled));
  out.push(`  ratio Sift / Readability: median ${ms(s.siftSettled.median / s.readabilitySettled.median)}x, p95 ${ms(s.siftSettled.p95 / s.readabilitySettled.p95)}x`);
  out.push('Cold (after a full GC, as the content script runs on a page it was just injected into):');
  out.push(row('plain Readability', s.readabilityCold), row('Sift extractArticle', s.siftCold));
  out.push(`  ratio Sift / Readability: median ${s.ratioCold.median}x, p95 ${s.ratioCold.p95}x`);
  printSteps(out, 'Sift pipeline steps, warm', s.steps);
  printSteps(out, 'Sift pipeline steps, cold', s.stepsCold);
  out.push('\nReader via the real shortcut (ms)');
  for (const [name, spreadOf] of Object.entries(s.reader)) out.push(row(name, spreadOf));
  out.push(`  painted after extraction end: ${verdict(s.budgets.readerPaintedMedian)} at median, ${verdict(s.budgets.readerPaintedP95)} at p95; budget ${PAINT_BUDGET_MS} ms`);
  out.push('\nPopup opened as a tab, to article text painted (ms)', row('popup text visible', s.popup));
  out.push(`  median page: ${verdict(s.budgets.popupMedian)}; budget ${POPUP_BUDGET_MS} ms`);
  out.push(`\nSift gave no article on ${s.outcomes.siftNoArticle.length} pages; Readability on ${s.outcomes.readabilityNoArticle.length}.`);
  for (const o of [...s.outcomes.siftNoArticle.map((o) => ({ ...o, who: 'Sift' })), ...s.outcomes.readabilityNoArticle.map((o) => ({ ...o, who: 'Readability' }))]) {
    out.push(`  ${o.id.slice(0, 12)} ${o.who}: ${o.outcome}`);
  }
  out.push(`Measurement failures: ${s.failures.length}`);
  for (const f of s.failures) out.push(`  ${f.id.slice(0, 12)} ${f.step}: ${f.message}`);
  out.push('\nSlowest pages for Sift, warm (ms):');
  for (const p of s.slowest) {
    const top = Object.entries(p.steps).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} ${v}`).join(', ');
    out.push(`  ${p.id.slice(0, 12)} ${String(p.elements).padStart(6)} elements  Readability ${p.readability}  Sift ${p.sift} (cold ${p.siftCold})  (${top})`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
