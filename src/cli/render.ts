import { basename } from 'node:path';
import TurndownService from 'turndown';
import { isFailure, type ExtractOutcome, type ExtractResult } from '../core/types';
import type { OutputFormat } from './args';

/** Turns an extraction outcome into the CLI's output text, and names its output file. */

const EXTENSIONS: Record<OutputFormat, string> = { json: '.json', text: '.txt', markdown: '.md' };

/** `DIR/<name>.<ext>`: the input's file name less `.gz` and `.html`/`.htm`; stdin is "stdin". */
export function outputName(file: string, format: OutputFormat): string {
  const name = file === '-' ? 'stdin' : basename(file).replace(/\.gz$/i, '').replace(/\.html?$/i, '');
  return `${name}${EXTENSIONS[format]}`;
}

let turndown: TurndownService | null = null;

/** Markdown from the sanitized article HTML, under the title as a level-1 heading. */
export function toMarkdown(result: ExtractResult): string {
  turndown ??= new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  const body = turndown.turndown(result.html).trim();
  const byline = result.byline ? `\n\n_${result.byline}_` : '';
  return `# ${result.title}${byline}\n\n${body}\n`;
}

/**
 * The output for one page. A failure renders as its JSON in json format and as nothing (null)
 * in text or markdown, where an error object would be mistaken for an article.
 */
export function render(outcome: ExtractOutcome, format: OutputFormat): string | null {
  if (format === 'json') return `${JSON.stringify(outcome, null, 2)}\n`;
  if (isFailure(outcome)) return null;
  return format === 'text' ? `${outcome.text}\n` : toMarkdown(outcome);
}
