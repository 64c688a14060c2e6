/** civic-widgets: the all-in-one entry. Importing it defines every element. */
export { CivicFeedSummary } from './elements/civic-feed-summary/civic-feed-summary.js';
export { CivicTaskList } from './elements/civic-task-list/civic-task-list.js';
export { CivicProgressRing } from './elements/civic-progress-ring/civic-progress-ring.js';
export { CivicIndicatorBoard } from './elements/civic-indicator-board/civic-indicator-board.js';
export { CivicEventCalendar } from './elements/civic-event-calendar/civic-event-calendar.js';
export { setLocale } from './internal/locale.js';
export type { Feed, Problem, ValidationResult } from './feed/types.js';
export type {
  CivicEventDetails,
  CivicEventMap,
  EventSelectDetail,
  FeedErrorDetail,
  FeedLoadDetail,
  FeedSourceKind,
  FilterChangeDetail,
  IndicatorSelectDetail,
  MonthChangeDetail,
  TaskToggleDetail,
} from './internal/events.js';
