/**
 * A fixed clock for browser tests: `new Date()` and `Date.now()` answer `iso` until the returned
 * function is called. Dates built from arguments are untouched. The widgets read "now" as
 * `new Date()` at render time (data-age.ts, todayIn's default), so this fixes their "today".
 * (@sinonjs/fake-timers is CommonJS only and not a direct dependency: the browser tests cannot import it.)
 */
export function fixClock(iso: string): () => void {
  const Real = globalThis.Date;
  const fixed = new Real(iso).getTime();
  if (Number.isNaN(fixed)) throw new Error(`fixClock: not a date: ${iso}`);
  class FixedDate extends Real {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [string | number]));
    }
    static override now(): number {
      return fixed;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  return () => {
    globalThis.Date = Real;
  };
}
