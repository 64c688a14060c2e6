/** Limits that keep a hostile feed from freezing a page. Each one is reported when hit. */
export const LIMITS = {
  /** Largest feed document accepted, in bytes of UTF-8. */
  maxBytes: 8 * 1024 * 1024,
  /** Most items kept in one list (tasks, events …); the rest are dropped with a warning. */
  maxItems: 10_000,
  /** Longest string kept; longer ones are cut with a warning. */
  maxString: 5_000,
  /** Deepest nesting looked at; anything deeper is dropped with a warning. */
  maxDepth: 12,
  /** Most updates kept per task: the newest ones; the older ones are dropped with a warning. */
  maxUpdates: 200,
  /** Longest text of one update (each language's string); longer ones are cut with a warning. */
  maxUpdateText: 2_000,
} as const;
