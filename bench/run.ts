import { mkdir, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { argValue, type BenchModule } from './context';

/**
 * `npm run bench [-- --corpus DIR] [--only NAME] [--pages id1,id2]`: runs every
 * `bench/<name>.bench.ts` in name order, each with the same context. Reports go to bench-results/.
 */

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');

async function main(argv: string[]): Promise<void> {
  const corpusRoot = resolve(argValue(argv, 'corpus') ?? join(repoRoot, '..', 'shared', 'corpora'));
  const only = argValue(argv, 'only');
  const args = stripOwnArgs(argv);
  const outDir = join(repoRoot, 'bench-results');
  await mkdir(outDir, { recursive: true });

  const names = (await readdir(here))
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => f.replace(/\.bench\.ts$/, ''))
    .sort();
  const selected = only ? names.filter((n) => n === only) : names;
  if (selected.length === 0) {
    process.stderr.write(`bench: no benchmark named "${only}" (have: ${names.join(', ')})\n`);
    process.exitCode = 1;
    return;
  }
  for (const name of selected) {
    process.stdout.write(`\n== ${name} ==\n`);
    const mod = (await import(pathToFileURL(join(here, `${name}.bench.ts`)).href)) as { default: BenchModule };
    await mod.default({ corpusRoot, outDir, args });
  }
}

/** Drops the options run.ts itself reads, so modules see only theirs. */
function stripOwnArgs(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--corpus' || arg === '--only') i++;
    else if (!arg.startsWith('--corpus=') && !arg.startsWith('--only=')) out.push(arg);
  }
  return out;
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
