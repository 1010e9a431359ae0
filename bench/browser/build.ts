import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Rollup } from 'vite';
import { dompurifyRewrites } from '../../scripts/dompurify-rewrites';

/**
 * What the browser benchmark runs: the test build of the extension (rebuilt when a source is newer
 * than it) and a bench-only bundle of plain Readability and Sift's core that is never shipped.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const TEST_BUILD = join(ROOT, 'dist-test');
/** What dist-test is built from; anything newer than its content script makes it stale. */
const BUILD_INPUTS = ['src', 'public', 'manifest.json', 'package.json', 'scripts/build.ts'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isStale(): boolean {
  const built = join(TEST_BUILD, 'content.js');
  if (!existsSync(built) || !existsSync(join(TEST_BUILD, 'manifest.json'))) return true;
  const builtAt = statSync(built).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(join(ROOT, input)) > builtAt);
}

/**
 * Builds dist-test when missing or stale and returns a private copy of it: browser tests rebuild
 * dist-test from scratch, and a rebuild under a running benchmark would pull files from under the
 * loaded extension.
 */
export function testBuildSnapshot(): string {
  if (isStale()) {
    process.stdout.write('dist-test is missing or older than its sources: npm run build:test\n');
    const result = spawnSync('npm', ['run', 'build:test'], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('npm run build:test failed');
  }
  const copy = join(mkdtempSync(join(tmpdir(), 'sift-bench-ext-')), 'dist-test');
  cpSync(TEST_BUILD, copy, { recursive: true });
  return copy;
}

/**
 * The in-page half (page-entry.ts) as one classic script that sets `globalThis.siftBench`. `root`
 * is another checkout's for `bench:compare`, which builds an older commit's half the same way.
 */
export async function benchBundle(root = ROOT): Promise<string> {
  const output = (await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [dompurifyRewrites()],
    build: {
      write: false,
      minify: false,
      sourcemap: false,
      lib: { entry: join(root, 'bench', 'browser', 'page-entry.ts'), formats: ['iife'], name: 'siftBenchBundle' },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const first = (Array.isArray(output) ? output[0] : output)?.output[0];
  if (!first || first.type !== 'chunk') throw new Error('The bench bundle build produced no script');
  return first.code;
}
