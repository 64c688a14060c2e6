/**
 * validate(): turns any input (feed text or an object) into a cleaned feed plus a list of
 * problems. It never throws. Fatal only when the document is not JSON, not an object, or of an
 * unsupported version; a bad item is left out, a bad field is repaired or ignored, each with a
 * problem that has a JSON Pointer, a severity and a message in English and Chinese.
 */
import * as v from 'valibot';
import { FAIL, fastParse } from './fast-parse.js';
import { LIMITS } from './limits.js';
import { problem } from './messages.js';
import { checkRecurrence } from './validate-recurrence.js';
import { LISTS, MetaSchema } from './schema.js';
import { DEFAULT_TIME_ZONE, isTimeZone } from './dates.js';
import { SKIPPED_KEYS, clone, describe, parseText, pointer, sanitize } from './validate-input.js';
import { checkEvent, checkIndicator, feedDates, finishUpdates, preRepairIndicator, preRepairTask } from './validate-items.js';
import type { Feed, FeedEvent, Indicator, Problem, Task, ValidationResult } from './types.js';

export { pointer };

type Json = unknown;
type Obj = Record<string, Json>;
type Key = string | number;

const KIND_ZH: Record<string, string> = {
  sections: '部分',
  tasks: '任务',
  indicators: '指标',
  categories: '类别',
  events: '活动',
};
const KIND_EN: Record<string, string> = {
  sections: 'section',
  tasks: 'task',
  indicators: 'indicator',
  categories: 'category',
  events: 'event',
};

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

type AnySchema = v.GenericSchema & {
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  value?: AnySchema;
  wrapped?: AnySchema;
};

/**
 * The index of the deepest segment of `path` that may be removed without breaking the item:
 * an optional field, an element of a list, or an entry of a Text object. -1: none (the item
 * itself must go).
 */
function removableDepth(schema: AnySchema, path: Key[]): number {
  let node: AnySchema | undefined = schema;
  let found = -1;
  for (let i = 0; i < path.length && node; i++) {
    while (node && node.type === 'optional') node = node.wrapped;
    if (!node) break;
    if (node.type === 'object' && typeof path[i] === 'string') {
      const entry: AnySchema | undefined = node.entries?.[path[i] as string];
      if (entry?.type === 'optional') found = i;
      node = entry;
    } else if (node.type === 'array') {
      found = i;
      node = node.item;
    } else if (node.type === 'record') {
      found = i;
      node = node.value;
    } else break;
  }
  return found;
}

/** Original positions of list elements, so problems point at the input even after removals. */
type Positions = WeakMap<unknown[], number[]>;

/** The path with each list index mapped back to its position in the input. */
function originalPath(root: Obj, path: Key[], positions: Positions): Key[] {
  let node: unknown = root;
  return path.map((key) => {
    const here = node;
    node = (here as Obj)?.[key as string];
    if (Array.isArray(here) && typeof key === 'number') return positions.get(here)?.[key] ?? key;
    return key;
  });
}

function removeAt(root: Obj, path: Key[], positions: Positions): void {
  let node: unknown = root;
  for (let i = 0; i < path.length - 1; i++) node = (node as Obj)[path[i] as string];
  const last = path[path.length - 1];
  if (Array.isArray(node)) {
    if (!positions.has(node)) positions.set(node, node.map((_, i) => i));
    positions.get(node)!.splice(last as number, 1);
    node.splice(last as number, 1);
  } else if (isObj(node)) delete node[last as string];
}

/**
 * Parses one object against its schema, removing what is invalid where the schema allows it.
 * Returns undefined (with an error problem) when a required field is missing or invalid.
 */
function repairParse<T>(
  schema: AnySchema,
  input: Obj,
  base: Key[],
  problems: Problem[],
  kind: string,
): T | undefined {
  const fast = fastParse(schema, input);
  if (fast !== FAIL) return fast as T;
  // The slow path repairs in place, and the input may be the caller's object.
  input = clone(input) as Obj;
  const positions: Positions = new WeakMap();
  for (let attempt = 0; attempt < 200; attempt++) {
    const result = v.safeParse(schema, input);
    if (result.success) return result.output as T;
    const issue = result.issues[0];
    const path: Key[] = (issue.path ?? []).map((p) => p.key as Key);
    const depth = removableDepth(schema, path);
    const key = path.length ? path.join('/') : kind;
    if (depth < 0) {
      problems.push(
        problem(pointer(base), 'error', 'invalid-item', {
          kind: KIND_EN[kind] ?? kind,
          kindZh: KIND_ZH[kind] ?? kind,
          key,
          expected: issue.input === undefined ? 'a value' : (issue.expected ?? 'a value'),
        }),
      );
      return undefined;
    }
    const cut = path.slice(0, depth + 1);
    const where = pointer([...base, ...originalPath(input, cut, positions)]);
    if (issue.message === 'invalid-date' || issue.message === 'unsafe-url') {
      problems.push(problem(where, 'warning', issue.message, { value: describe(issue.input).replace(/^"|"$/g, '') }));
    } else {
      problems.push(
        problem(where, 'warning', 'invalid-field', {
          key: cut.join('/'),
          expected: issue.expected ?? 'a valid value',
          received: describe(issue.input),
        }),
      );
    }
    removeAt(input, cut, positions);
  }
  problems.push(problem(pointer(base), 'error', 'invalid', { detail: 'too many problems' }));
  return undefined;
}

