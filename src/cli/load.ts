import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from './charset';

/**
 * The one "HTML file -> jsdom Document" loader, shared by the command-line extractor, the
 * benchmark and the golden tests, so all three see a page exactly the same way.
 */

export interface LoadedPage {
  dom: JSDOM;
  document: Document;
  window: Window & typeof globalThis;
}

/**
 * A console that drops everything jsdom reports. jsdom logs "Could not parse CSS stylesheet" for
 * many real pages; nothing it says is useful to a reader of the CLI's output, and stdout must hold
 * only the result.
 */
function silentConsole(): VirtualConsole {
  const console = new VirtualConsole();
  console.on('jsdomError', () => undefined);
  return console;
}

/**
 * Parses HTML into a document with no browsing context: a jsdom window at the page's URL supplies
 * `DOMParser`, and the document it returns runs no scripts, loads nothing and, above all, does
 * not parse stylesheets. jsdom parses every `<style>` of a window's own document; on real pages
 * that is three quarters of the load time, and one scrapinghub page's `calc()` makes it throw.
 * The document's URL (and so every relative link) is the window's. Callers pass `window` to
 * `extractArticle`, since the document's `defaultView` is null.
 */
export function parseHtml(html: string, url: string): LoadedPage {
  const dom = new JSDOM('', { url, virtualConsole: silentConsole() });
  const window = dom.window as unknown as Window & typeof globalThis;
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  return { dom, document, window };
}

/** Bytes of a page: `.gz` files are gunzipped, `-` reads standard input. */
export async function readPageBytes(file: string): Promise<Uint8Array> {
  const raw = file === '-' ? await readStdin() : await readFile(file);
  return file.endsWith('.gz') ? gunzipSync(raw) : raw;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The address a page gets when the caller gives none: its file:// URL (stdin gets a placeholder). */
export function defaultUrl(file: string): string {
  return file === '-' ? 'file:///dev/stdin' : pathToFileURL(resolve(file)).href;
}

/** Reads, decodes (honouring the page's declared charset) and parses one HTML file. */
export async function loadPage(file: string, url = defaultUrl(file)): Promise<LoadedPage> {
  return parseHtml(decodeHtml(await readPageBytes(file)), url);
}

/** Same as `loadPage` for bytes already in memory (the benchmark reads its corpus itself). */
export function loadBytes(bytes: Uint8Array, url: string): LoadedPage {
  return parseHtml(decodeHtml(bytes), url);
}
