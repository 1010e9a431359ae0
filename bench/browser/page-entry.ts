import { Readability } from '@mozilla/readability';
import { extractArticle, isFailure } from '../../src/core';
import type { PurifyWindow } from '../../src/core/sanitize';
import { timeSteps, type StepTimes } from './steps';

/**
 * The benchmark's in-page half, bundled into one classic script (bench/browser/bundle.ts) and run
 * in an isolated world of each page, as Sift's content script is. Each call times one run, so the
 * driver can collect garbage between runs and interleave the two extractors.
 */

export interface RunTiming {
  /** Milliseconds for the whole call. */
  ms: number;
  /** What came out: 'article', 'none', Sift's failure reason, or 'threw: <message>'. */
  outcome: string;
}

export interface SiftBench {
  /** Plain Readability as a page would use it: a clone, parse() with its default serializer. */
  readability(): RunTiming;
  /** Sift's whole pipeline, exactly as the content script calls it. */
  sift(): RunTiming;
  steps(): StepTimes;
  /** Elements in the page, for reading the results against page size. */
  elements(): number;
  /** The country names the extension's background hands its content script (see src/background/countries.ts). */
  setCountries(names: readonly string[]): void;
}

let countries: readonly string[] | undefined;

const win = window as PurifyWindow;

/** Times one run; an exception is an outcome to report, not a reason to lose the page's other runs. */
function timed(run: () => string): RunTiming {
  const start = performance.now();
  let outcome: string;
  try {
    outcome = run();
  } catch (error) {
    outcome = `threw: ${error instanceof Error ? error.message : String(error)}`;
  }
  return { ms: performance.now() - start, outcome };
}

const bench: SiftBench = {
  readability: () =>
    timed(() => (new Readability(document.cloneNode(true) as Document).parse()?.content ? 'article' : 'none')),
  sift: () =>
    timed(() => {
      const result = extractArticle(document, { url: location.href, window: win, countries });
      return isFailure(result) ? result.error : 'article';
    }),
  steps: () => timeSteps(document, location.href, win, countries),
  elements: () => document.getElementsByTagName('*').length,
  setCountries: (names) => {
    countries = names;
  },
};

(globalThis as typeof globalThis & { siftBench?: SiftBench }).siftBench = bench;
