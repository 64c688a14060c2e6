/**
 * True for a link that is safe to put in an href: http(s), or relative to the page.
 * javascript:, data:, vbscript:, file: and every other scheme are refused, however they are
 * disguised (case, whitespace, control characters, entities are not decoded by JSON).
 */
export function isSafeUrl(value: string): boolean {
  if (typeof value !== 'string' || value.trim() === '') return false;
  // A colon before the first / ? or # is a scheme, or (":", ":x") a relative path RFC 3986 calls
  // ambiguous: only http(s) passes.
  const head = value.trim().split(/[/?#]/, 1)[0]!;
  if (head.includes(':') && !/^https?:$/i.test(head)) return false;
  try {
    const url = new URL(value, 'https://relative.invalid/');
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
