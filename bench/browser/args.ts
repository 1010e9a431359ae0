import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Command-line reading shared by `bench:browser` and `bench:compare`. */

const ROOT = resolve(import.meta.dirname, '../..');

/** `--name value` or `--name=value`. */
export function value(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/**
 * `--corpus`, or ../shared/corpora/scrapinghub. Accepts the scrapinghub folder itself or the
 * corpora folder above it (what `npm run bench` takes).
 */
export function corpusOption(argv: readonly string[]): string {
  const dir = resolve(value(argv, 'corpus') ?? join(ROOT, '..', 'shared', 'corpora', 'scrapinghub'));
  return existsSync(join(dir, 'html')) ? dir : join(dir, 'scrapinghub');
}
