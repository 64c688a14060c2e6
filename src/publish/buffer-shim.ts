/**
 * Node's `Buffer` for the reader worker, set before the reader's modules load: src/cli/sheets.ts
 * imports `csv-parse/sync`, whose Node build uses `Buffer` as soon as it loads (the CLI helper is
 * asked to import `csv-parse/browser/esm/sync` instead, which carries its own; this file can then
 * go). `buffer/` with the slash is the npm package (the one csv-parse's browser build bundles),
 * not Node's built-in module name.
 */
import { Buffer } from 'buffer/';

const scope = globalThis as { Buffer?: unknown };

/**
 * True once `Buffer` is there. An export the worker reads (not a bare side-effect import): the
 * package's `sideEffects` list does not name src/publish, so a bare import would be dropped.
 */
export const hasBuffer: boolean = (scope.Buffer ??= Buffer) !== undefined;
