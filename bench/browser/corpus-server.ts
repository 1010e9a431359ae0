import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Serves `<corpus>/html/<id>.html.gz` decompressed at `/<id>.html` on 127.0.0.1. Unlike the e2e
 * static server it sends no charset, so Chromium decodes each page from its own <meta charset> or
 * by sniffing, as it would the original page. Anything else answers 404 at once.
 */

export interface CorpusServer {
  url: string;
  /** Page ids in name order. */
  ids: string[];
  close(): Promise<void>;
}

export async function serveCorpus(corpusDir: string): Promise<CorpusServer> {
  const htmlDir = join(corpusDir, 'html');
  const ids = readdirSync(htmlDir)
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.replace(/\.html\.gz$/, ''))
    .sort();
  const known = new Set(ids);
  const server = createServer((req, res) => {
    const id = /^\/([^/?]+)\.html(?:\?.*)?$/.exec(req.url ?? '')?.[1];
    if (!id || !known.has(id)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = gunzipSync(readFileSync(join(htmlDir, `${id}.html.gz`)));
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': body.length, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    ids,
    close: () =>
      new Promise<void>((done, failed) => {
        server.closeAllConnections();
        server.close((err) => (err ? failed(err) : done()));
      }),
  };
}

/** How long a corpus page may take to load, in milliseconds (requests off 127.0.0.1 are refused). */
export const LOAD_TIMEOUT_MS = 20_000;

/** Opens a corpus page in a new tab; a page that never fires load is used once its DOM is there. */
export async function openCorpusPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  // The machine is offline: refuse every request that leaves 127.0.0.1 at once instead of waiting.
  // A page that sends its window elsewhere (to https, or another site) gets an empty 204, which
  // cancels the navigation and keeps the saved page; refused, it would become an error page.
  await page.route(
    (u) => u.protocol.startsWith('http') && (u.hostname !== '127.0.0.1' || u.href !== url),
    (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && request.frame() === page.mainFrame() && request.url() !== url) return route.fulfill({ status: 204 });
      return new URL(request.url()).hostname === '127.0.0.1' ? route.continue() : route.abort();
    },
  );
  // Without a load event (a request that never ends) or after a cancelled redirect, which fails
  // goto, the parsed document is enough.
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(async () => {
    await page.waitForFunction(() => document.readyState !== 'loading', undefined, { timeout: LOAD_TIMEOUT_MS });
  });
  return page;
}
