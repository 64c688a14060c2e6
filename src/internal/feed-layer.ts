/**
 * The feed layer as one chunk that widgets load on demand (validator, schema library, loader),
 * so a widget's own entry point stays small and a standalone ring never pays for it.
 */
export { validateInSlices, yieldToPage } from '../feed/validate.js';
export { requestFeed } from '../feed/load.js';
