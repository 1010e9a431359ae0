import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractArticle } from '../core/extract';
import { isFailure, type ExtractOutcome } from '../core/types';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './args';
import { defaultUrl, loadPage } from './load';
import { outputName, render } from './render';

/**
 * `npm run --silent extract -- [--url URL] [--format json|text|markdown] [--out-dir DIR] FILE...`
 * Exit status: 0 every page gave an article, 2 some gave none, 1 usage or I/O error.
 */

const EXIT_OK = 0;
const EXIT_ERROR = 1;
const EXIT_NO_ARTICLE = 2;

function say(message: string): void {
  process.stderr.write(`extract: ${message}\n`);
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The page's outcome, or an exit status when it could not be read or the extractor threw. */
async function extractFile(file: string, url: string | null): Promise<ExtractOutcome | number> {
  let page;
  try {
    page = await loadPage(file, url ?? defaultUrl(file));
  } catch (err) {
    say(`${file}: cannot read: ${errorText(err)}`);
    return EXIT_ERROR;
  }
  try {
    return extractArticle(page.document, { url: url ?? defaultUrl(file), window: page.window });
  } catch (err) {
    // A bug in Sift, not in the page: say so, and keep going with the other files.
    say(`${file}: extraction failed: ${errorText(err)}`);
    return EXIT_ERROR;
  } finally {
    page.window.close();
  }
}

/** Extracts one file and writes its output; returns the file's exit status. */
async function processFile(file: string, options: CliOptions): Promise<number> {
  const outcome = await extractFile(file, options.url);
  if (typeof outcome === 'number') return outcome;
  const output = render(outcome, options.format);
  const failed = isFailure(outcome);
  if (failed) say(`${file}: no article found`);
  if (output !== null) {
    if (options.outDir) await writeFile(join(options.outDir, outputName(file, options.format)), output);
    else process.stdout.write(output);
  }
  return failed ? EXIT_NO_ARTICLE : EXIT_OK;
}

/** Two inputs with the same name would overwrite each other's output. */
function checkNames(options: CliOptions): void {
  const seen = new Map<string, string>();
  for (const file of options.files) {
    const name = outputName(file, options.format);
    const other = seen.get(name);
    if (other) throw new UsageError(`${other} and ${file} would both write ${name}`);
    seen.set(name, file);
  }
}

async function main(argv: string[]): Promise<number> {
  let options: CliOptions | null;
  try {
    options = parseCliArgs(argv);
    if (options?.outDir) checkNames(options);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    say(err.message);
    process.stderr.write(USAGE);
    return EXIT_ERROR;
  }
  if (!options) {
    process.stdout.write(USAGE);
    return EXIT_OK;
  }
  if (options.outDir) {
    try {
      await mkdir(options.outDir, { recursive: true });
    } catch (err) {
      say(`${options.outDir}: ${errorText(err)}`);
      return EXIT_ERROR;
    }
  }
  let status = EXIT_OK;
  for (const file of options.files) {
    let code: number;
    try {
      code = await processFile(file, options);
    } catch (err) {
      say(`${file}: ${errorText(err)}`); // writing the output failed
      code = EXIT_ERROR;
    }
    // An I/O error outranks a page without an article.
    if (code === EXIT_ERROR || (code === EXIT_NO_ARTICLE && status === EXIT_OK)) status = code;
  }
  return status;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    say(errorText(err));
    process.exitCode = EXIT_ERROR;
  },
);
