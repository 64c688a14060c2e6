/**
 * A fast path for the common case, a valid item: the valibot schemas of schema.ts compiled
 * once into plain functions that either return the same output valibot would (unknown keys
 * left out, values copied) or FAIL. They build no issues and no datasets, so a feed with a
 * thousand valid tasks is checked several times faster than through valibot; anything that
 * fails goes through valibot (validate.ts), which finds what is wrong and repairs it.
 *
 * The schemas stay the single source: this reads them. A schema or action this file does not
 * know compiles to "always FAIL", so a new kind of rule can only make the fast path slower,
 * never let bad data through. A property test checks that both paths agree.
 */
import type * as v from 'valibot';

export const FAIL: unique symbol = Symbol('fail');
type Parse = (input: unknown) => unknown;

interface Node {
  type: string;
  kind?: string;
  pipe?: Node[];
  entries?: Record<string, Node>;
  item?: Node;
  key?: Node;
  value?: Node;
  wrapped?: Node;
  options?: Node[] | readonly unknown[];
  default?: unknown;
  requirement?: unknown;
}

const fail: Parse = () => FAIL;
const hasOwn = Object.prototype.hasOwnProperty;
const BAD_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** One validation action (min_length, regex, check…) as a predicate; undefined: unknown. */
function action(node: Node): ((x: never) => boolean) | undefined {
  const r = node.requirement as never;
  switch (node.type) {
    case 'min_length':
      return (x: { length: number }) => x.length >= r;
    case 'max_length':
      return (x: { length: number }) => x.length <= r;
    case 'min_value':
      return (x: number) => x >= r;
    case 'max_value':
      return (x: number) => x <= r;
    case 'regex':
    case 'hex_color':
      return (x: string) => (r as RegExp).test(x);
    case 'check':
    case 'finite':
      return r as (x: never) => boolean;
    default:
      return undefined;
  }
}

function compileNode(node: Node): Parse {
  if (node.pipe) {
    // pipe[0] is the schema being refined (itself perhaps a pipe), the rest its actions.
    const [first, ...rest] = node.pipe;
    const base = compileNode(first);
    const checks: ((x: never) => boolean)[] = [];
    for (const item of rest) {
      if (item.kind === 'metadata') continue;
      const check = item.kind === 'validation' ? action(item) : undefined;
      if (!check) return fail;
      checks.push(check);
    }
    return (input) => {
      const out = base(input);
      if (out === FAIL) return FAIL;
      for (const check of checks) if (!check(out as never)) return FAIL;
      return out;
    };
  }
  switch (node.type) {
    case 'string':
      return (x) => (typeof x === 'string' ? x : FAIL);
    case 'number':
      return (x) => (typeof x === 'number' && !Number.isNaN(x) ? x : FAIL);
    case 'boolean':
      return (x) => (typeof x === 'boolean' ? x : FAIL);
    case 'picklist': {
      const options = node.options as readonly unknown[];
      return (x) => (options.includes(x) ? x : FAIL);
    }
    case 'optional': {
      if (node.default !== undefined) return fail;
      const inner = compileNode(node.wrapped!);
      return (x) => (x === undefined ? x : inner(x));
    }
    case 'array': {
      const item = compileNode(node.item!);
      return (x) => {
        if (!Array.isArray(x)) return FAIL;
        const out: unknown[] = new Array(x.length);
        for (let i = 0; i < x.length; i++) if ((out[i] = item(x[i])) === FAIL) return FAIL;
        return out;
      };
    }
    case 'union': {
      const options = (node.options as Node[]).map(compileNode);
      return (x) => {
        for (const option of options) {
          const out = option(x);
          if (out !== FAIL) return out;
        }
        return FAIL;
      };
    }
    case 'record': {
      const key = compileNode(node.key!);
      const value = compileNode(node.value!);
      return (x) => {
        if (!x || typeof x !== 'object') return FAIL;
        const out: Record<string, unknown> = {};
        for (const k in x) {
          if (!hasOwn.call(x, k) || BAD_KEYS.has(k)) continue;
          if (key(k) === FAIL) return FAIL;
          if ((out[k] = value((x as Record<string, unknown>)[k])) === FAIL) return FAIL;
        }
        return out;
      };
    }
    case 'object': {
      const entries = Object.entries(node.entries!).map(([k, s]) => {
        const optional = s.type === 'optional' && s.default === undefined;
        return [k, compileNode(s), optional] as const;
      });
      return (x) => {
        if (!x || typeof x !== 'object') return FAIL;
        const input = x as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const [k, parse, optional] of entries) {
          if (k in input) {
            if ((out[k] = parse(input[k])) === FAIL) return FAIL;
          } else if (!optional) return FAIL;
        }
        return out;
      };
    }
    default:
      return fail;
  }
}

const compiled = new WeakMap<object, Parse>();

/** valibot's output for a valid `input`, or FAIL. Compiles the schema on first use. */
export function fastParse(schema: v.GenericSchema, input: unknown): unknown {
  let parse = compiled.get(schema);
  if (!parse) compiled.set(schema, (parse = compileNode(schema as unknown as Node)));
  return parse(input);
}
