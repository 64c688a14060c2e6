/**
 * Cell values to feed values: the dates Chinese Excel writes, status words, numbers, yes/no.
 * Each parser returns { ok: true, value } or { ok: false } so the caller can report the cell.
 */
import { isDate, parseDateTime } from '../feed/dates.js';
import { zoneOffset } from '../feed/format.js';
import { COMPARISON_WORDS, EVENT_STATUS_WORDS, NO_WORDS, TASK_STATUS_WORDS, YES_WORDS, normalizeHeader, wordTable } from './columns.js';

/** What a spreadsheet cell can hold after reading. */
export type CellValue = string | number | boolean | Date;

export type Parsed<T> = { ok: true; value: T } | { ok: false };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const FAIL = { ok: false } as const;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

interface Wall {
  y: number;
  mo: number;
  d: number;
  h?: number;
  mi?: number;
  s?: number;
  /** Offset written in the value, minutes east of UTC. */
  offset?: number;
  /** The value was already an ISO string: keep it verbatim. */
  iso?: string;
  /** A time of day was written (or a date cell / serial carries one that is not 00:00). */
  timed: boolean;
}

function realDay(y: number, m: number, d: number): boolean {
  return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug makes this right from 1900-03-01 on). */
function fromSerial(serial: number): Wall | undefined {
  if (!(serial >= 61 && serial < 2958466)) return undefined;
  const ms = Math.round(serial * 86400) * 1000 + Date.UTC(1899, 11, 30);
  return fromUtcParts(new Date(ms));
}

function fromUtcParts(d: Date): Wall {
  const w: Wall = {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
    timed: false,
  };
  w.timed = hasTime(w);
  return w;
}

const DATE_PART = String.raw`(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?)`;
const TIME_PART = String.raw`(?:\s*[T\s]\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}(?:\.\d+)?))?\s*秒?\s*(?:分)?)?`;
const WRITTEN = new RegExp(`^${DATE_PART}${TIME_PART}$`);

/** Reads a cell as wall-clock parts; undefined when it is not a date at all. */
function readWall(value: CellValue): Wall | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : fromUtcParts(value);
  if (typeof value === 'number') return fromSerial(value);
  if (typeof value !== 'string') return undefined;
  const s = value.normalize('NFKC').trim();
  if (/^\d{5}(\.\d+)?$/.test(s)) return fromSerial(Number(s));
  const iso = parseDateTime(s);
  if (iso && /T/.test(s)) {
    return { y: iso.year, mo: iso.month, d: iso.day, h: iso.hour, mi: iso.minute, s: iso.second, offset: iso.offset, iso: s, timed: true };
  }
  const m = WRITTEN.exec(s);
  if (!m) return undefined;
  const wall: Wall = { y: +m[1], mo: +(m[2] ?? m[4]), d: +(m[3] ?? m[5]), timed: m[6] !== undefined };
  if (m[6] !== undefined) {
    wall.h = +m[6];
    wall.mi = +m[7];
    wall.s = m[8] === undefined ? 0 : Math.floor(+m[8]);
  }
  return wall;
}

function hasTime(w: Omit<Wall, 'timed'>): boolean {
  return (w.h ?? 0) !== 0 || (w.mi ?? 0) !== 0 || (w.s ?? 0) !== 0;
}
const validTime = (w: Wall) => (w.h ?? 0) <= 23 && (w.mi ?? 0) <= 59 && (w.s ?? 0) <= 59;
const dateString = (w: Wall) => `${w.y}-${pad(w.mo)}-${pad(w.d)}`;

/** A calendar date (YYYY-MM-DD). A time of 00:00 is allowed (Excel adds it); any other time is not. */
export function parseDate(value: CellValue): Parsed<string> {
  const w = readWall(value);
  if (!w || !realDay(w.y, w.mo, w.d) || hasTime(w)) return FAIL;
  return ok(dateString(w));
}