/** Validates and cleans a feed: `input` is the feed's text or an already-parsed value. */
export function validate(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  return advance(validateSteps(input, problems), problems, Infinity)!;
}

/**
 * validate() in slices of about `sliceMs` milliseconds, so that a large feed never blocks the
 * page for long: the result itself when it was done within one slice (a small feed), else a
 * promise of it, the work going on between frames. The result is the same as validate()'s.
 * `onPause` is called once, at the first pause (only a large feed pauses), in a task of its own:
 * the caller's chance to prepare for the result (a widget makes its date formatters).
 */
export function validateInSlices(input: unknown, sliceMs = 8, onPause?: () => void): ValidationResult | Promise<ValidationResult> {
  const problems: Problem[] = [];
  const steps = validateSteps(input, problems);
  let pause = onPause;
  const next = (): ValidationResult | Promise<ValidationResult> => {
    const done = advance(steps, problems, performance.now() + sliceMs);
    if (done) return done;
    const prepare = pause;
    pause = undefined;
    if (!prepare) return yieldToPage().then(next);
    // The caller's work runs between two slices, in a task of its own.
    return yieldToPage()
      .then(() => {
        try {
          prepare();
        } catch {
          // The caller's business; the validation goes on.
        }
      })
      .then(yieldToPage)
      .then(next);
  };
  return next();
}

type Steps = Generator<void, ValidationResult, void>;

/** Runs the steps until they are done (the result) or the time is past `until` (undefined). */
function advance(steps: Steps, problems: Problem[], until: number): ValidationResult | undefined {
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (until !== Infinity && performance.now() > until) return undefined;
    }
  } catch (err) {
    problems.push(problem('', 'error', 'invalid', { detail: err instanceof Error ? err.message : String(err) }));
    return { problems, fatal: true };
  }
}

