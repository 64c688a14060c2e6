/**
 * --check-links: every link in the feed is asked for (HEAD, then GET when HEAD is refused), four at
 * a time, each with a time limit; the ones that do not answer 2xx/3xx are reported.
 */
import type { Feed } from '../feed/types.js';
import { pointer } from '../feed/validate.js';
import { cliProblem, type CliProblem } from './messages.js';

export interface FeedLink {
  url: string;
  /** JSON Pointer of the url in the input document. */
  path: string;
}

type Obj = Record<string, unknown>;

/** The feed's links, with pointers into `doc` (the document before validation, when known). */
export function collectLinks(feed: Feed, doc?: Obj): FeedLink[] {
  const indexOf = (list: string, id: string, fallback: number) => {
    const items = doc?.[list];
    if (!Array.isArray(items)) return fallback;
    const i = items.findIndex((x) => (x as Obj | null)?.id === id);
    return i < 0 ? fallback : i;
  };
  const out: FeedLink[] = [];
  if (feed.publisher?.url) out.push({ url: feed.publisher.url, path: '/publisher/url' });
  feed.tasks.forEach((task, i) => {
    const at = indexOf('tasks', task.id, i);
    task.links?.forEach((link, j) => out.push({ url: link.url, path: pointer(['tasks', at, 'links', j, 'url']) }));
  });
  feed.events.forEach((ev, i) => {
    if (ev.url) out.push({ url: ev.url, path: pointer(['events', indexOf('events', ev.id, i), 'url']) });
  });
  return out;
}

export interface LinkCheckOptions {
  base?: string;
  timeoutMs?: number;
  concurrency?: number;
}

async function probe(url: string, timeoutMs: number): Promise<{ status?: number; timeout?: boolean; error?: string }> {
  const ask = async (method: 'HEAD' | 'GET') => {
    const res = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    await res.body?.cancel().catch(() => undefined);
    return res.status;
  };
  try {
    let status = await ask('HEAD');
    if (status === 405 || status === 501 || status === 403) status = await ask('GET');
    return { status };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return { timeout: true };
    return { error: e.cause?.code ?? e.message };
  }
}

/** Checks the links; returns the problems and how many links were asked for. */
export async function checkLinks(links: FeedLink[], options: LinkCheckOptions = {}): Promise<{ problems: CliProblem[]; checked: number }> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const problems: CliProblem[] = [];
  const jobs: { link: FeedLink; url: string }[] = [];
  for (const link of links) {
    if (/^https?:\/\//i.test(link.url)) jobs.push({ link, url: link.url });
    else if (options.base) jobs.push({ link, url: new URL(link.url, options.base).href });
    else problems.push(cliProblem(link.path, 'warning', 'link-relative', { url: link.url }));
  }
  // The same address is asked for once.
  const results = new Map<string, Promise<Awaited<ReturnType<typeof probe>>>>();
  const queue = [...new Set(jobs.map((j) => j.url))];
  const workers = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const p = probe(url, timeoutMs);
      results.set(url, p);
      await p;
    }
  });
  await Promise.all(workers);
  for (const { link, url } of jobs) {
    const r = await results.get(url)!;
    if (r.timeout) problems.push(cliProblem(link.path, 'error', 'link-timeout', { url, seconds: timeoutMs / 1000 }));
    else if (r.error) problems.push(cliProblem(link.path, 'error', 'link-failed', { url, detail: r.error }));
    else if (r.status !== undefined && r.status >= 400) problems.push(cliProblem(link.path, 'error', 'link-broken', { url, status: r.status }));
  }
  return { problems, checked: results.size };
}
