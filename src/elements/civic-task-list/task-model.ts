/**
 * The task list's logic, without any DOM: scope (the editor's attributes), filters (the
 * resident's chips, section and search), status counts, progress, the "of which" due counts
 * (overdue, due with no update since: src/feed/timeliness.ts) and grouping by section. Usable from Node (the benchmark and unit tests use it).
 */
import { pickText } from '../../feed/text.js';
import { todayIn } from '../../feed/dates.js';
import { dataAsOf, dueCounts, type DueCounts } from '../../feed/timeliness.js';
import type { Feed, Task, TaskStatus } from '../../feed/types.js';

export type StatusKey = TaskStatus | 'unknown';

/** The order statuses are listed in (chips, summary). */
export const STATUS_ORDER: readonly StatusKey[] = ['completed', 'in-progress', 'delayed', 'not-started', 'unknown'];

/** The group id of tasks whose section is missing or not in the feed. */
export const OTHER_SECTION = '\u0000other';

export interface TaskFilter {
  /** Statuses to show; empty: all. */
  statuses: readonly string[];
  /** Section ids to show; empty: all. */
  sections: readonly string[];
  /** Search text; every word must appear (substring) in the task's title, summary, owners or number. */
  query: string;
}

export const NO_FILTER: TaskFilter = { statuses: [], sections: [], query: '' };

/** Splits an attribute value like "s1 s2" or "s1,s2" into ids. */
export function splitList(value: string | null | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(/[\s,，、]+/).filter(Boolean))];
}

