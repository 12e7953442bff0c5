// Parsing of the HTTP Retry-After header (RFC 9110 §10.2.3).
//
// Real servers send whole seconds or an HTTP-date. Fractional seconds are accepted too because the
// sandbox and the tests use them to keep waits short; a real server never sends them, so accepting
// them costs nothing.

/** Milliseconds to wait, or undefined when the header is absent or unreadable. Never negative. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
