/**
 * A tiny static file server for the saved pages in test/fixtures/. The real-browser tests,
 * `npm run dev` and `npm run demo` load pages from it, because the test builds of Tally run
 * their content script on http://127.0.0.1 and http://localhost (see wxt.config.ts).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder served by default: test/fixtures/. */
export const FIXTURES_DIR = resolve(fileURLToPath(new URL('../fixtures/', import.meta.url)));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The content type for a file name; unknown extensions are served as bytes. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface FixtureServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  baseUrl: string;
  /** The address of a file under the served folder, e.g. `url('demo-article.html')`. */
  url(path: string): string;
  stop(): Promise<void>;
}

/**
 * Serves `root` (test/fixtures/ by default) on 127.0.0.1, on a free port unless one is given.
 * GET and HEAD only; `/` and folders serve their index.html; anything outside `root` is a 404.
 */
export async function startServer(
  options: { root?: string; port?: number; host?: string } = {},
): Promise<FixtureServer> {
  const root = resolve(options.root ?? FIXTURES_DIR);
  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer((req, res) => {
    void (async () => {
      const send = (status: number, body: string) => {
        res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(req.method === 'HEAD' ? undefined : body);
      };
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed\n');
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      } catch {
        return send(400, 'Bad request\n');
      }
      let file = normalize(join(root, pathname));
      // normalize() resolves `..`: whatever is left must still be inside the root.
      if (file !== root && !file.startsWith(root + sep)) return send(404, 'Not found\n');
      try {
        let info = await stat(file);
        if (info.isDirectory()) {
          file = join(file, 'index.html');
          info = await stat(file);
        }
        if (!info.isFile()) return send(404, 'Not found\n');
        res.writeHead(200, {
          'content-type': contentTypeFor(file),
          'content-length': info.size,
          // Tests edit nothing, but a developer running `npm run dev` edits fixtures.
          'cache-control': 'no-store',
        });
        if (req.method === 'HEAD') return res.end();
        createReadStream(file).pipe(res);
      } catch {
        send(404, 'Not found\n');
      }
    })();
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://${host}:${port}`;
  return {
    baseUrl,
    url: (path) => `${baseUrl}/${path.replace(/^\/+/, '')}`,
    stop: () =>
      new Promise<void>((ok) => {
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
