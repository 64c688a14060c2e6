/**
 * Lunar dates and solar terms, loaded on demand: only a Chinese calendar shows them, and only
 * lunar and solar-term recurrence rules need them, so an English page of Gregorian events never
 * downloads the astronomy. The first `wantLunar()` starts the import (the labels and the rules
 * share it); `lunarOf()` and `lunarModule()` answer undefined until it has arrived.
 */
type Lunar = typeof import('../../feed/lunar.js');

let lunar: Lunar | undefined;
let loading: Promise<unknown> | undefined;
let settled = false;

/** True once the import has arrived or failed (so nobody waits for it again). */
export const lunarSettled = (): boolean => settled;

/** Starts loading the lunar module (once); resolves when it is there or has failed. */
export function wantLunar(): Promise<unknown> {
  return (loading ??= import('../../feed/lunar.js').then(
    (m) => {
      lunar = m;
      settled = true;
    },
    () => {
      settled = true;
    },
  ));
}

/** The lunar module (the rules of recurrence.ts need it), once it has arrived. */
export const lunarModule = (): Lunar | undefined => lunar;

/** The lunar label of a date, or undefined while the module has not arrived. */
export function lunarOf(date: string): { text: string; term: boolean } | undefined {
  return lunar?.lunarLabel(date);
}

/**
 * The lunar date as a screen reader should hear it, marked as lunar so its month is not taken for
 * a Gregorian one: "农历八月初八" (with the solar term after it, "农历八月初八，白露"); undefined while
 * the module has not arrived. Always Chinese, as the lunar labels are.
 */
export function lunarSpoken(date: string): string | undefined {
  const d = lunar?.lunarDate(date);
  if (!d) return undefined;
  const term = lunar!.solarTermOn(date);
  return `农历${d.month}${d.dayName}${term ? `，${term}` : ''}`;
}
