/**
 * Chinese lunar dates (农历) and the 24 solar terms (二十四节气). Pure functions, no DOM, no
 * network, no calendar library: a lunar month begins on the day (China time) of the new moon,
 * computed after Meeus, and takes its name (number, leap) from Intl's Chinese calendar, whose
 * own month starts are now and then a day off (a new moon minutes from midnight); solar terms from
 * the Sun's apparent longitude (a low-precision formula after Meeus, good to a few minutes),
 * taken as a date in China Standard Time (UTC+8) as the Chinese calendar does. The tests check
 * it against the published dates of 2024 and 2025; a term that falls within minutes of midnight
 * could land on the neighbouring day.
 */

/** The terms in order of the Sun's longitude from 小寒 (285°) on, i.e. in calendar order. */
export const SOLAR_TERMS = [
  '小寒', '大寒', '立春', '雨水', '惊蛰', '春分', '清明', '谷雨', '立夏', '小满', '芒种', '夏至',
  '小暑', '大暑', '立秋', '处暑', '白露', '秋分', '寒露', '霜降', '立冬', '小雪', '大雪', '冬至',
] as const;

export type SolarTerm = (typeof SOLAR_TERMS)[number];

import { dateInZone } from './dates.js';

const RAD = Math.PI / 180;
const norm = (deg: number) => ((deg % 360) + 360) % 360;

/** The Sun's apparent ecliptic longitude in degrees at `ms` (Unix time, UTC). */
export function sunLongitude(ms: number): number {
  const jd = (ms + 69_000) / 86_400_000 + 2440587.5; // + ΔT ≈ 69 s: terrestrial time
  const t = (jd - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * RAD;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * m) +
    0.000289 * Math.sin(3 * m);
  const omega = (125.04 - 1934.136 * t) * RAD;
  return norm(l0 + c - 0.00569 - 0.00478 * Math.sin(omega));
}

/** The instant (ms) of solar term `index` (0 = 小寒) of the Gregorian `year`. */
export function solarTermInstant(year: number, index: number): number {
  const target = norm(285 + index * 15);
  // First guess: 小寒 is around 6 January, the terms about 15.2 days apart.
  let ms = Date.UTC(year, 0, 6) + index * 15.2184 * 86_400_000;
  for (let i = 0; i < 20; i++) {
    let diff = target - sunLongitude(ms);
    if (diff > 180) diff -= 360;
    if (diff < -180) diff += 360;
    const step = (diff * 365.2422 * 86_400_000) / 360;
    ms += step;
    if (Math.abs(step) < 1000) break;
  }
  return ms;
}

