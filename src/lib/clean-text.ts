// Text from a URL or a form, made safe to show and to write back into a URL: one line, trimmed, and
// valid UTF-16 (a lone surrogate would be turned into U+FFFD by the next URL round trip anyway, so the
// text would change under us; doing it here keeps parse → serialize → parse stable).

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Lone surrogates replaced by U+FFFD, as a URL would (and encodeURIComponent throws on them). */
export function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, "\uFFFD");
}

/** Trims, collapses whitespace and control characters to one space, and repairs lone surrogates. */
export function cleanText(value: string): string {
  return wellFormed(value).replace(/[\s\p{Cc}]+/gu, " ").trim();
}

/** The first `max` characters (code points, so an emoji is never cut in half), trailing space removed. */
export function capText(text: string, max: number): { text: string; cut: boolean } {
  const chars = Array.from(text);
  if (chars.length <= max) return { text, cut: false };
  return { text: chars.slice(0, max).join("").trimEnd(), cut: true };
}
