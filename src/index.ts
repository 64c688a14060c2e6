/** civic-widgets: the all-in-one entry. Importing it defines every element. */
export { CivicFeedSummary } from './elements/civic-feed-summary/civic-feed-summary.js';
export { setLocale } from './internal/locale.js';
export type { Feed, Problem, ValidationResult } from './feed/types.js';
