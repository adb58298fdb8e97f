// fast-check generators for the property tests of the URL parsers: text a hand-edited, pasted or
// mangled link can hold. Weighted towards what breaks parsers (separators, digits, surrogates,
// controls, emoji) rather than uniform Unicode, where almost every string is a boring place name.
import fc from "fast-check";

/** One "character" of hostile text: a separator, a digit, ASCII, any code point, a lone surrogate, a token. */
const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(",", ";", "|", " ", "\t", "\n", "\r", "&", "=", "?", "#", "%", "+", ".", "-", ":", "/", "[", "]", "(", ")", '"', "'", "\\") },
  { weight: 4, arbitrary: fc.constantFrom(..."0123456789") },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "😀", "👩‍⚕️", "é", "e\u0301", "ß", "İ", "\u0000", "\u0007", "\u007f", "\u00a0", "\u200b", "\u2028", "\ufeff", "\ufffd",
      "ALL", "AND", "OR", "NOT", "AREA[", "NCT", "nct0", "02115", "42.36", "-71.06", "90", "181", "Boston", "São Paulo",
      "all", "RECRUITING", "early", "na", "mi", "km", "rec", "phase:", "status:",
    ),
  },
);

/** Text of up to `maxLength` hostile units. */
export const hostileText = (maxLength = 30) => fc.string({ unit: hostileUnit, maxLength });

/** Very long values: one unit repeated past every length limit, then a short tail that a cut may or may not keep. */
export const hugeText = fc
  .tuple(fc.constantFrom("a", "😀", "0", " ", "9,", "\ud800", "x ", "NCT02513394,"), fc.integer({ min: 90, max: 20_000 }), hostileText(6))
  .map(([unit, times, tail]) => unit.repeat(times) + tail);

/** A value: hostile text mostly, sometimes one that a parser accepts, now and then a huge one. */
export const paramValue = (plausible: readonly string[]) =>
  fc.oneof(
    { weight: 5, arbitrary: hostileText() },
    { weight: 4, arbitrary: fc.constantFrom(...plausible) },
    { weight: 2, arbitrary: fc.array(fc.constantFrom(...plausible), { maxLength: 4 }).chain((items) => fc.constantFrom(items.join(","), items.join(" "), items.join("|"))) },
    { weight: 1, arbitrary: hugeText },
  );

/** A parameter name: a known one in any case, or junk. */
export const paramName = (known: readonly string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...known) },
    { weight: 2, arbitrary: fc.constantFrom(...known).map((name) => name.toUpperCase()) },
    { weight: 2, arbitrary: hostileText(8) },
  );

/** Query strings as typed or mangled: repeated keys, odd separators, broken %-escapes. */
export const rawQuery = (known: readonly string[], plausible: readonly string[]) =>
  fc
    .array(fc.tuple(paramName(known), paramValue(plausible), fc.constantFrom("=", "==", "", "=%", "=%E0%A4", "=%ZZ")), { maxLength: 10 })
    .chain((pairs) =>
      fc.constantFrom("&", ";", "&&", "&amp;").map((separator) => pairs.map(([name, value, equals]) => `${name}${equals}${value}`).join(separator)),
    );

/** URLSearchParams built from pairs (repeated keys included) or parsed from a raw query string. */
export const searchParams = (known: readonly string[], plausible: readonly string[]) =>
  fc.oneof(
    fc.array(fc.tuple(paramName(known), paramValue(plausible)), { maxLength: 12 }).map((pairs) => new URLSearchParams(pairs)),
    rawQuery(known, plausible).map((query) => new URLSearchParams(query)),
  );

/** No lone surrogate: text that can be shown, encoded (encodeURIComponent) and round-tripped. */
export const isWellFormed = (text: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
