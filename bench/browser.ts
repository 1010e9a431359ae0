import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { launchWithExtension } from '../test/e2e/helpers/chromium';
import { countryNames } from '../src/core/countries';
import { corpusOption, value } from './browser/args';
import { benchBundle, testBuildSnapshot } from './browser/build';
import { serveCorpus } from './browser/corpus-server';
import { measurePage, type PageResult } from './browser/measure-page';
import { printSelfTimes, profilePage, type SelfTimes } from './browser/profile';
import { print, summarize } from './browser/report';

/**
 * `npm run bench:browser [-- --corpus DIR] [--pages N|id,id] [--runs K] [--out FILE] [--profile]`: loads each
 * scrapinghub page in Chromium with the test build of Sift and measures, in the page, plain
 * Readability against Sift's whole pipeline (and each of its steps), the real reader shortcut to
 * the reader painted, and the popup to its text painted. Writes bench-results/browser.json.
 * `--profile` records CPU profiles of Sift's pipeline instead (bench-results/profiles/) and prints
 * the functions that take the time.
 *
 * Chromium runs headed (extension shortcuts need a window); without a display the benchmark
 * restarts itself under xvfb-run.
 */

const ROOT = resolve(import.meta.dirname, '..');
/** Timed runs per extractor and page, after one first (cold) run. */
const DEFAULT_RUNS = 5;

interface Options {
  corpus: string;
  pages: number | string[] | null;
  runs: number;
  out: string;
  profile: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const pages = value(argv, 'pages');
  const runs = Number(value(argv, 'runs') ?? DEFAULT_RUNS);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1');
  return {
    corpus: corpusOption(argv),
    pages: pages === undefined ? null : /^\d+$/.test(pages) ? Number(pages) : pages.split(','),
    runs,
    out: resolve(value(argv, 'out') ?? join(ROOT, 'bench-results', 'browser.json')),
    profile: argv.includes('--profile'),
  };
}

function selectPages(ids: readonly string[], pages: Options['pages']): string[] {
  if (pages === null) return [...ids];
  if (typeof pages === 'number') return ids.slice(0, pages);
  return ids.filter((id) => pages.some((p) => id.startsWith(p)));
}

/** Re-runs this script under xvfb-run when there is no X display; returns false when it did. */
function ensureDisplay(): boolean {
  if (process.env.DISPLAY) return true;
  const args = ['-a', '--server-args=-screen 0 1280x1024x24', process.execPath, ...process.execArgv, ...process.argv.slice(1)];
  const result = spawnSync('xvfb-run', args, { stdio: 'inherit' });
  if (result.error) throw new Error(`No X display and xvfb-run failed: ${result.error.message}`);
  process.exitCode = result.status ?? 1;
  return false;
}

/** Which code was measured: the bundle and dist-test are built from the working tree, edits included. */
function sourceState(): { commit: string; uncommittedSourceFiles: number } {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  return { commit: git('rev-parse', '--short', 'HEAD'), uncommittedSourceFiles: git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean).length };
}

type Launched = Awaited<ReturnType<typeof launchWithExtension>>;

async function timePages(browser: Launched, bundle: string, baseUrl: string, ids: readonly string[], options: Options): Promise<void> {
  const env = { context: browser.context, worker: browser.worker, extensionId: browser.extensionId, bundle, runs: options.runs };
  const results: PageResult[] = [];
  const started = Date.now();
  for (const [i, id] of ids.entries()) {
    const result = await measurePage(env, id, `${baseUrl}${id}.html`);
    results.push(result);
    const line = `${id.slice(0, 12)} R ${result.readability?.median.toFixed(1) ?? '-'} S ${result.sift?.median.toFixed(1) ?? '-'} reader ${result.reader?.shortcutToPainted.toFixed(0) ?? '-'} popup ${result.popup?.toFixed(0) ?? '-'}`;
    process.stdout.write(`[${i + 1}/${ids.length}] ${line}${result.failures.length ? `  (${result.failures.map((f) => f.step).join(', ')} failed)` : ''}\n`);
  }
  const summary = summarize(results);
  print(summary);
  mkdirSync(dirname(options.out), { recursive: true });
  const meta = { date: new Date().toISOString(), ...sourceState(), corpus: options.corpus, runs: options.runs, seconds: Math.round((Date.now() - started) / 1000) };
  writeFileSync(options.out, `${JSON.stringify({ meta, summary, pages: results }, null, 2)}\n`);
  process.stdout.write(`\nwrote ${options.out}\n`);
}

async function profilePages(browser: Launched, bundle: string, baseUrl: string, ids: readonly string[]): Promise<void> {
  const outDir = join(ROOT, 'bench-results', 'profiles');
  mkdirSync(outDir, { recursive: true });
  const times: SelfTimes = new Map();
  for (const id of ids) await profilePage(browser.context, `${baseUrl}${id}.html`, bundle, join(outDir, `${id.slice(0, 12)}.cpuprofile`), times);
  printSelfTimes(times, ids.length, outDir);
}

async function main(argv: readonly string[]): Promise<void> {
  const options = parseOptions(argv);
  if (!existsSync(options.corpus)) throw new Error(`No corpus at ${options.corpus} (pass --corpus DIR)`);
  if (!ensureDisplay()) return;
  const extension = testBuildSnapshot();
  // As the extension does, the page gets the country names ready-made (src/background/countries.ts).
  const bundle = `${await benchBundle()}\nsiftBench.setCountries(${JSON.stringify(countryNames())});`;
  const server = await serveCorpus(options.corpus);
  const browser = await launchWithExtension(extension);
  const ids = selectPages(server.ids, options.pages);
  try {
    if (options.profile) await profilePages(browser, bundle, server.url, ids);
    else await timePages(browser, bundle, server.url, ids, options);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dirname(extension), { recursive: true, force: true });
  }
}

await main(process.argv.slice(2));
