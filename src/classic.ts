/**
 * Entry of the classic-script bundle (dist/civic-widgets.classic.js) for CMSs that cannot add
 * type="module": it defines every element and, having no exports, adds no global.
 */
import './index.js';
