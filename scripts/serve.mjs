// A small static file server for tests and the benchmark: serves dist/ on
// loopback, under an optional base path, with gzip, the usual types and the
// cache headers docs/DEPLOY.md recommends (hashed files in _astro/ for a year,
// everything else revalidated), so a browser reuses scripts as it would in use.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * @param {{ root: string, base?: string, port?: number }} options
 * @returns {Promise<{ url: string, close: () => Promise<void>, requests: string[] }>}
 */
export async function startServer({ root, base = '/', port = 0 }) {
  const dir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const requests = [];
  const assets = `${prefix}_astro/`;
  /** Gzipped bodies by file and modification time: the same file is compressed once. */
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const send404 = async () => {
      const page = await readFile(join(dir, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(page);
    };
    if (!path.startsWith(prefix)) return send404();
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) return send404();
    try {
      let info = await stat(file);
      if (info.isDirectory()) info = await stat((file = join(file, 'index.html')));
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && /text|javascript|json|svg|xml/.test(type);
      const key = `${file} ${info.mtimeMs}`;
      let body = gzip ? gzipped.get(key) : undefined;
      if (!body) {
        body = await readFile(file);
        if (gzip) gzipped.set(key, (body = gzipSync(body)));
      }
      const cache = path.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache';
      res.writeHead(200, { 'content-type': type, 'cache-control': cache, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
      res.end(body);
    } catch {
      await send404();
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}${prefix}`;
  return {
    url,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
