/**
 * Routes the test server answers under /test-feeds/, for the loader tests: a good feed, error
 * statuses, a slow answer, invalid JSON, an HTML page served as 200, a flaky route, and a
 * request counter per path (/test-feeds/count?path=…).
 */
import { readFileSync } from 'node:fs';

const counts = new Map();
const flaky = new Map();
const good = JSON.stringify({
  version: 1,
  lang: 'en',
  title: 'Test plan',
  timeZone: 'Asia/Shanghai',
  sections: [{ id: 's1', number: 1, title: 'One' }],
  tasks: [{ id: 't1', section: 's1', number: 1, title: 'First task', status: 'completed', progress: 100 }],
});

export async function testRoutes(ctx, next) {
  const path = ctx.path;
  if (!path.startsWith('/test-feeds/')) return next();
  if (path === '/test-feeds/count') {
    ctx.body = String(counts.get(ctx.query.path) ?? 0);
    return;
  }
  counts.set(path, (counts.get(path) ?? 0) + 1);
  const name = path.slice('/test-feeds/'.length).replace(/\/.*$/, '');
  switch (name) {
    case 'good':
    case 'slow-good': {
      if (name === 'slow-good') await new Promise((r) => setTimeout(r, 300));
      ctx.type = 'application/json';
      ctx.body = good;
      return;
    }
    case 'miyun':
      ctx.type = 'application/json';
      ctx.body = readFileSync('public/feeds/miyun-2024.json', 'utf8');
      return;
    case 'not-found':
      ctx.status = 404;
      ctx.body = 'Not found';
      return;
    case 'server-error':
      ctx.status = 500;
      ctx.body = 'boom';
      return;
    case 'flaky': {
      // Fails twice with 503, then answers: proves the retries.
      const n = (flaky.get(path) ?? 0) + 1;
      flaky.set(path, n);
      if (n <= 2) {
        ctx.status = 503;
        ctx.body = 'busy';
        return;
      }
      ctx.type = 'application/json';
      ctx.body = good;
      return;
    }
    case 'hang':
      await new Promise((r) => setTimeout(r, 3000));
      ctx.type = 'application/json';
      ctx.body = good;
      return;
    case 'invalid-json':
      ctx.type = 'application/json';
      ctx.body = '{"version": 1, "tasks": [';
      return;
    case 'html':
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Portal</title><p>Page not found</p>';
      return;
    case 'version-2':
      ctx.type = 'application/json';
      ctx.body = '{"version": 2}';
      return;
    default:
      return next();
  }
}
