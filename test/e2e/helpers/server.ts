import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** A static file server on 127.0.0.1, so browser tests load real http:// pages without the network. */
export interface StaticServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
};

/** Maps a request path inside `root`; null when it would escape the root. */
function fileFor(root: string, urlPath: string): string | null {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const file = normalize(join(root, path));
  return file === root || file.startsWith(root + sep) ? file : null;
}

/** Serves `rootDir` on an ephemeral port of 127.0.0.1; directories serve their index.html. */
export async function startServer(rootDir: string): Promise<StaticServer> {
  const root = resolve(rootDir);
  const server = createServer((req, res) => {
    void (async () => {
      let file = fileFor(root, req.url ?? '/');
      if (file && (await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const info = file ? await stat(file).catch(() => null) : null;
      if (!file || !info?.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(res);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done, failed) => {
        server.closeAllConnections();
        server.close((err) => (err ? failed(err) : done()));
      }),
  };
}
