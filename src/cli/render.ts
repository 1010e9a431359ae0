import { basename } from 'node:path';
import { JSDOM } from 'jsdom';
import type { PurifyWindow } from '../core/sanitize';
import { isFailure, type ExtractOutcome, type ExtractResult } from '../core/types';
import { articleMarkdown } from '../shared/markdown';
import type { OutputFormat } from './args';

/** Turns an extraction outcome into the CLI's output text, and names its output file. */

const EXTENSIONS: Record<OutputFormat, string> = { json: '.json', text: '.txt', markdown: '.md' };

/** `DIR/<name>.<ext>`: the input's file name less `.gz` and `.html`/`.htm`; stdin is "stdin". */
export function outputName(file: string, format: OutputFormat): string {
  const name = file === '-' ? 'stdin' : basename(file).replace(/\.gz$/i, '').replace(/\.html?$/i, '');
  return `${name}${EXTENSIONS[format]}`;
}

/** A blank window to build the Markdown in: each page's own window is closed once it is read. */
let blank: PurifyWindow | null = null;

/** The popup's "Copy as Markdown", so the two never drift apart. */
export function toMarkdown(result: ExtractResult): string {
  blank ??= new JSDOM('<!doctype html><html><body></body></html>').window as unknown as PurifyWindow;
  return articleMarkdown(result, blank);
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
