import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isFailure } from '../src/core/types';
import {
  extractGolden,
  metadataOf,
  paragraphsOf,
  readExpectedMetadata,
  readExpectedText,
  type GoldenPage,
} from '../test/helpers/golden';
import { ruleFailures } from '../test/helpers/golden-rules';

/**
 * Writes a golden page's snapshots (expected.txt, expected-metadata.json) from Sift's current
 * output and prints what changed, paragraph by paragraph, so the diff is read before committing.
 * Used by `npm run golden:update` and scripts/add-page.ts.
 */

/** Changed paragraphs printed per page before "... and N more". */
const SHOWN_CHANGES = 8;

const cut = (s: string): string => (s.length > 110 ? `${s.slice(0, 107)}...` : s);

/** Paragraphs in `a` that `b` lacks, counted as multisets. */
function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const p of b) left.set(p, (left.get(p) ?? 0) + 1);
  return a.filter((p) => {
    const n = left.get(p) ?? 0;
    if (n > 0) left.set(p, n - 1);
    return n === 0;
  });
}

function textDiff(before: string | null, after: string): string[] {
  if (before === null) return ['  new expected.txt'];
  const old = paragraphsOf(before);
  const now = paragraphsOf(after);
  const lines = [
    ...missingFrom(old, now).map((p) => `  - ${cut(p)}`),
    ...missingFrom(now, old).map((p) => `  + ${cut(p)}`),
  ];
  if (lines.length === 0 && old.join('\n') !== now.join('\n')) lines.push('  paragraphs reordered');
  return lines.length > SHOWN_CHANGES ? [...lines.slice(0, SHOWN_CHANGES), `  ... and ${lines.length - SHOWN_CHANGES} more`] : lines;
}

export async function writeSnapshots(page: GoldenPage): Promise<void> {
  const outcome = await extractGolden(page);
  if (isFailure(outcome)) {
    process.stdout.write(`${page.slug}: NO ARTICLE (${outcome.message}); snapshots left as they were\n`);
    process.exitCode = 2;
    return;
  }
  const meta = metadataOf(outcome);
  const oldMeta = readExpectedMetadata(page);
  const changes = textDiff(readExpectedText(page), outcome.text);
  if (JSON.stringify(oldMeta) !== JSON.stringify(meta)) {
    changes.push(oldMeta === null ? '  new expected-metadata.json' : `  metadata: ${JSON.stringify(oldMeta)} -> ${JSON.stringify(meta)}`);
  }
  writeFileSync(join(page.dir, 'expected.txt'), `${outcome.text}\n`);
  writeFileSync(join(page.dir, 'expected-metadata.json'), `${JSON.stringify(meta, null, 2)}\n`);
  process.stdout.write(`${page.slug}: ${changes.length ? 'changed' : 'unchanged'}\n${changes.map((l) => `${l}\n`).join('')}`);
  const broken = page.rules ? ruleFailures(outcome, page.rules) : [];
  for (const b of broken) process.stdout.write(`  ! expect.json ${b}\n`);
}

