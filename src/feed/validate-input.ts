/**
 * The input side of validate(): the feed text parsed (with the byte cap), plain JSON data with
 * the limits applied, deep copies, JSON Pointers and short descriptions of values for messages.
 */
import { LIMITS } from './limits.js';
import { problem } from './messages.js';
import type { Problem } from './types.js';

type Json = unknown;
type Obj = Record<string, Json>;
type Key = string | number;

export const SKIPPED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** RFC 6901 JSON Pointer from path segments. */
export function pointer(keys: readonly Key[]): string {
  return keys.map((k) => '/' + String(k).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/**
 * Plain JSON data with limits applied: long strings cut, long lists cut, deep nesting
 * dropped, prototype keys skipped, non-JSON values (functions, symbols) dropped. Copy on
 * write: what needs no change is returned as it is (the input is never modified), so a clean
 * feed costs one walk and no copy. `path` is a shared stack, read only to report a problem.
 */
export function sanitize(value: Json, path: Key[], problems: Problem[], depth = 0): Json {
  if (typeof value === 'string') {
    if (value.length > LIMITS.maxString) {
      problems.push(problem(pointer(path), 'warning', 'string-too-long', { limit: LIMITS.maxString }));
      return value.slice(0, LIMITS.maxString) + '…';
    }
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (typeof value !== 'object') return undefined;
  if (depth >= LIMITS.maxDepth) {
    problems.push(problem(pointer(path), 'warning', 'too-deep', { limit: LIMITS.maxDepth }));
    return undefined;
  }
  if (Array.isArray(value)) {
    let out: Json[] | undefined;
    let length = value.length;
    if (length > LIMITS.maxItems) {
      problems.push(problem(pointer(path), 'warning', 'too-many-items', { limit: LIMITS.maxItems }));
      length = LIMITS.maxItems;
      out = value.slice(0, length);
    }
    for (let i = 0; i < length; i++) {
      path.push(i);
      const item = sanitize(value[i], path, problems, depth + 1);
      path.pop();
      if (item !== value[i]) (out ??= value.slice(0, length))[i] = item;
    }
    return out ?? value;
  }
  const obj = value as Obj;
  const keys = Object.keys(obj);
  let out: Obj | undefined;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    let item: Json;
    if (!SKIPPED_KEYS.has(key)) {
      path.push(key);
      item = sanitize(obj[key], path, problems, depth + 1);
      path.pop();
    }
    if (!out && item !== obj[key]) {
      out = {};
      for (let j = 0; j < k; j++) out[keys[j]] = obj[keys[j]];
    }
    if (out && item !== undefined) out[key] = item;
  }
  return out ?? obj;
}

/** A deep copy of sanitized data (plain objects, lists and primitives). */
export function clone(value: Json): Json {
  if (Array.isArray(value)) return value.map(clone);
  if (!value || typeof value !== 'object') return value;
  const out: Obj = {};
  for (const key of Object.keys(value)) out[key] = clone((value as Obj)[key]);
  return out;
}

export function describe(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x.length > 40 ? x.slice(0, 40) + '…' : x);
  if (Array.isArray(x)) return 'a list';
  if (x === null) return 'null';
  if (typeof x === 'object') return 'an object';
  return String(x);
}

/** UTF-8 size of `text`, counted only when it could be over the cap. */
function tooLarge(text: string): boolean {
  if (text.length > LIMITS.maxBytes) return true;
  if (text.length * 3 <= LIMITS.maxBytes) return false;
  return new TextEncoder().encode(text).length > LIMITS.maxBytes;
}

export function parseText(text: string, problems: Problem[]): { ok: true; value: Json } | { ok: false } {
  if (tooLarge(text)) {
    problems.push(problem('', 'error', 'too-large', { limit: LIMITS.maxBytes }));
    return { ok: false };
  }
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (err) {
    const detail = err instanceof Error ? err.message.slice(0, 120) : 'parse error';
    problems.push(problem('', 'error', 'not-json', { detail }));
    return { ok: false };
  }
}
