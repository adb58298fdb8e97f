// Whole numbers with en-US grouping ("1,234") without Intl. The first Intl number or date format in a
// page starts ICU: 30–40 ms of main thread on a laptop, over 100 ms on a phone (measured in Chromium,
// issue 13). A first render that shows a count (every search, the study page, the offline banner) would
// pay that as a long task; this costs microseconds. es-US, the app's Spanish locale, writes whole numbers
// the same way ("1,234"), so this holds in every language (format-count.test.ts checks it against Intl).

/** 1234 → "1,234", -5 → "-5". Fractions are rounded; anything that is not a finite number reads "0". */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return "0";
  const whole = Math.round(Math.abs(n));
  const digits = String(whole);
  // String() switches to exponent notation from 1e21; such counts do not occur, but must not break.
  const grouped = /e/.test(digits) ? digits : digits.replace(/\B(?=(\d{3})+$)/g, ",");
  return whole !== 0 && n < 0 ? `-${grouped}` : grouped;
}

/**
 * A count with its noun: "1 study", "1,234 studies", "3 groups" (`many` defaults to `one` + "s").
 * @deprecated English only. Use Lingui's `plural` macro with `const count = formatCount(n)`:
 * `plural(n, { one: "${count} study", other: "${count} studies" })` (template literals). Kept until every
 * caller is converted; then delete it.
 */
export const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`;
