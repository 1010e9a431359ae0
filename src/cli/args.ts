import { parseArgs } from 'node:util';

/** Command-line options of `npm run extract`. */

export type OutputFormat = 'json' | 'text' | 'markdown';

export interface CliOptions {
  files: string[];
  url: string | null;
  format: OutputFormat;
  outDir: string | null;
}

export const USAGE = `Usage: npm run --silent extract -- [--url URL] [--format json|text|markdown] [--out-dir DIR] FILE...

FILE is an .html, .htm or .html.gz file, or - for standard input.
One FILE without --out-dir: the result goes to standard output.
With --out-dir: DIR/<name>.json (.txt, .md) per FILE.
--url sets the page's address (default: the file's file:// URL).
Exit status: 0 every page gave an article, 2 some gave none, 1 usage or I/O error.
`;

/** A mistake in the command line: reported with the usage text, exit status 1. */
export class UsageError extends Error {}

const FORMATS: readonly OutputFormat[] = ['json', 'text', 'markdown'];
const INPUT = /\.(?:html?|html?\.gz)$/i;

/** Parses argv (without node and the script); null means "--help was asked for". */
export function parseCliArgs(argv: string[]): CliOptions | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string', default: 'json' },
        'out-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  const format = values.format as OutputFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format "${values.format}" (json, text or markdown)`);
  if (positionals.length === 0) throw new UsageError('no FILE given');
  const outDir = values['out-dir'] ?? null;
  if (!outDir && positionals.length > 1) throw new UsageError('several FILEs need --out-dir DIR');
  if (positionals.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read once');
  for (const file of positionals) {
    if (file !== '-' && !INPUT.test(file)) throw new UsageError(`${file}: not an .html, .htm or .html.gz file`);
  }
  if (values.url !== undefined && !URL.canParse(values.url)) throw new UsageError(`--url "${values.url}" is not a URL`);
  return { files: positionals, url: values.url ?? null, format, outDir };
}