/** Periodic terms of the true new moon (Meeus, Astronomical Algorithms, ch. 49): [coefficient, power of E, M, M′, F, Ω]. */
const MOON_TERMS: readonly (readonly number[])[] = [
  [-0.4072, 0, 0, 1, 0, 0], [0.17241, 1, 1, 0, 0, 0], [0.01608, 0, 0, 2, 0, 0], [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0], [-0.00514, 1, 1, 1, 0, 0], [0.00208, 2, 2, 0, 0, 0], [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0], [0.00056, 1, 1, 2, 0, 0], [-0.00042, 0, 0, 3, 0, 0], [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0], [-0.00024, 1, -1, 2, 0, 0], [-0.00017, 0, 0, 0, 0, 1], [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0], [0.00004, 0, 3, 0, 0, 0], [0.00003, 0, 1, 1, -2, 0], [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0], [0.00003, 0, -1, 1, 2, 0], [-0.00002, 0, -1, 1, -2, 0], [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];
/** The planetary arguments' [coefficient, constant, rate per lunation] (the first also − 0.009173 T²). */
const MOON_PLANETS: readonly (readonly number[])[] = [
  [0.000325, 299.77, 0.107408], [0.000165, 251.88, 0.016321], [0.000164, 251.83, 26.651886], [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239], [0.000062, 141.74, 53.303771], [0.00006, 207.14, 2.453732], [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239], [0.000042, 207.19, 0.121824], [0.00004, 291.34, 1.844379], [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099], [0.000023, 331.55, 3.592518],
];

/**
 * The instant (ms, UTC) of new moon number `k` (0: 6 January 2000), after Meeus: good to well
 * under a minute, where Intl's Chinese calendar (ICU) can be ten minutes off and so put the
 * first day of a month on the wrong side of midnight (e.g. the new year of 2027 and 2030).
 */
export function newMoonInstant(k: number): number {
  const t = k / 1236.85;
  const e = 1 - 0.002516 * t - 0.0000074 * t * t;
  const args = [
    0,
    (2.5534 + 29.1053567 * k - 0.0000014 * t * t) * RAD,
    (201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t ** 3) * RAD,
    (160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t ** 3) * RAD,
    (124.7746 - 1.56375588 * k + 0.0020672 * t * t) * RAD,
  ];
  let jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t * t - 0.00000015 * t ** 3;
  for (const [c, ep, m, mp, f, o] of MOON_TERMS) jde += c * e ** ep * Math.sin(m * args[1] + mp * args[2] + f * args[3] + o * args[4]);
  MOON_PLANETS.forEach(([c, a, b], i) => (jde += c * Math.sin((a + b * k - (i === 0 ? 0.009173 * t * t : 0)) * RAD)));
  return (jde - 2440587.5) * 86_400_000 - 69_000; // terrestrial time − ΔT ≈ 69 s
}

/** Days since 1970-01-01 of the China-time date of new moon `k`. */
const newMoonDay = (k: number) => Math.floor((newMoonInstant(k) + 8 * 3_600_000) / 86_400_000);

/** The first day (days since 1970-01-01) of the lunar month holding day `n`, and of the next one. */
function lunarMonthOf(n: number): { first: number; next: number } {
  let k = Math.floor((n - 10_962.76) / 29.530588861); // 10 962.76: new moon 0, in days since 1970
  while (newMoonDay(k) > n) k--;
  while (newMoonDay(k + 1) <= n) k++;
  return { first: newMoonDay(k), next: newMoonDay(k + 1) };
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Days since 1970-01-01 of a YYYY-MM-DD date. */
const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;


/** YYYY-MM-DD of an instant in China Standard Time (UTC+8, no daylight saving since 1991). */
function chinaDate(ms: number): string {
  const d = new Date(ms + 8 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const termCache = new Map<number, Map<string, SolarTerm>>();

/** The 24 solar terms of `year`: date (YYYY-MM-DD, China time) → name. */
export function solarTermsOf(year: number): Map<string, SolarTerm> {
  let map = termCache.get(year);
  if (!map) {
    map = new Map();
    SOLAR_TERMS.forEach((name, i) => map!.set(chinaDate(solarTermInstant(year, i)), name));
    termCache.set(year, map);
  }
  return map;
}

/** The solar term that falls on `date` (YYYY-MM-DD), if any. */
export function solarTermOn(date: string): SolarTerm | undefined {
  return solarTermsOf(Number(date.slice(0, 4))).get(date);
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 初一 … 初十, 十一 … 二十, 廿一 … 三十. */
export function lunarDayName(day: number): string {
  if (day <= 10) return '初' + DIGITS[day];
  if (day < 20) return '十' + DIGITS[day - 10];
  if (day === 20) return '二十';
  if (day < 30) return '廿' + DIGITS[day - 20];
  return '三十';
}

export interface LunarDate {
  /** The month's name as Intl gives it, e.g. 八月, 闰六月, 正月. */
  month: string;
  day: number;
  leap: boolean;
  /** The day's name: 初一 … 三十. */
  dayName: string;
}

let lunarFormat: Intl.DateTimeFormat | null | undefined;

/** The Chinese-calendar date of `date` (YYYY-MM-DD), or undefined when Intl has no Chinese calendar. */
export function lunarDate(date: string): LunarDate | undefined {
  if (lunarFormat === undefined) {
    try {
      lunarFormat = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', { timeZone: 'UTC', month: 'long', day: 'numeric' });
      if (lunarFormat.resolvedOptions().calendar !== 'chinese') lunarFormat = null;
    } catch {
      lunarFormat = null;
    }
  }
  if (!lunarFormat) return undefined;
  const format = lunarFormat;
  const read = (n: number) => format.formatToParts(new Date(n * DAY_MS + DAY_MS / 2));
  // The day counts from the new moon; the month's name is Intl's in the middle of the month.
  const { first } = lunarMonthOf(dayNumber(date));
  const month = read(first + 14).find((p) => p.type === 'month')?.value ?? '';
  const day = dayNumber(date) - first + 1;
  if (!month) return undefined;
  return { month, day, leap: month.startsWith('闰'), dayName: lunarDayName(day) };
}

/**
 * The short text shown under a day number: the solar term when one falls on the day, else the
 * lunar month on the first day of a lunar month, else the lunar day (初五, 廿三 …).
 */
export function lunarLabel(date: string): { text: string; term: boolean } | undefined {
  const term = solarTermOn(date);
  if (term) return { text: term, term: true };
  const lunar = lunarDate(date);
  if (!lunar) return undefined;
  return { text: lunar.day === 1 ? lunar.month : lunar.dayName, term: false };
}

/* Recurrence (recurrence.ts loads this file on demand for lunar and solar-term rules). */

/** YYYY-MM-DD of `ms` in `timeZone` (China time by default, as the Chinese calendar). */
function dateIn(ms: number, timeZone: string | undefined): string {
  return timeZone && timeZone !== 'Asia/Shanghai' ? dateInZone(new Date(ms), timeZone) : chinaDate(ms);
}

/** The date (YYYY-MM-DD in `timeZone`, default China time) of solar term `index` (0 = 小寒) of `year`. */
export function solarTermDate(year: number, index: number, timeZone?: string): string {
  return dateIn(solarTermInstant(year, index), timeZone);
}

export interface ChineseDate {
  /** The Gregorian year in which this Chinese year begins. */
  year: number;
  /** 1–12; a leap month has the number of the month before it. */
  month: number;
  leap: boolean;
  day: number;
}

let numericFormat: Intl.DateTimeFormat | null | undefined;

/** The Chinese-calendar date of `date` (YYYY-MM-DD) in numbers, or undefined without Intl's Chinese calendar. */
export function chineseDate(date: string): ChineseDate | undefined {
  if (numericFormat === undefined) {
    try {
      numericFormat = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
      if (numericFormat.resolvedOptions().calendar !== 'chinese') numericFormat = null;
    } catch {
      numericFormat = null;
    }
  }
  if (!numericFormat) return undefined;
  // The day counts from the new moon; the month is Intl's in the middle of the month.
  const { first } = lunarMonthOf(dayNumber(date));
  const parts = numericFormat.formatToParts(new Date((first + 14) * DAY_MS + DAY_MS / 2));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  // "6bis" is the leap sixth month; relatedYear the Gregorian year the Chinese year begins in.
  const month = parseInt(get('month'), 10);
  const year = Number(get('relatedYear') || get('year'));
  const day = dayNumber(date) - first + 1;
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 30 && year > 0)) return undefined;
  return { year, month, leap: /bis/.test(get('month')), day };
}


/**
 * The Gregorian date (YYYY-MM-DD) of `month`/`day` (leap: the leap month of that number) of the
 * Chinese year that begins in Gregorian `year`; day 30 of a 29-day month gives its 29th.
 * Undefined when that year has no such leap month (or without Intl's Chinese calendar).
 */
export function chineseToGregorian(year: number, month: number, day: number, leap = false): string | undefined {
  const target = year * 100 + month * 2 + (leap ? 1 : 0);
  const key = (c: ChineseDate) => c.year * 100 + c.month * 2 + (c.leap ? 1 : 0);
  // The new year falls between 21 January and 20 February: start in the middle of the month.
  let ms = Date.UTC(year, 0, 21) + Math.round((month - 1 + (leap ? 1 : 0)) * 29.53 + 14) * DAY_MS;
  let direction = 0;
  for (let i = 0; i < 30; i++) {
    const c = chineseDate(iso(ms));
    if (!c) return undefined;
    const k = key(c);
    if (k === target) {
      const { first, next } = lunarMonthOf(ms / DAY_MS);
      return iso((first + Math.min(day, next - first) - 1) * DAY_MS);
    }
    const step = k < target ? 1 : -1;
    if (direction && step !== direction) return undefined; // stepped over it: no such month
    direction = step;
    // From the middle of this month to the middle of the next or the last (months: 29 or 30 days).
    ms += ((15 - c.day) + step * 29) * DAY_MS;
  }
  return undefined;
}
