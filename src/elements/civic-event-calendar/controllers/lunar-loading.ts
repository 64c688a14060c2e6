/**
 * Lunar dates on demand: the first render that shows them starts loading the lunar module
 * (lunar-on-demand.ts) and renders again when it has arrived; updateComplete waits for that
 * (through the element's waitFor).
 */
import type { ReactiveControllerHost } from 'lit';
import { lunarSettled, wantLunar } from '../lunar-on-demand.js';

/** No lifecycle hooks: render calls want(). */
export class LunarLoadingController {
  private loading?: Promise<unknown>;

  /** `waitFor` is the element's (CivicFeedElement): updateComplete waits for the work given to it. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly waitFor: (work: Promise<unknown>) => Promise<unknown>,
  ) {}

  /** Called while rendering: `shown` is whether lunar dates are shown. */
  want(shown: boolean): void {
    if (shown && !lunarSettled()) this.loading ??= this.waitFor(wantLunar().then(() => this.host.requestUpdate()));
  }
}
