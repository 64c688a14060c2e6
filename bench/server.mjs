/**
 * The benchmark's server: the self-host build and pages from memory, gzip-compressed as a
 * portal's web server sends them (the slow network is about bytes on the wire), each response
 * counted by path. Loopback only, a free port.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8' };

export async function startGzipServer({ root, pages = {} }) {
  const counts = new Map();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    let body = pages[path];
    if (body === undefined) {
      const file = normalize(join(root, decodeURIComponent(path)));
      if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
      body = await readFile(file).catch(() => undefined);
    }
    if (body === undefined) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html; charset=utf-8', 'content-encoding': 'gzip', 'cache-control': 'no-cache' });
    res.end(gzipSync(body, { level: 6 }));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    count: (path) => counts.get(path) ?? 0,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
