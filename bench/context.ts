/** What `bench/run.ts` hands every `bench/*.bench.ts` module's default export. */
export interface BenchContext {
  /** The corpora folder (holds scrapinghub/ and readability-test-pages/). */
  corpusRoot: string;
  /** Where reports go (bench-results/, git-ignored); it exists. */
  outDir: string;
  /** Arguments run.ts did not consume, e.g. `--pages id1,id2`. */
  args: string[];
}

export type BenchModule = (ctx: BenchContext) => Promise<void>;

/** The value of `--name value` or `--name=value` in `args`, if present. */
export function argValue(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === `--${name}`) return args[i + 1];
    if (arg?.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

/** `--pages a,b,c` as a set, or undefined for "all pages". */
export function pageFilter(args: readonly string[]): Set<string> | undefined {
  const value = argValue(args, 'pages');
  return value ? new Set(value.split(',').map((s) => s.trim()).filter(Boolean)) : undefined;
}