/** Text folded for matching: NFKC (full-width letters and digits → half-width), lower case. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The search terms of a query: split on white space (Chinese needs no word boundaries). */
export function queryTerms(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/** The group a task belongs to: its section when the feed has it, else OTHER_SECTION. */
export function groupOf(task: Task, sectionIds: ReadonlySet<string>): string {
  return task.section !== undefined && sectionIds.has(task.section) ? task.section : OTHER_SECTION;
}

/** The text searched for a task in language `lang`: number, title, summary and owners. */
export function searchText(task: Task, lang: string, feedLang: string): string {
  const parts = [
    task.number === undefined ? '' : String(task.number),
    pickText(task.title, lang, feedLang),
    pickText(task.summary, lang, feedLang),
    ...(task.owners ?? []).map((o) => pickText(o, lang, feedLang)),
  ];
  return fold(parts.join('\n'));
}

/** True when every term appears in `haystack` (already folded). */
export function matches(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}

/** A task's progress 0–100: its figure, 100 when completed without one, else undefined. */
export function progressOf(task: Task): number | undefined {
  if (typeof task.progress === 'number' && Number.isFinite(task.progress)) return Math.min(100, Math.max(0, task.progress));
  return task.status === 'completed' ? 100 : undefined;
}

/** The mean progress of the tasks that have a figure (see progressOf), or undefined when none has. */
export function averageProgress(tasks: readonly Task[]): number | undefined {
  let sum = 0;
  let n = 0;
  for (const t of tasks) {
    const p = progressOf(t);
    if (p !== undefined) {
      sum += p;
      n++;
    }
  }
  return n ? sum / n : undefined;
}

/** Today's date in the feed's time zone (the day due dates are judged against; see dueState). */
export function feedToday(feed: Pick<Feed, 'timeZone'>, now: Date = new Date()): string {
  return todayIn(feed.timeZone, now);
}

export type StatusCounts = Record<StatusKey, number>;

export function countStatuses(tasks: readonly Task[]): StatusCounts {
  const counts: StatusCounts = { completed: 0, 'in-progress': 0, delayed: 0, 'not-started': 0, unknown: 0 };
  for (const t of tasks) counts[t.status in counts ? t.status : 'unknown']++;
  return counts;
}

export interface Scope {
  /** Section ids the editor chose (section attribute); empty: all. */
  sections: readonly string[];
  /** Statuses the editor chose (status attribute); empty: all. */
  statuses: readonly string[];
  /** Part of an owner's name in the current language (owner attribute); empty: any. */
  owner: string;
}

export interface TaskGroup {
  /** The section id, or OTHER_SECTION. */
  id: string;
  tasks: Task[];
}

/**
 * The model of one feed in one language: the tasks in the editor's scope with their search
 * text, ready to be filtered quickly on every keystroke.
 */
export class TaskModel {
  readonly feed: Feed;
  readonly lang: string;
  /** Tasks in scope, in feed order. */
  readonly tasks: Task[];
  readonly sectionIds: ReadonlySet<string>;
  /** Group ids in display order (feed section order, then Other), only those with tasks in scope. */
  readonly groupOrder: string[];
  private readonly haystacks = new Map<Task, string>();
  private readonly groups = new Map<Task, string>();
  private readonly positions = new Map<Task, number>();
  private readonly members = new Map<string, Task[]>();
  private statusCounts?: StatusCounts;
  private due?: { day: string; counts: DueCounts };
  private dataDate?: { value: string | undefined };

  constructor(feed: Feed, lang: string, scope: Scope = { sections: [], statuses: [], owner: '' }) {
    this.feed = feed;
    this.lang = lang;
    this.sectionIds = new Set(feed.sections.map((s) => s.id));
    const owner = fold(scope.owner.trim());
    const scopeSections = new Set(scope.sections);
    const scopeStatuses = new Set(scope.statuses);
    this.tasks = feed.tasks.filter((t) => {
      const group = groupOf(t, this.sectionIds);
      if (scopeSections.size && !scopeSections.has(group) && !(t.section && scopeSections.has(t.section))) return false;
      if (scopeStatuses.size && !scopeStatuses.has(t.status)) return false;
      if (owner && !(t.owners ?? []).some((o) => fold(pickText(o, lang, feed.lang)).includes(owner))) return false;
      return true;
    });
    const present = new Set<string>();
    feed.tasks.forEach((t, i) => this.positions.set(t, i));
    for (const t of this.tasks) {
      const group = groupOf(t, this.sectionIds);
      this.groups.set(t, group);
      present.add(group);
      const list = this.members.get(group);
      if (list) list.push(t);
      else this.members.set(group, [t]);
    }
    this.groupOrder = [...feed.sections.map((s) => s.id).filter((id) => present.has(id))];
    if (present.has(OTHER_SECTION)) this.groupOrder.push(OTHER_SECTION);
  }

  /** The task's position in the feed's list (stable ids for the DOM). */
  position(task: Task): number {
    return this.positions.get(task) ?? -1;
  }

  /** The tasks in scope of one group (section id or OTHER_SECTION). */
  tasksOf(groupId: string): readonly Task[] {
    return this.members.get(groupId) ?? [];
  }

  groupId(task: Task): string {
    return this.groups.get(task) ?? groupOf(task, this.sectionIds);
  }

  haystack(task: Task): string {
    let h = this.haystacks.get(task);
    if (h === undefined) this.haystacks.set(task, (h = searchText(task, this.lang, this.feed.lang)));
    return h;
  }

  /**
   * Computes the tasks' search text ahead of the first search (call when the page is idle),
   * until `enough()` says to stop; true when every task has it.
   */
  warm(enough: () => boolean = () => false): boolean {
    for (const t of this.tasks) {
      if (this.haystacks.has(t)) continue;
      if (enough()) return false;
      this.haystack(t);
    }
    return true;
  }

  /** The tasks in scope that pass `filter`, in feed order. */
  filter(filter: TaskFilter, options: { ignoreStatus?: boolean } = {}): Task[] {
    const statuses = new Set(options.ignoreStatus ? [] : filter.statuses);
    const sections = new Set(filter.sections);
    const terms = queryTerms(filter.query);
    return this.tasks.filter(
      (t) =>
        (!statuses.size || statuses.has(t.status)) &&
        (!sections.size || sections.has(this.groupId(t))) &&
        (!terms.length || matches(this.haystack(t), terms)),
    );
  }

  /** Tasks grouped in display order; groups without tasks are left out. */
  group(tasks: readonly Task[]): TaskGroup[] {
    const byGroup = new Map<string, Task[]>(this.groupOrder.map((id) => [id, []]));
    for (const t of tasks) byGroup.get(this.groupId(t))?.push(t);
    return [...byGroup].filter(([, list]) => list.length).map(([id, list]) => ({ id, tasks: list }));
  }

  /** How many tasks in scope have each status (counted once). */
  counts(): StatusCounts {
    return (this.statusCounts ??= countStatuses(this.tasks));
  }

  /** What the feed's data is as of (dataAsOf: its `updated`, else its newest item date), worked out once. */
  asOf(): string | undefined {
    return (this.dataDate ??= { value: dataAsOf(this.feed) }).value;
  }

  /**
   * How many tasks in scope are overdue, and how many are due with no update since, at `now`
   * ("of which" counts beside the statuses, never a fifth status; see dueState). Kept for the day.
   */
  dueCounts(now: Date): DueCounts {
    const day = feedToday(this.feed, now);
    if (this.due?.day !== day) this.due = { day, counts: dueCounts(this.tasks, this.feed, now) };
    return this.due.counts;
  }

  /** The status counts a filter's chips show: the tasks that pass its other parts, whatever their status. */
  facetCounts(filter: TaskFilter): StatusCounts {
    return filter.sections.length || queryTerms(filter.query).length ? countStatuses(this.filter(filter, { ignoreStatus: true })) : this.counts();
  }

  /** Statuses present in scope, in STATUS_ORDER; the four contract statuses are always listed. */
  statuses(): StatusKey[] {
    const counts = this.counts();
    return STATUS_ORDER.filter((s) => s !== 'unknown' || counts.unknown > 0);
  }

  /** Tasks in display order (grouped), as a flat list. */
  ordered(tasks: readonly Task[]): Task[] {
    return this.group(tasks).flatMap((g) => g.tasks);
  }
}

/** The task id named by a location hash "#task-<id>", or undefined. */
export function taskIdFromHash(hash: string): string | undefined {
  if (!hash.startsWith('#task-')) return undefined;
  try {
    return decodeURIComponent(hash.slice('#task-'.length)) || undefined;
  } catch {
    return undefined;
  }
}

/** The deep link of a task: the page address without its hash, then "#task-<id>". */
export function taskLink(href: string, id: string): string {
  return href.split('#')[0] + '#task-' + encodeURIComponent(id);
}

/** The filter with `status` added to its statuses, or taken out when it is there (a status chip). */
export function toggleStatus(filter: TaskFilter, status: string): TaskFilter {
  const set = new Set(filter.statuses);
  if (set.has(status)) set.delete(status);
  else set.add(status);
  return { ...filter, statuses: [...set] };
}

/** The element's attributes that scope the list (see Scope). */
export interface ScopeAttributes {
  readonly section: string | null;
  readonly status: string | null;
  readonly owner: string | null;
}

/** A function that returns the model of a feed, language and scope, kept while they stay the same. */
export function modelCache(): (feed: Feed, lang: string, scope: ScopeAttributes) => TaskModel {
  let model: TaskModel | undefined;
  let key = '';
  return (feed, lang, scope) => {
    const next = [lang, scope.section ?? '', scope.status ?? '', scope.owner ?? ''].join('\u0001');
    if (!model || model.feed !== feed || next !== key) {
      key = next;
      model = new TaskModel(feed, lang, { sections: splitList(scope.section), statuses: splitList(scope.status), owner: scope.owner ?? '' });
    }
    return model;
  };
}
