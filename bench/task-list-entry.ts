/** The benchmark page's bundle: the element, and validate() so the page can time it alone. */
import '../src/elements/civic-task-list/civic-task-list.js';
import { validate } from '../src/feed/validate.js';

(globalThis as { __benchValidate?: typeof validate }).__benchValidate = validate;
