/**
 * The validator's problems on a document built from spreadsheets: each placed at its cell, not
 * repeated where the reader already reported the cell, and worded for a clerk (the validator's own
 * wording names JSON keys and types, which mean nothing in a spreadsheet).
 */
import type { Feed, ValidationResult } from '../feed/types.js';
import type { BuildResult } from './build.js';
import { sheetDef, type SheetKind } from './columns.js';
import type { Table } from './layout.js';
import { cliProblem, type CliProblem } from './messages.js';

const LIST_KIND: Record<string, SheetKind> = { sections: 'sections', tasks: 'tasks', indicators: 'indicators', categories: 'categories', events: 'events' };

/** A reference into a list that was not given at all (validating tasks.csv alone) is not a problem. */
function referencedListGiven(path: string, given: Set<SheetKind>): boolean {
  const m = /^\/(\w+)\/\d+\/(\w+)/.exec(path);
  if (!m) return true;
  const target: Record<string, SheetKind> = { section: 'sections', indicators: 'indicators', task: 'tasks', category: 'categories' };
  const kind = target[m[2]];
  return kind === undefined || given.has(kind);
}

/** The column a pointer's field is read from, in the language of the sheet. */
function columnName(path: string, key: string, tables: Table[], header?: string): { column: string; columnZh: string } {
  const list = /^\/(\w+)\//.exec(path)?.[1];
  const kind = list ? LIST_KIND[list] : undefined;
  const field = key.split('/')[0];
  const def = kind ? sheetDef(kind).columns.find((c) => c.field === field) : undefined;
  const written = header ?? tables.find((t) => t.kind === kind)?.columns.get(field)?.header;
  return { column: written ?? def?.field ?? field, columnZh: written ?? def?.zh ?? field };
}

export function placeValidatorProblems(source: BuildResult, r: ValidationResult, tables: Table[]): { feed?: Feed; problems: CliProblem[] } {
  const problems: CliProblem[] = [...source.problems];
  // A cell already reported (an unknown status word, a bad date) is not reported again by the validator.
  const reported = [...source.problems.filter((p) => p.path !== '' && p.severity === 'error').map((p) => p.path), ...source.suppress];
  const covered = (path: string) => reported.some((x) => path === x || path.startsWith(x + '/') || x.startsWith(path + '/'));
  for (const p of r.problems) {
    if (p.code === 'missing-ref' && !referencedListGiven(p.path, source.given)) continue;
    if (covered(p.path)) continue;
    let problem: CliProblem = p;
    if (p.code === 'invalid-item' || p.code === 'invalid-field') {
      const key = p.code === 'invalid-item' ? (/“([^”]*)”/.exec(p.message['zh-Hans'])?.[1] ?? '') : p.path.split('/').pop()!;
      const where = source.locator.find(p.code === 'invalid-item' ? `${p.path}/${key}` : p.path);
      const names = columnName(p.path, key, tables, where?.header);
      problem = cliProblem(p.path, p.severity, where?.cell === undefined ? 'missing-cell' : 'invalid-cell', names);
    }
    const where = source.locator.find(p.code === 'invalid-item' ? p.path : p.path);
    problems.push(where ? { ...problem, where } : problem);
  }
  return { feed: r.fatal ? undefined : r.feed, problems };
}
