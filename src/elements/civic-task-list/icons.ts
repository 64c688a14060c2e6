/**
 * Status shapes: each status has its own outline shape, so it reads without colour (and in
 * forced-colors mode, where everything is currentColor).
 */
import { svg, html, type TemplateResult } from 'lit';
import type { StatusKey } from './task-model.js';

const wrap = (name: string, body: TemplateResult) =>
  html`<svg class="icon icon-${name}" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${body}</svg>`;

export const ICONS: Record<StatusKey | 'overdue' | 'due-no-update' | 'link' | 'chevron', TemplateResult> = {
  // A circle with a tick.
  completed: wrap(
    'completed',
    svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M4.8 8.3l2.2 2.2 4.2-4.6" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
  ),
  // A half-filled circle.
  'in-progress': wrap(
    'in-progress',
    svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 2.5a5.5 5.5 0 0 1 0 11z" fill="currentColor"/>`,
  ),
  // A triangle with an exclamation mark.
  delayed: wrap(
    'delayed',
    svg`<path d="M8 1.8l6.6 12H1.4z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/><path d="M8 6v3.6" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/><circle cx="8" cy="11.7" r="1" fill="currentColor"/>`,
  ),
  // An empty dashed circle.
  'not-started': wrap(
    'not-started',
    svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.6 1.8"/>`,
  ),
  // A diamond with a question mark.
  unknown: wrap(
    'unknown',
    svg`<path d="M8 1.2l6.8 6.8L8 14.8 1.2 8z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/><path d="M6.4 6.4a1.7 1.7 0 1 1 2.4 1.6c-.6.3-.8.6-.8 1.2" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round"/><circle cx="8" cy="11" r=".9" fill="currentColor"/>`,
  ),
  // A clock.
  overdue: wrap(
    'overdue',
    svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 4.2V8l2.6 1.8" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>`,
  ),
  // An hourglass: the due date has passed since the last report; nobody has said more (not overdue).
  'due-no-update': wrap(
    'due-no-update',
    svg`<path d="M4 1.8h8M4 14.2h8M5 1.8c0 3.2 3 4.2 3 6.2s-3 3-3 6.2M11 1.8c0 3.2-3 4.2-3 6.2s3 3 3 6.2" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"/>`,
  ),
  link: wrap(
    'link',
    svg`<path d="M6.8 9.2a2.6 2.6 0 0 0 3.7 0l2.4-2.4a2.6 2.6 0 0 0-3.7-3.7l-.9.9M9.2 6.8a2.6 2.6 0 0 0-3.7 0L3.1 9.2a2.6 2.6 0 0 0 3.7 3.7l.9-.9" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/>`,
  ),
  chevron: wrap('chevron', svg`<path d="M5.5 3.5L10 8l-4.5 4.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`),
};
