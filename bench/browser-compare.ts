import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChromium } from '../test/e2e/helpers/chromium';
import { countryNames } from '../src/core/countries';
import { corpusOption, value } from './browser/args';
import { benchBundle } from './browser/build';
import { openCorpusPage, serveCorpus } from './browser/corpus-server';
import { IsolatedWorld } from './browser/isolated-world';
import { median, ms, percentile } from './browser/stats';

/**
 * `npm run bench:compare -- REF [--corpus DIR] [--pages N] [--rounds K] [--out FILE]`: Sift's
 * pipeline at git REF against the working tree, and both against plain Readability, in the same
 * pages of one browser, run by turns. The machine's speed drifts between runs by more than most
 * changes gain (issue #8: plain Readability's median moved 6.6 → 8.0 ms in one day), so a
 * before/after taken from two `bench:browser` runs mostly compares machine states.
 */

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_ROUNDS = 7;
/** Runs per page before the timed rounds: the cold runs, which `bench:browser` reports. */
const WARM_UP_RUNS = 1;

interface Options {
  ref: string;
  corpus: string;
  pages: number | null;
  rounds: number;
  out: string;
}

interface PageTimes {
  id: string;
  readability: number;
  base: number;
  head: number;
}

function parseOptions(argv: readonly string[]): Options {
  const ref = argv[0];
  if (!ref || ref.startsWith('--')) throw new Error('Usage: npm run bench:compare -- REF [--corpus DIR] [--pages N] [--rounds K] [--out FILE]');
  const pages = value(argv, 'pages');
  const rounds = Number(value(argv, 'rounds') ?? DEFAULT_ROUNDS);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a whole number of at least 1');
  return {
    ref,
    corpus: corpusOption(argv),
    pages: pages === undefined ? null : Number(pages),
    rounds,
    out: resolve(value(argv, 'out') ?? join(ROOT, 'bench-results', 'browser-compare.json')),
  };
}

function git(...args: string[]): string {
  const result = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

/**
 * The bench bundle of REF, built from a temporary worktree that shares this checkout's packages,
 * by REF's own bench build: a change to the build (a rewrite of a dependency, a bundler option) is
 * part of what is compared. REFs older than that build use this checkout's.
 */
async function baseBundle(ref: string): Promise<{ commit: string; code: string }> {
  const commit = git('rev-parse', '--short', `${ref}^{commit}`);
  const dir = join(mkdtempSync(join(tmpdir(), 'sift-compare-')), 'base');
  git('worktree', 'add', '--detach', dir, commit);
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    if (!existsSync(join(dir, 'bench', 'browser', 'page-entry.ts'))) throw new Error(`${ref} has no bench/browser/page-entry.ts to build`);
    const own = join(dir, 'bench', 'browser', 'build.ts');
    const build = existsSync(own) ? ((await import(own)) as { benchBundle?: typeof benchBundle }).benchBundle : undefined;
    return { commit, code: await (build ?? benchBundle)(dir) };
  } finally {
    git('worktree', 'remove', '--force', dir);
    rmSync(dirname(dir), { recursive: true, force: true });
  }
}

/** Both bundles in one world: REF's as `siftBase`, the working tree's as `siftBench`. */
function worldScript(base: string, head: string): string {
  const countries = JSON.stringify(countryNames());
  return `${base}\nglobalThis.siftBase = globalThis.siftBench;\nsiftBase.setCountries(${countries});\n${head}\nsiftBench.setCountries(${countries});`;
}

const RUNNERS = { readability: 'siftBench.readability()', base: 'siftBase.sift()', head: 'siftBench.sift()' } as const;
type Runner = keyof typeof RUNNERS;

/** Median of each runner's timed rounds; the order of the three turns rotates every round. */
async function timePage(world: IsolatedWorld, rounds: number): Promise<Record<Runner, number>> {
  const names = Object.keys(RUNNERS) as Runner[];
  for (let i = 0; i < WARM_UP_RUNS; i++) for (const name of names) await world.evaluate(RUNNERS[name]);
  const times: Record<Runner, number[]> = { readability: [], base: [], head: [] };
  for (let round = 0; round < rounds; round++) {
    for (let turn = 0; turn < names.length; turn++) {
      const name = names[(round + turn) % names.length] as Runner;
      times[name].push((await world.evaluate<{ ms: number }>(RUNNERS[name])).ms);
    }
  }
  return { readability: median(times.readability), base: median(times.base), head: median(times.head) };
}

function report(rows: readonly PageTimes[], base: string): Record<string, number> {
  const col = (k: Runner) => rows.map((r) => r[k]);
  const summary = {
    pages: rows.length,
    readabilityMedian: ms(median(col('readability'))),
    baseMedian: ms(median(col('base'))),
    headMedian: ms(median(col('head'))),
    baseRatio: ms(median(col('base')) / median(col('readability'))),
    headRatio: ms(median(col('head')) / median(col('readability'))),
    headRatioP95: ms(percentile(col('head'), 95) / percentile(col('readability'), 95)),
    perPageHeadOverBase: ms(median(rows.map((r) => r.head / r.base))),
  };
  const line = (label: string, text: string): string => `  ${label.padEnd(24)}${text}`;
  process.stdout.write(
    [
      `\n${rows.length} pages, medians of the per-page medians (ms):`,
      line('plain Readability', `${summary.readabilityMedian}`),
      line(`Sift at ${base}`, `${summary.baseMedian}  (${summary.baseRatio}x Readability)`),
      line('Sift, working tree', `${summary.headMedian}  (${summary.headRatio}x Readability; p95 ${summary.headRatioP95}x)`),
      line('per page, tree / base', `median ${summary.perPageHeadOverBase}`),
      '',
    ].join('\n'),
  );
  return summary;
}

async function main(argv: readonly string[]): Promise<void> {
  const options = parseOptions(argv);
  if (!existsSync(options.corpus)) throw new Error(`No corpus at ${options.corpus} (pass --corpus DIR)`);
  const base = await baseBundle(options.ref);
  const script = worldScript(base.code, await benchBundle());
  const server = await serveCorpus(options.corpus);
  const browser = await chromium.launch({ executablePath: requireChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  const rows: PageTimes[] = [];
  try {
    const context = await browser.newContext();
    const ids = options.pages === null ? server.ids : server.ids.slice(0, options.pages);
    for (const [i, id] of ids.entries()) {
      const page = await openCorpusPage(context, `${server.url}${id}.html`);
      try {
        const world = await IsolatedWorld.create(page, script);
        rows.push({ id, ...(await timePage(world, options.rounds)) });
        await world.close();
        const row = rows.at(-1) as PageTimes;
        process.stdout.write(`[${i + 1}/${ids.length}] ${id.slice(0, 12)} R ${row.readability.toFixed(1)} base ${row.base.toFixed(1)} now ${row.head.toFixed(1)}\n`);
      } catch (error) {
        process.stdout.write(`[${i + 1}/${ids.length}] ${id.slice(0, 12)} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const summary = report(rows, base.commit);
  mkdirSync(dirname(options.out), { recursive: true });
  const meta = { date: new Date().toISOString(), base: base.commit, head: git('rev-parse', '--short', 'HEAD'), rounds: options.rounds };
  writeFileSync(options.out, `${JSON.stringify({ meta, summary, pages: rows }, null, 2)}\n`);
  process.stdout.write(`wrote ${options.out}\n`);
}

await main(process.argv.slice(2));
