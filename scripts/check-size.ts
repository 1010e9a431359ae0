import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Bundle-size budget for the built extension (issue 8): the content script is injected into every
 * page the reader asks about, and the popup's script delays its first paint, so both stay small.
 * Usage: `tsx scripts/check-size.ts [distDir]` (default dist/). Exits 1 when over budget.
 */

/** Content script budget, gzipped, in bytes (60 KiB). */
const CONTENT_BUDGET = 60 * 1024;
/** Popup JavaScript budget, gzipped, in bytes (30 KiB), not counting a Readability chunk it shares. */
const POPUP_BUDGET = 30 * 1024;

/** A chunk that holds Readability is shared extraction code, not popup UI: it has its own budget (the content script's). */
const READABILITY_MARKER = '_grabArticle';

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The content script: the built JS whose path names it "content" (it is injected, not declared). */
function contentScripts(dist: string): string[] {
  return walk(dist).filter((file) => /\.js$/.test(file) && /content/i.test(relative(dist, file)));
}

/** Relative module specifiers a built ES module imports statically. */
function staticImports(code: string): string[] {
  const found = code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g);
  return Array.from(found, (m) => m[1] as string);
}

/** Every JS file the popup page loads: its script tags, module preloads and their static imports. */
function popupScripts(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    action?: { default_popup?: string };
  };
  const page = manifest.action?.default_popup;
  if (!page) return [];
  const html = readFileSync(join(dist, page), 'utf8');
  const refs = Array.from(html.matchAll(/(?:src|href)="([^"]+\.js)"/g), (m) => m[1] as string);
  const queue = refs.map((ref) => resolve(dist, posix.join(posix.dirname(page), ref).replace(/^\//, '')));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) queue.push(resolve(dirname(file), spec));
  }
  return [...seen];
}

function report(label: string, files: string[], budget: number, dist: string): boolean {
  let total = 0;
  for (const file of files) {
    const size = gzipSize(file);
    const shared = readFileSync(file, 'utf8').includes(READABILITY_MARKER) && label === 'popup';
    if (!shared) total += size;
    console.log(`  ${relative(dist, file)}: ${kib(size)}${shared ? ' (shared Readability chunk, not counted)' : ''}`);
  }
  const ok = files.length > 0 && total <= budget;
  const verdict = files.length === 0 ? 'NOT FOUND' : ok ? 'ok' : 'OVER BUDGET';
  console.log(`${label}: ${kib(total)} of ${kib(budget)} gzipped: ${verdict}`);
  return ok;
}

/** Prints the gzipped sizes and returns false when a budget is exceeded or a bundle is missing. */
export function checkBundleSize(distDir: string): boolean {
  const dist = resolve(distDir);
  if (!existsSync(join(dist, 'manifest.json'))) {
    console.error(`No build in ${dist}: run npm run build first.`);
    return false;
  }
  const contentOk = report('content script', contentScripts(dist), CONTENT_BUDGET, dist);
  const popupOk = report('popup', popupScripts(dist), POPUP_BUDGET, dist);
  return contentOk && popupOk;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = checkBundleSize(process.argv[2] ?? 'dist') ? 0 : 1;
}
