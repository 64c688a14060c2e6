/**
 * The chunk map: which source modules land in which shared file of the self-host build, and which
 * may only ever be loaded on demand. Read by vite.config.ts (the `lib` and `bundle` builds) and by
 * the size check (scripts/sizes.mjs, test/e2e/sizes.test.mjs), so the two cannot disagree.
 *
 * A module is named by its file name without `.ts` ("task-details"), or by its folder and file name
 * when the bare name is ambiguous ("feed/format" — there could be other format.ts files one day).
 * A name matches that file anywhere under src/, at any depth: moving task-details.ts into
 * src/elements/civic-task-list/views/ keeps it on demand without a change here. npm packages
 * are named as in package.json and match every file of the package.
 *
 * Adding a module:
 * - nothing to do for most modules: a module no group names lands with the entries that import it;
 * - a new module that only `import()` loads (a part of a widget loaded when it is opened, a
 *   feed-layer helper): add its name to ON_DEMAND, so it never lands in a shared file and the size
 *   check fails if an entry ever loads it statically;
 * - a new module that every widget imports: add it to the `core` group (it is then loaded once for
 *   a page with several widgets); one that every feed-driven widget imports, to `feed-ui`.
 * Check with `node scripts/build.mjs && node scripts/sizes.mjs` that no entry grew.
 */

/**
 * The shared files of the per-widget self-host build (dist/self-host/chunks/<group>-<hash>.js), highest
 * priority first. A module matched by a group goes to that group's file.
 */
export const GROUPS = [
  {
    // What every widget loads: Lit, localization, tokens, number and date formatting, the
    // widgets' base class and events.
    name: 'core',
    packages: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize'],
    modules: [
      'internal/define',
      'internal/locale',
      'internal/message-ids',
      'internal/tokens',
      'internal/dark-theme',
      'internal/style-props',
      'internal/civic-feed-element',
      'internal/events',
      'feed/format',
      'feed/dates',
      'generated/locale-codes',
    ],
    // Lit's directives stay with the widgets that use them, except the tiny ifDefined.
    leaveOut: (id) => /[\\/]directives[\\/]/.test(id) && !/if-defined/.test(id),
  },
  {
    // What every feed-driven widget loads.
    name: 'feed-ui',
    modules: ['internal/feed-controller', 'internal/state-views', 'internal/feed-text', 'feed/text', 'feed/urls', 'feed/errors', 'feed/fetch', 'feed/share'],
  },
  {
    // The ring's drawing: the ring, the indicator board and the task list's opened part.
    name: 'ring',
    modules: ['ring-view', 'civic-progress-ring.styles', 'feed/indicators'],
  },
];

/** The feed layer's modules: loaded on demand, and in one file of their own (ON_DEMAND_GROUPS). */
const FEED_LAYER = [
  'internal/feed-layer',
  'feed/load',
  'feed/cache',
  'feed/validate',
  'feed/validate-input',
  'feed/validate-items',
  'feed/validate-recurrence',
  'feed/fast-parse',
  'feed/schema',
  'feed/messages',
  'feed/limits',
  'feed/recurrence-rule',
];

/**
 * Modules that only code loaded on demand imports (the feed layer and its validator, lunar dates,
 * iCalendar, a task's opened part, the zh-Hans texts, the expansion of recurring events). No
 * entry may load them statically. (feed/recurrence is loaded by the calendar only when a feed has
 * recurring events: civic-event-calendar/recurrence-on-demand.ts; feed/recurrence-rule goes
 * with the feed layer's file, which recurrence.ts imports it from.)
 */
export const ON_DEMAND = {
  packages: ['valibot'],
  modules: [
    'task-details',
    ...FEED_LAYER,
    'feed/lunar',
    'feed/recurrence',
    'feed/ical',
    'feed/ical-recurrence',
    'ring-feed',
    'civic-event-calendar/views/year',
    'civic-event-calendar/views/year.styles',
    'civic-event-calendar/year-model',
    'zh-Hans',
    'zh-Hans-widgets',
    'zh-Hans-pages',
  ],
};

/**
 * Files of code loaded on demand, made of several modules: the feed layer in one file, so the
 * layer is one request, not a request and then its static imports (one round trip less on a
 * slow network). The recurrence rules (feed/recurrence-rule) are in it: the validator needs them,
 * and the code that imports them besides (recurrence.ts, the year view, the iCalendar writer) is
 * loaded on demand after the layer has been requested, so importing them from this file costs no
 * extra request. (No widget's own file imports them: the calendar's rule descriptions get the
 * parser from recurrence.ts once it is in.) The
 * per-widget build only: in civic-widgets.js the group made rolldown split its runtime helpers
 * into one more file that every page would load. (Rolldown's runtime helpers never reach a
 * group's `test`; scripts/inline-runtime.ts copies them into the files that use them, so the
 * feed layer imports nothing a widget has not loaded already.)
 */
export const ON_DEMAND_GROUPS = [
  {
    name: 'feed-layer',
    packages: ['valibot'],
    modules: FEED_LAYER,
  },
];

/** The path with forward slashes and without a query (`?commonjs-proxy`, `?v=…`). */
const clean = (id) => id.split('?')[0].split('\\').join('/');

/** True when `id` (an absolute or relative file path) is a source file named `name`. */
export function isModule(id, name) {
  const path = clean(id);
  if (path.includes('/node_modules/') || !path.includes('src/')) return false;
  const withoutExt = path.replace(/\.(ts|js|mjs)$/, '');
  return withoutExt.endsWith('/' + name);
}

/** True when `id` is a file of the npm package `name`. */
export function isPackage(id, name) {
  return clean(id).includes(`/node_modules/${name}/`);
}

const matches = ({ packages = [], modules = [] }, id) => packages.some((p) => isPackage(id, p)) || modules.some((m) => isModule(id, m));

/** The shared group `id` belongs to, or undefined. */
export function groupOf(id) {
  return GROUPS.find((g) => matches(g, id) && !g.leaveOut?.(id))?.name;
}

/** True when `id` may only be loaded on demand. */
export function isOnDemand(id) {
  return matches(ON_DEMAND, id);
}

/** Rolldown's codeSplitting groups for the code loaded on demand (ON_DEMAND_GROUPS), lowest priority. */
export function onDemandGroups() {
  return ON_DEMAND_GROUPS.map((g) => ({ name: g.name, priority: 0, test: (id) => groupOf(id) === undefined && matches(g, id) }));
}

/** Rolldown's codeSplitting groups for the per-widget build, from GROUPS and ON_DEMAND_GROUPS. */
export function codeSplittingGroups() {
  return [...GROUPS.map((g, i) => ({ name: g.name, priority: GROUPS.length - i, test: (id) => groupOf(id) === g.name })), ...onDemandGroups()];
}

/** Where the self-host build goes (the npm build is dist/ itself). */
export const SELF_HOST = 'dist/self-host';
