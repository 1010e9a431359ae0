import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Reading the two benchmark corpora. Pages are yielded one at a time to keep memory flat. */

export interface ScrapinghubPage {
  id: string;
  url: string;
  truth: string;
  bytes: Uint8Array;
}

interface GroundTruthEntry {
  articleBody?: string;
  url?: string;
}

/** `scrapinghub/html/<id>.html.gz` with `ground-truth.json` `{ id: { articleBody, url } }`. */
export async function* scrapinghubPages(root: string, only?: ReadonlySet<string>): AsyncGenerator<ScrapinghubPage> {
  const dir = join(root, 'scrapinghub');
  const truth = JSON.parse(await readFile(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, GroundTruthEntry>;
  const files = (await readdir(join(dir, 'html'))).filter((f) => f.endsWith('.html.gz')).sort();
  for (const file of files) {
    const id = file.replace(/\.html\.gz$/, '');
    if (only && !matches(only, id)) continue;
    const entry = truth[id];
    if (!entry) continue;
    const bytes = gunzipSync(await readFile(join(dir, 'html', file)));
    yield { id, url: entry.url ?? `https://example.invalid/${id}`, truth: entry.articleBody ?? '', bytes };
  }
}

export interface ReadabilityCase {
  id: string;
  source: Uint8Array;
  expected: Uint8Array;
}

/** `readability-test-pages/<case>/{source.html, expected.html}`. */
export async function* readabilityCases(root: string, only?: ReadonlySet<string>): AsyncGenerator<ReadabilityCase> {
  const dir = join(root, 'readability-test-pages');
  for (const id of (await readdir(dir)).sort()) {
    if (only && !matches(only, id)) continue;
    if (!(await stat(join(dir, id))).isDirectory()) continue;
    const [source, expected] = await Promise.all([
      readFile(join(dir, id, 'source.html')),
      readFile(join(dir, id, 'expected.html')),
    ]);
    yield { id, source, expected };
  }
}

/** `--pages` accepts whole ids or unambiguous prefixes (scrapinghub ids are 64 hex digits). */
function matches(only: ReadonlySet<string>, id: string): boolean {
  for (const want of only) if (id === want || id.startsWith(want)) return true;
  return false;
}
