/**
 * The feed contract, version 1, written once with valibot. The runtime validator
 * (validate.ts) parses each item with these schemas, and scripts/write-schema.ts exports
 * the same source as dist/feed.schema.json.
 */
import * as v from 'valibot';
import { isDate, isDateTime, isDateTimeWithOffset } from './dates.js';
import { isSafeUrl } from './urls.js';
import { isRRule, SOLAR_TERM_IDS } from './recurrence-rule.js';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_PATTERN =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})?$/;

export const TASK_STATUSES = ['not-started', 'in-progress', 'completed', 'delayed'] as const;
export const EVENT_STATUSES = ['scheduled', 'postponed', 'cancelled'] as const;
export const COMPARISONS = ['at-least', 'at-most'] as const;

export const IdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

/** A human-readable text: a plain string in the feed's `lang`, or one string per language tag. */
export const TextSchema = v.pipe(
  v.union([
    v.string(),
    v.pipe(
      v.record(v.pipe(v.string(), v.regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/)), v.string()),
      v.check((r) => Object.keys(r).length > 0, 'empty-text'),
    ),
  ]),
  v.description('A plain string in the feed language, or an object of language tags, e.g. {"zh-Hans": "…", "en": "…"}'),
);

export const DateSchema = v.pipe(
  v.string(),
  v.regex(DATE_PATTERN),
  v.check(isDate, 'invalid-date'),
  v.description('A calendar date, YYYY-MM-DD'),
);

export const DateTimeSchema = v.pipe(
  v.string(),
  v.regex(DATE_TIME_PATTERN),
  v.check(isDateTimeWithOffset, 'invalid-date'),
  v.description('An ISO 8601 date-time with its offset, e.g. 2024-09-30T17:00:00+08:00'),
);

/** Event times: a date (all-day) or a date-time; a missing offset means the feed's time zone. */
export const DateOrDateTimeSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/),
  v.check((s) => isDate(s) || isDateTime(s), 'invalid-date'),
  v.description('YYYY-MM-DD for all-day, or an ISO 8601 date-time'),
);

export const UrlSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.check(isSafeUrl, 'unsafe-url'),
  v.description('An http(s) URL or a relative one'),
);

const FiniteNumber = v.pipe(v.number(), v.finite());

export const SectionSchema = v.object({
  id: IdSchema,
  number: v.optional(v.union([v.number(), v.string()])),
  title: TextSchema,
  summary: v.optional(TextSchema),
});

export const MilestoneSchema = v.object({
  title: TextSchema,
  due: v.optional(DateSchema),
  done: v.optional(v.boolean()),
});

export const LinkSchema = v.object({ title: TextSchema, url: UrlSchema });

/** True when a Text has something to read: a string that is not blank, or such an entry. */
const hasText = (t: string | Record<string, string>) =>
  typeof t === 'string' ? /\S/.test(t) : Object.values(t).some((x) => /\S/.test(x));

/** One dated entry of a task's progress narrative (the ledger's "进展情况" column). */
export const UpdateSchema = v.object({
  date: v.pipe(
    DateOrDateTimeSchema,
    v.description('When this was reported: YYYY-MM-DD, or an ISO 8601 date-time (without offset: in the feed time zone)'),
  ),
  text: v.pipe(TextSchema, v.check(hasText, 'empty-text')),
  progress: v.optional(v.pipe(FiniteNumber, v.minValue(0), v.maxValue(100))),
});

export const TaskSchema = v.object({
  id: IdSchema,
  section: v.optional(IdSchema),
  number: v.optional(v.union([v.number(), v.string()])),
  title: TextSchema,
  summary: v.optional(TextSchema),
  owners: v.optional(v.array(TextSchema)),
  status: v.picklist(TASK_STATUSES),
  progress: v.optional(v.pipe(FiniteNumber, v.minValue(0), v.maxValue(100))),
  due: v.optional(DateSchema),
  updated: v.optional(DateTimeSchema),
  indicators: v.optional(v.array(IdSchema)),
  milestones: v.optional(v.array(MilestoneSchema)),
  links: v.optional(v.array(LinkSchema)),
  updates: v.optional(v.array(UpdateSchema)),
});

