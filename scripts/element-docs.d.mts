/** Types of scripts/element-docs.mjs, for the TypeScript test that imports it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Declaration = any;
export const DOCS_DIR: string;
export function elementsOf(manifest: unknown): { tag: string; declaration: Declaration }[];
export function apiTables(declaration: Declaration): string;
export function expectedPages(manifest: unknown, dir?: string, read?: (file: string) => string): Map<string, string>;
export function stalePages(manifest: unknown, dir?: string): string[];
