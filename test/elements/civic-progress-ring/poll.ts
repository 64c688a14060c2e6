/** The shared waiting helpers, under the names these tests use. */
export { until as poll, setPageLang as setLang } from '../../support/helpers.js';
