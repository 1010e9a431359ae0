import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

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