/** Lets the page paint and handle input: scheduler.yield() where there is one, else a message. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The validation, one step (a pause point) a list item. */
function* validateSteps(input: unknown, problems: Problem[]): Steps {
  let raw: Json = input;
  if (typeof input === 'string') {
    const parsed = parseText(input, problems);
    if (!parsed.ok) return { problems, fatal: true };
    raw = parsed.value;
  }
  if (!isObj(raw)) {
    problems.push(problem('', 'error', 'not-object'));
    return { problems, fatal: true };
  }
  if (raw.version !== 1) {
    problems.push(problem('/version', 'error', 'version', { value: describe(raw.version) }));
    return { problems, fatal: true };
  }
  // Everything but the lists here; the lists' items one at a time below.
  const top: Obj = {};
  for (const key of Object.keys(raw)) if (!SKIPPED_KEYS.has(key) && !hasOwn(LISTS, key)) top[key] = raw[key];
  const doc = sanitize(top, [], problems) as Obj;

  const meta = repairParse<v.InferOutput<typeof MetaSchema>>(MetaSchema as AnySchema, pickMeta(doc), [], problems, 'feed') ?? {};
  let lang = meta.lang ?? 'zh-Hans';
  try {
    lang = Intl.getCanonicalLocales(lang)[0] ?? 'zh-Hans';
  } catch {
    problems.push(problem('/lang', 'warning', 'bad-lang', { value: lang }));
    lang = 'zh-Hans';
  }
  let timeZone = meta.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) {
    problems.push(problem('/timeZone', 'warning', 'bad-time-zone', { value: timeZone }));
    timeZone = DEFAULT_TIME_ZONE;
  }
  const dates = feedDates(meta.updated, timeZone);

  const lists = {} as Pick<Feed, keyof typeof LISTS>;
  for (const name of Object.keys(LISTS) as (keyof typeof LISTS)[]) {
    const list = hasOwn(raw, name) ? raw[name] : undefined;
    const out: unknown[] = [];
    if (list !== undefined && !Array.isArray(list)) {
      problems.push(problem(pointer([name]), 'warning', 'not-a-list', { key: name }));
    }
    let length = Array.isArray(list) ? list.length : 0;
    if (length > LIMITS.maxItems) {
      problems.push(problem(pointer([name]), 'warning', 'too-many-items', { limit: LIMITS.maxItems }));
      length = LIMITS.maxItems;
    }
    const seen = new Set<string>();
    for (let i = 0; i < length; i++) {
      yield;
      const base: Key[] = [name, i];
      const clean = sanitize((list as Json[])[i], base, problems, 2); // restores `base` as it was
      if (!isObj(clean)) {
        problems.push(problem(pointer(base), 'error', 'invalid-item', { kind: KIND_EN[name], kindZh: KIND_ZH[name], key: name, expected: 'an object' }));
        continue;
      }
      const item = { ...clean }; // pre-repairs change fields; the caller's object stays as it was
      const unknownStatus = name === 'tasks' && preRepairTask(item, base, problems, dates);
      if (name === 'indicators') preRepairIndicator(item, base, problems);
      if (name === 'events') checkRecurrence(item, base, problems);
      const parsed = repairParse<{ id: string } & Obj>(LISTS[name] as AnySchema, item, base, problems, name);
      if (!parsed) continue;
      if (seen.has(parsed.id)) {
        problems.push(problem(pointer([...base, 'id']), 'warning', 'duplicate-id', { value: parsed.id }));
        continue;
      }
      seen.add(parsed.id);
      if (unknownStatus) (parsed as unknown as Task).status = 'unknown';
      if (name === 'tasks') finishUpdates(parsed as unknown as Task, base, problems, dates);
      if (name === 'indicators') {
        const ind = parsed as unknown as Indicator;
        ind.comparison ??= 'at-least';
        checkIndicator(ind, base, problems);
      }
      if (name === 'events') checkEvent(parsed as unknown as FeedEvent, base, problems, timeZone);
      (parsed as Obj).__index = i;
      out.push(parsed);
    }
    (lists as Record<string, unknown[]>)[name] = out;
  }
  yield;
  checkReferences(lists, problems);
  for (const list of Object.values(lists)) for (const item of list as Obj[]) delete item.__index;

  const feed: Feed = {
    version: 1,
    ...meta,
    lang,
    timeZone,
    sample: meta.sample ?? false,
    ...lists,
  };
  return { feed, problems, fatal: false };
}

const hasOwn = (obj: Obj, key: string) => Object.prototype.hasOwnProperty.call(obj, key);

function pickMeta(doc: Obj): Obj {
  const out: Obj = {};
  for (const key of Object.keys(MetaSchema.entries)) if (key in doc) out[key] = doc[key];
  return out;
}

/** Dangling references: warned; the reference is dropped, or (a task's section) kept for "Other". */
function checkReferences(lists: Pick<Feed, keyof typeof LISTS>, problems: Problem[]): void {
  const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
  const sections = ids(lists.sections);
  const tasks = ids(lists.tasks);
  const indicators = ids(lists.indicators);
  const categories = ids(lists.categories);
  const at = (name: string, item: unknown, ...rest: Key[]) =>
    pointer([name, (item as Obj).__index as number, ...rest]);
  const missing = (path: string, value: string, kind: keyof typeof KIND_EN) =>
    problems.push(problem(path, 'warning', 'missing-ref', { value, kind: KIND_EN[kind], kindZh: KIND_ZH[kind] }));

  for (const task of lists.tasks) {
    if (task.section !== undefined && !sections.has(task.section)) missing(at('tasks', task, 'section'), task.section, 'sections');
    if (task.indicators) {
      task.indicators = task.indicators.filter((id, j) => {
        if (indicators.has(id)) return true;
        missing(at('tasks', task, 'indicators', j), id, 'indicators');
        return false;
      });
    }
  }
  for (const ind of lists.indicators) {
    if (ind.task !== undefined && !tasks.has(ind.task)) {
      missing(at('indicators', ind, 'task'), ind.task, 'tasks');
      delete ind.task;
    }
  }
  for (const ev of lists.events) {
    if (ev.task !== undefined && !tasks.has(ev.task)) {
      missing(at('events', ev, 'task'), ev.task, 'tasks');
      delete ev.task;
    }
    if (ev.category !== undefined && !categories.has(ev.category)) {
      missing(at('events', ev, 'category'), ev.category, 'categories');
      delete ev.category;
    }
  }
}
