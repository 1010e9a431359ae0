import type { BrowserContext, Page, Worker } from 'playwright-core';
import { LOAD_TIMEOUT_MS, openCorpusPage } from './corpus-server';
import { IsolatedWorld } from './isolated-world';
import { timePopup } from './popup-timing';
import { timeReader, type ReaderTiming } from './reader-timing';
import { median } from './stats';
import { STEP_NAMES, type StepTimes } from './steps';

/** Everything measured on one corpus page. */

/**
 * Runs of each extractor between the warm runs and the settled ones. The warm runs come right
 * after the cold runs' forced GCs, and Sift, with many times Readability's code, is still being
 * optimized again during them; on 45 pages its time levelled off after about ten more runs.
 */
export const SETTLE_RUNS = 10;

export interface Env {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The bench bundle (bench/browser/page-entry.ts as a classic script). */
  bundle: string;
  runs: number;
}

export interface Extractor {
  /** Median of the runs after a full GC (compiled code and regular expressions discarded). */
  cold: number;
  /** Median of the runs without one, which follow the cold runs. */
  median: number;
  /** Median of as many runs again after SETTLE_RUNS more: both extractors' code fully optimized. */
  settled: number;
  /** Fastest warm run: the least disturbed by other work on a busy machine. */
  best: number;
  outcome: string;
}

export interface PageResult {
  id: string;
  elements: number | null;
  readability: Extractor | null;
  sift: Extractor | null;
  /** Median milliseconds per step of Sift's pipeline, warm and cold (see timeExtractors). */
  steps: StepTimes | null;
  stepsCold: StepTimes | null;
  reader: ReaderTiming | null;
  /** Milliseconds from opening the popup to its article text painted. */
  popup: number | null;
  failures: { step: string; message: string }[];
}

interface RunTiming {
  ms: number;
  outcome: string;
}

async function tabIdOf(page: Page, worker: Worker): Promise<number> {
  // The active tab, as the e2e session helper finds it.
  await page.bringToFront();
  const id = await worker.evaluate('chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((t) => t[0]?.id)');
  if (typeof id !== 'number') throw new Error('no tab id');
  return id;
}

/**
 * Runs each extractor `runs` times, alternating which goes first. `cold` runs follow a full GC,
 * which in V8 also discards compiled regular expressions and flushes cached code: close to what the
 * content script pays on every page, where all of Sift's code runs for the first time. Warm runs
 * reuse what the previous run compiled.
 */
async function alternate(world: IsolatedWorld, runs: number, cold: boolean): Promise<Record<'readability' | 'sift', RunTiming[]>> {
  const times = { readability: [] as RunTiming[], sift: [] as RunTiming[] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? (['readability', 'sift'] as const) : (['sift', 'readability'] as const);
    for (const name of order) {
      if (cold) await world.collectGarbage();
      times[name].push(await world.evaluate<RunTiming>(`siftBench.${name}()`));
    }
  }
  return times;
}

async function timeExtractors(world: IsolatedWorld, runs: number): Promise<{ readability: Extractor; sift: Extractor }> {
  const cold = await alternate(world, runs, true);
  const warm = await alternate(world, runs, false);
  await alternate(world, SETTLE_RUNS, false);
  const settled = await alternate(world, runs, false);
  const summarize = (name: 'readability' | 'sift'): Extractor => ({
    cold: median(cold[name].map((t) => t.ms)),
    median: median(warm[name].map((t) => t.ms)),
    settled: median(settled[name].map((t) => t.ms)),
    best: Math.min(...warm[name].map((t) => t.ms)),
    outcome: cold[name][0]?.outcome ?? 'none',
  });
  return { readability: summarize('readability'), sift: summarize('sift') };
}

async function timeSteps(world: IsolatedWorld, runs: number, cold: boolean): Promise<StepTimes> {
  const all: StepTimes[] = [];
  for (let i = 0; i < runs; i++) {
    if (cold) await world.collectGarbage();
    all.push(await world.evaluate<StepTimes>('siftBench.steps()'));
  }
  const medians: StepTimes = {};
  for (const step of STEP_NAMES) {
    const values = all.map((t) => t[step]).filter((v): v is number => v !== undefined);
    if (values.length) medians[step] = median(values);
  }
  return medians;
}

/** Records a failed measurement and carries on with the page's other measurements. */
async function attempt<T>(result: PageResult, step: string, run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    result.failures.push({ step, message: (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 3).join(' | ') });
    return null;
  }
}

/**
 * Order matters: the reader is timed first, on a freshly loaded page, as a reader meets it; the
 * page is reloaded before the popup so its extraction is not answered from the content script's
 * cache of the reader's run.
 */
export async function measurePage(env: Env, id: string, url: string): Promise<PageResult> {
  const result: PageResult = { id, elements: null, readability: null, sift: null, steps: null, stepsCold: null, reader: null, popup: null, failures: [] };
  const page = await attempt(result, 'load', () => openCorpusPage(env.context, url));
  if (!page) return result;
  try {
    const world = await attempt(result, 'inject', () => IsolatedWorld.create(page, env.bundle));
    if (world) {
      result.reader = await attempt(result, 'reader', () => timeReader(page, world));
      result.elements = await attempt(result, 'elements', () => world.evaluate<number>('siftBench.elements()'));
      const extractors = await attempt(result, 'extract', () => timeExtractors(world, env.runs));
      result.readability = extractors?.readability ?? null;
      result.sift = extractors?.sift ?? null;
      result.stepsCold = await attempt(result, 'steps', () => timeSteps(world, env.runs, true));
      result.steps = await attempt(result, 'steps', () => timeSteps(world, env.runs, false));
      await world.close();
    }
    result.popup = await attempt(result, 'popup', async () => {
      const tabId = await tabIdOf(page, env.worker);
      await page.reload({ waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
      return timePopup(env.context, env.extensionId, tabId);
    });
  } finally {
    await page.close().catch(() => undefined);
  }
  return result;
}
