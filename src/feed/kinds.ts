/** Small helpers the validator and the spreadsheet reader share. */

/** A plain object (not null, not an array). */
export const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The Chinese name of each list of the feed, for messages. */
export const KIND_ZH: Record<string, string> = {
  sections: '部分',
  tasks: '任务',
  indicators: '指标',
  categories: '类别',
  events: '活动',
};
