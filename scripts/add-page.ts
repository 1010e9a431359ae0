import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeHtml } from '../src/cli/charset';
import { readPageBytes } from '../src/cli/load';
import { goldenPage, PAGES_DIR, type ExpectRules } from '../test/helpers/golden';
import { writeSnapshots } from './golden-snapshots';

/**
 * `npx tsx scripts/add-page.ts SLUG FILE --url URL`: adds a golden page. Copies FILE (.html,
 * .htm, .html.gz; decoded and stored as UTF-8) to test/pages/SLUG/source.html, writes an
 * expect.json skeleton holding the URL, and the first snapshots. Then fill expect.json's
 * must_keep / must_drop by hand (they are the spec) and run `npm run golden:update -- SLUG`.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(message: string): never {
  process.stderr.write(`add-page: ${message}\nUsage: npx tsx scripts/add-page.ts SLUG FILE --url URL\n`);
  process.exit(1);
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { url: { type: 'string' } } });
  const [slug, file] = positionals;
  if (!slug || !file || positionals.length > 2) fail('need SLUG and FILE');
  if (!SLUG.test(slug)) fail(`slug "${slug}" should be lower-case words joined by hyphens`);
  if (!values.url || !URL.canParse(values.url)) fail('--url URL is required: extraction resolves links and reads the site from it');
  const dir = join(PAGES_DIR, slug);
  if (existsSync(dir)) fail(`${dir} exists already`);

  const html = decodeHtml(await readPageBytes(file));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.html'), html);
  const skeleton: ExpectRules = { url: values.url, must_keep: [], must_drop: [], hard_negatives: [], exact_once: [], dup_groups: [] };
  writeFileSync(join(dir, 'expect.json'), `${JSON.stringify(skeleton, null, 1)}\n`);
  await writeSnapshots(goldenPage(slug));
  process.stdout.write(`\nAdded ${dir}. Now write expect.json's must_keep and must_drop by hand.\n`);
}

main(process.argv.slice(2)).catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));