/** "+08:00" for 480. */
export function offsetString(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

function withZone(w: Wall, timeZone: string): string {
  const wall = Date.UTC(w.y, w.mo - 1, w.d, w.h ?? 0, w.mi ?? 0, w.s ?? 0);
  const offset = zoneOffset(new Date(wall), timeZone);
  return `${dateString(w)}T${pad(w.h ?? 0)}:${pad(w.mi ?? 0)}:${pad(w.s ?? 0)}${offsetString(offset)}`;
}

/** A date-time with its offset; a wall time is read in `timeZone`. A bare date means its midnight. */
export function parseDateTimeCell(value: CellValue, timeZone: string): Parsed<string> {
  const w = readWall(value);
  if (!w || !realDay(w.y, w.mo, w.d) || !validTime(w)) return FAIL;
  if (w.iso && w.offset !== undefined) return ok(w.iso);
  return ok(withZone(w, timeZone));
}

/** An event's start or end: a date when no time is given (or 00:00 from a date cell), else a date-time. */
export function parseWhen(value: CellValue, timeZone: string): Parsed<string> {
  const w = readWall(value);
  if (!w || !realDay(w.y, w.mo, w.d) || !validTime(w)) return FAIL;
  if (w.iso && w.offset !== undefined) return ok(w.iso);
  if (!w.timed) return ok(dateString(w));
  return ok(withZone(w, timeZone));
}

/**
 * How export writes a date-time: "2024-09-27 16:30" when that reads back to exactly the same
 * string in `timeZone`, else the ISO string as it is.
 */
export function writeDateTime(value: string, timeZone: string): string {
  if (isDate(value)) return value;
  const p = parseDateTime(value);
  if (!p) return value;
  const short = `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}${p.second ? ':' + pad(p.second) : ''}`;
  const back = parseDateTimeCell(short, timeZone);
  return back.ok && back.value === value ? short : value;
}

/** Numbers as typed: full-width digits, thousands separators, a trailing % (dropped). */
export function parseNumber(value: CellValue): Parsed<number> {
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : FAIL;
  if (typeof value !== 'string') return FAIL;
  const s = value.normalize('NFKC').trim().replace(/(?<=\d),(?=\d{3}\b)/g, '').replace(/%$/, '').trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(s)) return FAIL;
  return ok(Number(s));
}

/** A section's or task's number: a number when it looks like one, else the text. */
export function parseLabel(value: CellValue): Parsed<number | string> {
  if (typeof value === 'number') return ok(value);
  const s = String(value).trim();
  return /^-?\d+(\.\d+)?$/.test(s) && String(Number(s)) === s ? ok(Number(s)) : ok(s);
}

const TASK_WORDS = wordTable(TASK_STATUS_WORDS);
const EVENT_WORDS = wordTable(EVENT_STATUS_WORDS);
const COMPARE_WORDS = wordTable(COMPARISON_WORDS);
const BOOL_WORDS = new Map<string, boolean>([
  ...YES_WORDS.map((w) => [normalizeHeader(w), true] as [string, boolean]),
  ...NO_WORDS.map((w) => [normalizeHeader(w), false] as [string, boolean]),
]);

const word = (table: Map<string, string>, value: CellValue): Parsed<string> => {
  const hit = table.get(normalizeHeader(String(value)));
  return hit ? ok(hit) : FAIL;
};
export const parseTaskStatus = (v: CellValue) => word(TASK_WORDS, v);
export const parseEventStatus = (v: CellValue) => word(EVENT_WORDS, v);
export const parseComparison = (v: CellValue) => word(COMPARE_WORDS, v);
export function parseBool(value: CellValue): Parsed<boolean> {
  if (typeof value === 'boolean') return ok(value);
  const hit = BOOL_WORDS.get(normalizeHeader(String(value)));
  return hit === undefined ? FAIL : ok(hit);
}

/** A cell shown as text (for messages). */
export function cellText(value: CellValue): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().replace(/T00:00:00\.000Z$/, '').replace('.000Z', 'Z');
  return String(value);
}

/** Lists typed in one cell. */
export const splitIds = (s: string): string[] => s.split(/[、;；,，\s]+/).filter(Boolean);
export const splitOwners = (s: string): string[] => s.split(/[、;；\n]/).map((x) => x).filter((x) => x.trim() !== '');
export const splitOwnersEn = (s: string): string[] => s.split(/[;；\n]/).filter((x) => x.trim() !== '');
