import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { openCorpusPage } from './corpus-server';
import { IsolatedWorld } from './isolated-world';

/**
 * `--profile`: instead of timing, records a V8 CPU profile of Sift's pipeline in each page (the
 * bench bundle is not minified, so functions keep their names), writes it for DevTools, and returns
 * self time per function so the report can name the hot spots.
 */

/** Pipeline runs per profiled page: enough samples for functions of a few milliseconds. */
const PROFILE_RUNS = 5;
/** Sampling interval, in microseconds. */
const SAMPLING_US = 100;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds of self time per function name (regular expressions show as "RegExp: <source>"). */
export type SelfTimes = Map<string, number>;

/** Pipeline functions whose total time (self and callees) the report shows: one per step. */
const STEP_FUNCTIONS = ['tooManyElements', 'readPageAttribution', 'planPrune', 'copyForReadability', 'resolveImages', 'runReadability', 'snapshotBlocks', 'removeClutter', 'removeDuplicates', 'recordRemovals', 'findSources', 'articleParagraphs', 'sanitizeWithRemovals'];

function selfTimes(profile: CpuProfile, into: SelfTimes): void {
  const names = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName || '(anonymous)']));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const name = (names.get(id) ?? '?').slice(0, 120);
    into.set(name, (into.get(name) ?? 0) + ms);
    // Total time of each pipeline step, counted once per sample however deep the recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const fn = names.get(at) ?? '';
      if (STEP_FUNCTIONS.includes(fn) && !seen.has(fn)) {
        seen.add(fn);
        into.set(`total ${fn}`, (into.get(`total ${fn}`) ?? 0) + ms);
      }
    }
  });
}

export async function profilePage(context: BrowserContext, url: string, bundle: string, outFile: string, into: SelfTimes): Promise<void> {
  const page = await openCorpusPage(context, url);
  try {
    const world = await IsolatedWorld.create(page, bundle);
    // One run first: the profile is of warm runs, which the ratio budget is about.
    await world.evaluate('siftBench.sift()');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await cdp.send('Profiler.start');
    for (let i = 0; i < PROFILE_RUNS; i++) await world.evaluate('siftBench.sift()');
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    writeFileSync(outFile, JSON.stringify(profile));
    selfTimes(profile, into);
    await world.close();
    await cdp.detach();
  } finally {
    await page.close();
  }
}

export function printSelfTimes(times: SelfTimes, pages: number, outDir: string): void {
  const line = ([name, total]: [string, number]) => `  ${(total / (pages * PROFILE_RUNS)).toFixed(2).padStart(8)} ms/run  ${name}`;
  const steps = STEP_FUNCTIONS.map((fn): [string, number] => [fn, times.get(`total ${fn}`) ?? 0]);
  const top = [...times].filter(([name]) => !/^(?:\((?:program|idle)\)|total )/.test(name)).sort((a, b) => b[1] - a[1]).slice(0, 25);
  process.stdout.write(`\nTotal time per warm Sift run, by step, over ${pages} pages:\n${steps.map(line).join('\n')}\n`);
  process.stdout.write(`\nSelf time per warm Sift run (profiles in ${join(outDir)}):\n${top.map(line).join('\n')}\n`);
}
