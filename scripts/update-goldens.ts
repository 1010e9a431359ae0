import { goldenPage, listGoldenSlugs } from '../test/helpers/golden';
import { writeSnapshots } from './golden-snapshots';

/**
 * `npm run golden:update [-- slug...]`: rewrites expected.txt and expected-metadata.json of every
 * golden page (or the ones named) from Sift's current output, printing a paragraph diff and any
 * broken expect.json rule. Read the diff before committing: the snapshots are the spec.
 */

async function main(slugs: string[]): Promise<void> {
  const known = listGoldenSlugs();
  const unknown = slugs.filter((s) => !known.includes(s));
  if (unknown.length) {
    process.stderr.write(`golden:update: no page ${unknown.join(', ')} (have: ${known.join(', ')})\n`);
    process.exitCode = 1;
    return;
  }
  for (const slug of slugs.length ? slugs : known) await writeSnapshots(goldenPage(slug));
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`golden:update: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
