/**
 * A small static server for the end-to-end tests: serves the self-host build (dist/self-host/: the
 * built library, embed page and demo feeds) and test pages made on the fly, with the headers a test asks for (a strict
 * CSP, CORS). It logs every request so tests can count them. Loopback only.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { SELF_HOST } from '../../scripts/chunks.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

/**
 * Starts a server on 127.0.0.1 (a free port). `pages` maps a path to { body, headers } or a
 * function of the request returning one; other paths are files under `root`. With `cache`, the
 * browser may keep the files for an hour (a test that opens hundreds of pages of the same files).
 */
export async function startServer({ root = SELF_HOST, pages = {}, cors = false, cache = false } = {}) {
  const log = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    log.push(url.pathname + url.search);
    const headers = cors ? { 'access-control-allow-origin': '*' } : {};
    let page = pages[url.pathname];
    if (typeof page === 'function') page = page(url);
    if (page) {
      res.writeHead(page.status ?? 200, { 'content-type': TYPES[extname(url.pathname)] ?? 'text/html; charset=utf-8', ...headers, ...(page.headers ?? {}) });
      res.end(page.body);
      return;
    }
    const path = normalize(join(root, decodeURIComponent(url.pathname))).replace(/\/$/, '/index.html');
    if (!path.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path.endsWith('/') ? path + 'index.html' : path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers, ...(cache ? { 'cache-control': 'max-age=3600' } : {}) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    pages,
    count: (prefix) => log.filter((p) => p.startsWith(prefix)).length,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
