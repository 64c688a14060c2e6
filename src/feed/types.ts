/** The cleaned feed that validate() returns and every widget reads. */
import type * as v from 'valibot';
import type {
  CategorySchema,
  EventSchema,
  IndicatorSchema,
  RecurrenceSchema,
  SectionSchema,
  TaskSchema,
  UpdateSchema,
  TASK_STATUSES,
  EVENT_STATUSES,
  COMPARISONS,
  PublisherSchema,
  Text,
} from './schema.js';

export type { Text };
export type TaskStatus = (typeof TASK_STATUSES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type Comparison = (typeof COMPARISONS)[number];

export type Section = v.InferOutput<typeof SectionSchema>;
/** One dated entry of a task's progress narrative; a task's `updates` are sorted newest first. */
export type TaskUpdate = v.InferOutput<typeof UpdateSchema>;
/** A task; `status` is "unknown" when the feed gave one outside the contract (with a warning). */
export type Task = Omit<v.InferOutput<typeof TaskSchema>, 'status'> & {
  status: TaskStatus | 'unknown';
};
export type Indicator = v.InferOutput<typeof IndicatorSchema> & { comparison: Comparison };
export type Category = v.InferOutput<typeof CategorySchema>;
export type FeedEvent = v.InferOutput<typeof EventSchema>;
export type Recurrence = v.InferOutput<typeof RecurrenceSchema>;
export type Publisher = v.InferOutput<typeof PublisherSchema>;

export interface Feed {
  version: 1;
  id?: string;
  /** BCP 47 language of the feed's plain strings. */
  lang: string;
  title?: Text;
  publisher?: Publisher;
  updated?: string;
  /** IANA time zone every date and time is shown in. */
  timeZone: string;
  /** The figures are illustrative: widgets show a "Sample data" badge. */
  sample: boolean;
  sections: Section[];
  tasks: Task[];
  indicators: Indicator[];
  categories: Category[];
  events: FeedEvent[];
}

export type Severity = 'error' | 'warning';

export interface Problem {
  /** JSON Pointer (RFC 6901) to the value concerned; "" is the whole document. */
  path: string;
  /** error: the document or an item could not be used; warning: a value was repaired or ignored. */
  severity: Severity;
  /** A stable machine-readable code, e.g. "invalid-date". */
  code: string;
  message: { en: string; 'zh-Hans': string };
}

export interface ValidationResult {
  /** The cleaned feed; undefined only when the problem is fatal. */
  feed?: Feed;
  problems: Problem[];
  /** True when the document cannot be used at all. */
  fatal: boolean;
}