export const HistoryPointSchema = v.object({ date: DateSchema, value: FiniteNumber });

export const IndicatorSchema = v.object({
  id: IdSchema,
  task: v.optional(IdSchema),
  title: TextSchema,
  unit: v.optional(TextSchema),
  target: FiniteNumber,
  comparison: v.optional(v.picklist(COMPARISONS)),
  baseline: v.optional(FiniteNumber),
  value: v.optional(FiniteNumber),
  asOf: v.optional(DateSchema),
  history: v.optional(v.array(HistoryPointSchema)),
});

export const CategorySchema = v.object({
  id: IdSchema,
  title: TextSchema,
  color: v.optional(v.pipe(v.string(), v.hexColor())),
});

export const LocationSchema = v.object({
  name: TextSchema,
  address: v.optional(TextSchema),
  lat: v.optional(v.pipe(FiniteNumber, v.minValue(-90), v.maxValue(90))),
  lng: v.optional(v.pipe(FiniteNumber, v.minValue(-180), v.maxValue(180))),
});

const WholeNumber = v.pipe(v.number(), v.check((n: number) => Number.isInteger(n), 'integer'));

/** events[].recurrence: one rule (rrule, solarTerm or lunar), and optionally until, count, exdates. */
export const RecurrenceSchema = v.pipe(
  v.object({
    rrule: v.optional(
      v.pipe(
        v.string(),
        v.check(isRRule, 'invalid-rrule'),
        v.description('RFC 5545 RRULE subset: FREQ=YEARLY|MONTHLY|WEEKLY; INTERVAL, BYMONTH, BYMONTHDAY, BYDAY (e.g. 2SA, -1SU)'),
      ),
    ),
    solarTerm: v.optional(v.picklist(SOLAR_TERM_IDS)),
    lunar: v.optional(
      v.object({
        month: v.pipe(WholeNumber, v.minValue(1), v.maxValue(12)),
        day: v.pipe(WholeNumber, v.minValue(1), v.maxValue(30)),
        leap: v.optional(v.boolean()),
      }),
    ),
    until: v.optional(DateSchema),
    count: v.optional(v.pipe(WholeNumber, v.minValue(1))),
    exdates: v.optional(v.array(DateSchema)),
  }),
  v.check((r) => [r.rrule, r.solarTerm, r.lunar].filter((x) => x !== undefined).length === 1, 'recurrence-rule'),
  v.description('Exactly one of rrule, solarTerm, lunar; the event\'s start is the first occurrence. See docs/feed-recurrence.md.'),
);

export const EventSchema = v.object({
  id: IdSchema,
  title: TextSchema,
  summary: v.optional(TextSchema),
  category: v.optional(IdSchema),
  start: DateOrDateTimeSchema,
  end: v.optional(DateOrDateTimeSchema),
  location: v.optional(LocationSchema),
  url: v.optional(UrlSchema),
  task: v.optional(IdSchema),
  status: v.optional(v.picklist(EVENT_STATUSES)),
  recurrence: v.optional(RecurrenceSchema),
});

export const PublisherSchema = v.object({ name: TextSchema, url: v.optional(UrlSchema) });

/** Everything but the lists: parsed field by field, each bad field dropped on its own. */
export const MetaSchema = v.object({
  id: v.optional(IdSchema),
  lang: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/))),
  title: v.optional(TextSchema),
  publisher: v.optional(PublisherSchema),
  updated: v.optional(DateTimeSchema),
  timeZone: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
  sample: v.optional(v.boolean()),
});

export const LISTS = {
  sections: SectionSchema,
  tasks: TaskSchema,
  indicators: IndicatorSchema,
  categories: CategorySchema,
  events: EventSchema,
} as const;

/** The whole document, as published (the JSON Schema is exported from this). */
export const FeedSchema = v.object({
  $schema: v.optional(v.string()),
  version: v.literal(1),
  ...MetaSchema.entries,
  sections: v.optional(v.array(SectionSchema)),
  tasks: v.optional(v.array(TaskSchema)),
  indicators: v.optional(v.array(IndicatorSchema)),
  categories: v.optional(v.array(CategorySchema)),
  events: v.optional(v.array(EventSchema)),
});

export type Text = v.InferOutput<typeof TextSchema>;
