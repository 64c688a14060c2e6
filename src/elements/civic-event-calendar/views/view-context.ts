/** What every view of the calendar is rendered from; each view's context adds its own state and handlers. */
import type { Feed } from '../../../feed/types.js';
import type { CalEvent } from '../calendar-model.js';
import type { CalendarDialog } from '../controllers/dialog-focus.js';

export interface ViewContext {
  feed: Feed;
  /** The UI language (zh-Hans or en). */
  lang: string;
  /** Today in the feed's time zone, YYYY-MM-DD. */
  today: string;
  /** The month shown, YYYY-MM. */
  month: string;
  /** The events to show: the feed's in the chosen categories, recurring ones expanded over the view's range. */
  events: readonly CalEvent[];
  /** Every event of the feed, whatever the categories chosen. */
  allEvents: readonly CalEvent[];
  /** The level of the calendar's top headings (heading-level). */
  topHeading: number;
  /** Lunar dates and solar terms are shown. */
  lunar: boolean;
  /** Opens the detail dialog on `dialog` (or shows it in the open dialog); focus returns to the clicked control on close. */
  onOpen: (dialog: CalendarDialog, e?: Event) => void;
  /** Shows `month` (YYYY-MM), the visitor's choice. */
  onMonth: (month: string) => void;
}
