/** The data layer: contract, validation, loading, formatting. No DOM rendering; usable from Node. */
export * from './types.js';
export { validate, validateInSlices, pointer } from './validate.js';
export { pickText, textIn, sameLanguage } from './text.js';
export { formatDate, formatDateTime, formatNumber, formatPercent, toInstant, zoneOffset, offsetAt } from './format.js';
export { isDate, isDateTime, isDateTimeWithOffset, parseDateTime, dateInZone, todayIn, isTimeZone } from './dates.js';
export { isSafeUrl } from './urls.js';
export { LIMITS } from './limits.js';
export { loadFeed, requestFeed, configureLoader, clearFeedRequests, feedKey, FeedLoadError } from './load.js';
export type { LoadOptions, LoadResult, LoadErrorKind, FeedRequest } from './load.js';
export { readCachedFeed, writeCachedFeed } from './cache.js';
export { FeedSchema, TASK_STATUSES, EVENT_STATUSES, COMPARISONS } from './schema.js';
export { computeProgress, compareProgress, trendPoints, formatPlainDate, toNumber } from './indicators.js';
export type { Progress, ProgressStatus, InvalidReason } from './indicators.js';
export { toICalendar, escapeText, foldLine, eventUid, icsFileName } from './ical.js';
export type { ICalendarOptions } from './ical.js';
export { solarTermOn, solarTermsOf, lunarDate, lunarLabel, SOLAR_TERMS } from './lunar.js';
export {
  STALE_AFTER_DAYS,
  EDITOR_STALE_DAYS,
  dayOf,
  sortUpdates,
  latestUpdate,
  newestItemDate,
  dataAsOf,
  dataAge,
  isStale,
  feedTimeliness,
  dueStateAt,
  dueState,
  dueCounts,
} from './timeliness.js';
export type { DataAge, FeedTimeliness, DueState, DueCounts } from './timeliness.js';
export { expandEvents, expandEvent, expandEventsAsync, nextEvent, previousEvent, loadLunarRules, needsLunar, DEFAULT_CAP, SOLAR_TERM_IDS, type ExpandOptions, type Expansion, type ExpandedEvent, type NearOptions, type LunarRules } from './recurrence.js';
