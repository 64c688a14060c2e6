/**
 * The longest chain of requests that wait on one another, from CDP Network events
 * (requestWillBeSent with its initiator, loadingFinished). Link by link:
 * - the page's HTML is link 1;
 * - a request the parser or a module's static import makes (initiator without a stack) waits on
 *   its initiator: one link more;
 * - a request that running code makes (fetch, import(); initiator with a stack) waits on the
 *   module whose code made it and that module's static imports (code runs when they are all
 *   in), and on the data (fetch) requests that had arrived when it was sent (a feed's arrival
 *   can be what made it: the calendar asking for its lunar dates once the events are in): one
 *   link more than the longest of those. This can make a chain look longer than it is (data
 *   that arrived by chance before), not shorter.
 * A fetch served by a preload, or an import by a modulepreload, makes no second request, so the
 * preload's place in the chain counts; a preload that did not match (another credentials mode)
 * shows as a second request and is counted as one.
 */

/** @param {Array<{kind:'sent'|'finished', requestId:string, timestamp:number, request?:{url:string}, initiator?:any, type?:string}>} events */
export function chainOf(events, { until = Infinity } = {}) {
  const byId = new Map();
  for (const e of events) {
    if (e.kind === 'sent' && !byId.has(e.requestId)) {
      byId.set(e.requestId, { id: e.requestId, url: e.request.url, type: e.type, initiator: e.initiator, sent: e.timestamp, finished: Infinity });
    } else if (e.kind === 'finished' && byId.has(e.requestId)) byId.get(e.requestId).finished = e.timestamp;
  }
  const requests = [...byId.values()].filter((r) => !/\/favicon\.ico$/.test(r.url) && !r.url.startsWith('data:'));
  if (!requests.length) return { longest: [], toFirstContent: [], requests: 0 };
  const start = requests[0].sent;
  const cutoff = start + until / 1000;
  const path = (r) => new URL(r.url).pathname;

  const topFrame = (stack) => {
    for (let s = stack; s; s = s.parent) if (s.callFrames?.[0]?.url) return s.callFrames[0].url;
    return undefined;
  };
  const code = (r) => !!topFrame(r.initiator?.stack);
  /** The latest request for `url` sent before `time`. */
  const requestFor = (url, time) => [...requests].reverse().find((r) => r.url === url && r.sent <= time);
  /** A module and its static imports, transitively. */
  const closure = (module, seen = new Set()) => {
    if (!module || seen.has(module)) return seen;
    seen.add(module);
    for (const r of requests) if (!code(r) && r.initiator?.url === module.url && r !== module) closure(r, seen);
    return seen;
  };

  const depth = new Map();
  const before = new Map();
  const depthOf = (r, stack = new Set()) => {
    if (depth.has(r)) return depth.get(r);
    if (stack.has(r)) return 1;
    stack.add(r);
    let waits;
    if (r === requests[0]) waits = [];
    else if (!code(r)) {
      const parent = r.initiator?.url ? requestFor(r.initiator.url, r.sent) : requests[0];
      waits = parent && parent !== r ? [parent] : [requests[0]];
    } else {
      const module = requestFor(topFrame(r.initiator.stack), r.sent);
      const arrived = requests.filter((x) => x !== r && (x.type === 'Fetch' || x.type === 'XHR') && x.finished <= r.sent);
      waits = [...closure(module), ...arrived.flatMap((x) => [...closure(x)])].filter((x) => x !== r && x.finished <= r.sent);
      if (!waits.length) waits = [requests[0]];
    }
    let best = 0;
    let via;
    for (const w of waits) {
      const d = depthOf(w, stack);
      if (d > best) {
        best = d;
        via = w;
      }
    }
    before.set(r, via);
    depth.set(r, best + 1);
    stack.delete(r);
    return best + 1;
  };
  for (const r of requests) depthOf(r);

  const chainTo = (r) => {
    const list = [];
    for (let x = r; x; x = before.get(x)) list.unshift(path(x));
    return list;
  };
  const longestOf = (list) => {
    const end = list.reduce((a, b) => (depth.get(b) > depth.get(a) ? b : a), list[0]);
    return end ? chainTo(end) : [];
  };
  return {
    longest: longestOf(requests),
    toFirstContent: longestOf(requests.filter((r) => r.finished <= cutoff)),
    requests: requests.length,
    all: requests.map((r) => ({ path: path(r), depth: depth.get(r), sentMs: Math.round((r.sent - start) * 1000), doneMs: Number.isFinite(r.finished) ? Math.round((r.finished - start) * 1000) : null })),
  };
}
