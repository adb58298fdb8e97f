// Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. Browsers only let us read it when the
// registry exposes it to CORS or the app is served from the registry's origin; otherwise it is null.

const DELAY_SECONDS = /^\d+$/;
// IMF-fixdate, the form servers must send ("Sun, 06 Nov 1994 08:49:37 GMT"). Checked before Date.parse,
// which would read stray digits in a garbage value as a year.
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Milliseconds to wait from `now`, or undefined when the header is missing or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  const value = header?.trim() ?? "";
  if (DELAY_SECONDS.test(value)) return Number(value) * 1000;
  if (!HTTP_DATE.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
