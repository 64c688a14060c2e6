/**
 * The rules of `events[].recurrence` as data: the names of the 24 solar terms, and a parser for
 * the RRULE subset of RFC 5545 the contract allows (FREQ YEARLY, MONTHLY or WEEKLY; INTERVAL,
 * BYMONTH, BYMONTHDAY, BYDAY). Pure, tiny, no calendar code: the schema, the validator and the
 * expansion all read rules through this file.
 */

/** The solar terms' names in the contract, in calendar order (小寒 … 冬至), as in lunar.ts. */
export const SOLAR_TERM_IDS = [
  'minor-cold', 'major-cold', 'start-of-spring', 'rain-water', 'awakening-of-insects', 'spring-equinox',
  'pure-brightness', 'grain-rain', 'start-of-summer', 'grain-buds', 'grain-in-ear', 'summer-solstice',
  'minor-heat', 'major-heat', 'start-of-autumn', 'end-of-heat', 'white-dew', 'autumn-equinox',
  'cold-dew', 'frost-descent', 'start-of-winter', 'minor-snow', 'major-snow', 'winter-solstice',
] as const;

export type SolarTermId = (typeof SOLAR_TERM_IDS)[number];

export const FREQS = ['YEARLY', 'MONTHLY', 'WEEKLY'] as const;
export type Freq = (typeof FREQS)[number];

/** Weekday codes in RFC 5545, index 0 = Monday (the week starts on Monday: WKST=MO). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface ByDay {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** 2 in 2SA (the second Saturday), -1 in -1SU (the last Sunday); 0: every such weekday. */
  nth: number;
}

export interface RRule {
  freq: Freq;
  interval: number;
  byMonth?: number[];
  byMonthDay?: number[];
  byDay?: ByDay[];
}

/** Why a rule cannot be read: the problem code and the part concerned. */
export interface RRuleError {
  code: 'rrule-freq' | 'rrule-part' | 'rrule-value';
  part: string;
}

const int = (s: string) => (/^[+-]?\d{1,4}$/.test(s) ? Number(s) : NaN);

function list(value: string, read: (s: string) => number | ByDay | undefined): unknown[] | undefined {
  const items = value.split(',').map(read);
  return items.length && items.every((x) => x !== undefined) ? items : undefined;
}

/** Parses an RRULE value of the contract's subset; an RRuleError when it is outside it. */
export function parseRRule(text: string): RRule | RRuleError {
  const parts = new Map<string, string>();
  for (const part of text.trim().toUpperCase().split(';')) {
    const m = /^([A-Z]+)=(.+)$/.exec(part);
    if (!m || parts.has(m[1])) return { code: 'rrule-part', part };
    parts.set(m[1], m[2]);
  }
  const freq = parts.get('FREQ');
  if (!freq || !(FREQS as readonly string[]).includes(freq)) return { code: 'rrule-freq', part: freq ?? '' };
  const rule: RRule = { freq: freq as Freq, interval: 1 };
  for (const [name, value] of parts) {
    const bad: RRuleError = { code: 'rrule-value', part: `${name}=${value}` };
    if (name === 'FREQ') continue;
    if (name === 'INTERVAL') {
      const n = int(value);
      if (!(n >= 1 && n <= 1000)) return bad;
      rule.interval = n;
    } else if (name === 'BYMONTH') {
      const months = list(value, (s) => (int(s) >= 1 && int(s) <= 12 ? int(s) : undefined));
      if (!months) return bad;
      rule.byMonth = months as number[];
    } else if (name === 'BYMONTHDAY') {
      const days = list(value, (s) => (Math.abs(int(s)) >= 1 && Math.abs(int(s)) <= 31 ? int(s) : undefined));
      // RFC 5545: BYMONTHDAY is not for WEEKLY rules.
      if (!days || rule.freq === 'WEEKLY') return bad;
      rule.byMonthDay = days as number[];
    } else if (name === 'BYDAY') {
      // An ordinal counts within the month (MONTHLY, or YEARLY with BYMONTH) or the year.
      const max = rule.freq === 'WEEKLY' ? 0 : rule.freq === 'MONTHLY' ? 5 : 53;
      const days = list(value, (s) => {
        const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(s);
        if (!m) return undefined;
        const nth = m[1] ? Number(m[1]) : 0;
        if ((m[1] && nth === 0) || Math.abs(nth) > max) return undefined;
        return { weekday: (WEEKDAYS as readonly string[]).indexOf(m[2]), nth };
      });
      if (!days) return bad;
      rule.byDay = days as ByDay[];
    } else return { code: 'rrule-part', part: `${name}=${value}` };
  }
  if (rule.freq === 'YEARLY' && rule.byDay?.some((d) => Math.abs(d.nth) > 5) && rule.byMonth) {
    return { code: 'rrule-value', part: `BYDAY=${parts.get('BYDAY')}` };
  }
  return rule;
}

export const isRRuleError = (r: RRule | RRuleError): r is RRuleError => 'code' in r;

/** True for an RRULE value the contract can expand. */
export const isRRule = (text: string): boolean => !isRRuleError(parseRRule(text));
