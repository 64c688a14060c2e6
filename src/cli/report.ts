/** Printing problems for people (one line each, by cell) and for programs (--json). */
import type { Problem } from '../feed/types.js';
import { messageIn, t, type CliProblem, type Lang, type Where } from './messages.js';

export function describeWhere(where: Where | undefined, lang: Lang): string {
  if (!where) return '';
  const parts: string[] = [];
  if (where.file) parts.push(where.file);
  if (where.sheet) parts.push(t(lang, 'sheet', { v: where.sheet }));
  if (where.row !== undefined) parts.push(t(lang, 'row', { v: where.row }));
  if (where.column) parts.push(t(lang, 'column', { v: where.column }) + (where.header ? (lang === 'zh' ? `（${where.header}）` : ` (${where.header})`) : ''));
  if (where.cell !== undefined && where.cell.length <= 40 && !where.cell.includes('\n')) parts.push(lang === 'zh' ? `单元格内容“${where.cell}”` : `cell "${where.cell}"`);
  return parts.join(lang === 'zh' ? '，' : ', ');
}

export function formatProblem(p: CliProblem, lang: Lang): string {
  const sev = t(lang, p.severity);
  const where = describeWhere(p.where, lang);
  // A spreadsheet cell is named by its row and column; the pointer (counting from 0) only confuses.
  const path = p.path === '' || p.where?.row !== undefined ? '' : p.path;
  const head = [where, path].filter(Boolean).join(lang === 'zh' ? '　' : '  ');
  return `${sev.padEnd(lang === 'zh' ? 2 : 7)}  ${head ? head + (lang === 'zh' ? '：' : ': ') : ''}${messageIn(p, lang)}`;
}

export const countBy = (problems: (Problem | CliProblem)[]) => ({
  errors: problems.filter((p) => p.severity === 'error').length,
  warnings: problems.filter((p) => p.severity === 'warning').length,
  notes: problems.filter((p) => p.severity === 'note').length,
});

/** Problems in the order a person fixes them: by file, sheet, row, column, then as found. */
export function sortProblems(problems: CliProblem[]): CliProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => {
      const wa = a.p.where;
      const wb = b.p.where;
      if (!wa || !wb) return wa ? 1 : wb ? -1 : a.i - b.i;
      return (
        (wa.file ?? '').localeCompare(wb.file ?? '') ||
        (wa.sheet ?? '').localeCompare(wb.sheet ?? '') ||
        (wa.row ?? 0) - (wb.row ?? 0) ||
        (wa.column ?? '').length - (wb.column ?? '').length ||
        (wa.column ?? '').localeCompare(wb.column ?? '') ||
        a.i - b.i
      );
    })
    .map((x) => x.p);
}

/** The problems as lines, then the summary line. */
export function problemLines(problems: CliProblem[], lang: Lang): string[] {
  const lines = sortProblems(problems).map((p) => formatProblem(p, lang));
  const { errors, warnings, notes } = countBy(problems);
  if (errors === 0 && warnings === 0 && notes === 0) lines.push(t(lang, 'valid'));
  else lines.push(t(lang, notes ? 'summary-notes' : 'summary', { e: errors, w: warnings, n: notes }) + (errors === 0 ? ' ' + t(lang, 'valid') : ''));
  return lines;
}

/** The JSON form: every problem with its pointer, severity, code, both messages and its cell. */
export function problemsJson(input: string, problems: CliProblem[]): Record<string, unknown> {
  const { errors, warnings, notes } = countBy(problems);
  return {
    input,
    valid: errors === 0,
    errors,
    warnings,
    notes,
    problems: sortProblems(problems).map((p) => ({
      path: p.path,
      severity: p.severity,
      code: p.code,
      message: p.message,
      ...(p.where ?? {}),
    })),
  };
}
