/**
 * The recurrence of an event in iCalendar (RFC 5545), for ical.ts:
 * - a Gregorian rule: RRULE (the feed's rule, with UNTIL or COUNT) and EXDATE;
 * - a lunar or solar-term rule: the dates themselves, one RDATE each (the first occurrence
 *   included), from the first occurrence to the end of the tenth year after it (or after `now`,
 *   when that is later). No RSCALE=CHINESE rule (RFC 7529) beside them: an application that
 *   does not know RSCALE may read the rule as a Gregorian one and show wrong dates, and the
 *   RDATEs already give every date.
 * Times are wall-clock times in the feed's zone (TZID), as DTSTART.
 */
import { isDate } from './dates.js';
import { offsetAt, toInstant } from './format.js';
import { expandEvents, type LunarRules } from './recurrence.js';
import type { FeedEvent } from './types.js';

/** Years of explicit dates written for a lunar or solar-term rule. */
export const RDATE_YEARS = 10;

/** YYYYMMDD or YYYYMMDDTHHMMSS: the wall-clock date (and time) of a feed value written by recurrence.ts. */
const icsValue = (value: string) => (isDate(value) ? value.replace(/-/g, '') : value.slice(0, 19).replace(/[-:]/g, ''));

export interface RecurrenceLines {
  lines: string[];
  /** The last instant (ms) the lines reach, for the VTIMEZONE's range; undefined: none. */
  last?: number;
}

/**
 * RRULE/EXDATE or RDATE lines of a recurring event (none for a single event). A lunar or
 * solar-term rule needs `lunar` (loadLunarRules() of recurrence.ts; lunar.ts stays a chunk
 * loaded on demand); without it the event is written once, on its start.
 */
export function recurrenceLines(ev: FeedEvent, timeZone: string, now: Date = new Date(), lunar?: LunarRules): RecurrenceLines {
  const r = ev.recurrence;
  if (!r) return { lines: [] };
  const allDay = isDate(ev.start);
  const param = allDay ? ';VALUE=DATE' : `;TZID=${timeZone}`;
  const start = toInstant(ev.start, timeZone);
  // THHMMSS: the start's wall-clock time in the zone, for the EXDATEs of a timed event.
  const time = allDay || !start ? '' : 'T' + new Date(start.getTime() + offsetAt(start, timeZone) * 60_000).toISOString().slice(11, 19).replace(/:/g, '');
  const later = (now.getTime() > (start?.getTime() ?? 0) ? now.getTime() : start!.getTime()) + RDATE_YEARS * 366 * 86_400_000;
  const lines: string[] = [];
  if (r.rrule !== undefined) {
    let rule = r.rrule.trim().toUpperCase();
    let last = later;
    if (r.until) {
      // Inclusive: the whole day `until` in the feed's zone, as UTC for a timed event (RFC 5545).
      const end = toInstant(`${r.until}T23:59:59`, timeZone);
      rule += allDay || !end ? `;UNTIL=${icsValue(r.until)}` : `;UNTIL=${end.toISOString().replace(/[-:]|\.\d+/g, '')}`;
      last = end?.getTime() ?? later;
    } else if (r.count !== undefined) rule += `;COUNT=${r.count}`;
    lines.push(`RRULE:${rule}`);
    // Each date once and in order: some readers (ical.js among them) stop applying EXDATEs after a
    // repeated one, and an exdate the feed repeats means nothing more the second time.
    for (const d of [...new Set(r.exdates ?? [])].sort()) lines.push(`EXDATE${param}:${icsValue(d)}${time}`);
    return { lines, last };
  }
  if (!lunar) return { lines: [] };
  const first = ev.start.slice(0, 10);
  const to = `${Math.max(+first.slice(0, 4), now.getUTCFullYear()) + RDATE_YEARS}-12-31`;
  const { events } = expandEvents([ev], { from: first, to, timeZone, lunar });
  // The first occurrence too: it is DTSTART, which RFC 5545 counts once, but some readers
  // (ical.js) leave DTSTART out of a set made of RDATEs alone.
  for (const o of events) lines.push(`RDATE${param}:${icsValue(o.start)}`);
  const tail = events[events.length - 1];
  return { lines, last: tail ? toInstant(tail.start, timeZone)?.getTime() : undefined };
}
