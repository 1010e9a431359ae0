import { extractArticle } from '../../src/core/extract';
import type { PurifyWindow } from '../../src/core/sanitize';
import { PIPELINE_STEPS, type PipelineStep } from '../../src/core/types';

/**
 * Sift's pipeline timed step by step: extractArticle reports the end of each step through
 * `onStepEnd`, and the time of a step is the clock between two reports. The benchmark thus times
 * the pipeline itself, never a copy of it that could drift from src/core/extract.ts.
 */

export const STEP_NAMES = PIPELINE_STEPS;
export type StepName = PipelineStep;
/** Milliseconds per step; steps after a failure are missing. */
export type StepTimes = Partial<Record<StepName, number>>;

export function timeSteps(doc: Document, url: string, win: PurifyWindow, countries?: readonly string[]): StepTimes {
  const times: StepTimes = {};
  let last = performance.now();
  extractArticle(doc, {
    url,
    window: win,
    countries,
    onStepEnd: (step) => {
      const now = performance.now();
      times[step] = now - last;
      last = now;
    },
  });
  return times;
}
