// List markers in eligibility criteria: bullets, numbers, letters, roman numerals and circled numbers, at
// the start of a line or inside one, and whether a marker continues the list it seems to belong to.
// (Part of criteria-items.ts.)
// ---------------------------------------------------------------------------------------------------
// Markers

export type Style = "bullet" | "number" | "lower" | "upper" | "roman" | "ROMAN" | "circled";

export type Marker = {
  /** As written, for CriterionItem.number ("3.", "(b)", "iv)"); "" for a bullet. */
  written: string;
  /** A letter used as a bullet ("o"). */
  letter?: string;
  /** Style and delimiter together ("number.", "lower(", "bullet"): siblings share it. */
  style: string;
  value: number;
  /** Characters the marker and the spaces after it take. */
  width: number;
};

export const BULLET = /^(?:[*+\-•·▪◦●○■□‣⁃]|o(?=[ \t]+\S))(?:[ \t]+|$)/u;
export const CIRCLED = /^[\u2460-\u2473][ \t]*/u;
export const LABEL = String.raw`\((\d{1,3}|[a-zA-Z]|[ivx]{1,6}|[IVX]{1,6})\)|(\d{1,3}|[a-zA-Z]|[ivx]{2,6}|[IVX]{2,6})\\?([.)])`;
/** A numbering label at the start of a line, then spaces, or straight against a capital ("a.Neutrophils"). */
export const AT_START = new RegExp(String.raw`^(?:${LABEL})(?:[ \t]+|$|(?=\p{Lu}))`, "u");
/**
 * The same inside a line, after a space or a separator and before a space or a capital ("… 6 weeks 20. Is
 * …", "…; b. Use …"); or a circled number after a separator ("…; ②patients").
 */
export const INLINE = new RegExp(String.raw`(?<=[\s;；,，。:：])(?:${LABEL})(?=[ \t]+\S|\p{Lu})|(?<=[;；。.,，][ \t]*)([\u2460-\u2473])(?=[ \t]*\S)`, "gu");

export const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };
export function romanValue(text: string): number | undefined {
  const digits = [...text.toLowerCase()].map((c) => ROMAN[c] ?? 0);
  let total = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits[i] ?? 0;
    total += d < (digits[i + 1] ?? 0) ? -d : d;
  }
  // Only canonical numerals ("iv", not "iiv"): written back, they must read the same.
  return toRoman(total) === text.toLowerCase() ? total : undefined;
}
export function toRoman(n: number): string {
  const table: [number, string][] = [[10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let out = "";
  let rest = n;
  for (const [value, numeral] of table) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

export type Reading = { style: string; value: number };

/** What a label can mean, style with its delimiter ("number.", "lower(", "roman)"): "i" is roman 1 or letter 9. */
export function readings(match: RegExpExecArray): Reading[] {
  const [, parenLabel, plainLabel, plainDelimiter, circled] = match;
  if (circled) return [{ style: "circled", value: circled.charCodeAt(0) - 0x2460 + 1 }];
  const label = parenLabel ?? plainLabel ?? "";
  const delimiter = plainDelimiter ?? "(";
  const at = (style: Style, value: number) => ({ style: `${style}${delimiter}`, value });
  if (/^\d+$/.test(label)) return [at("number", Number(label))];
  const out: Reading[] = [];
  const upper = label === label.toUpperCase();
  const roman = romanValue(label);
  if (roman !== undefined) out.push(at(upper ? "ROMAN" : "roman", roman));
  if (label.length === 1) out.push(at(upper ? "upper" : "lower", label.toLowerCase().charCodeAt(0) - 96));
  return out;
}

export const writtenLabel = (match: RegExpExecArray) => (match[1] !== undefined ? `(${match[1]})` : `${match[2]}${match[3]}`);

/**
 * The list marker at the start of `body`, if any. A letter or roman numeral counts only when it starts a
 * list ("a.", "i.") or follows the last one of its kind ("c." after "b."): "E. coli" is no marker.
 */
export function readMarker(body: string, last: Map<string, number>): Marker | undefined {
  const bullet = BULLET.exec(body);
  if (bullet) return { written: "", style: "bullet", value: 0, width: bullet[0].length, ...(body[0] === "o" && { letter: "o" }) };
  const circled = CIRCLED.exec(body);
  if (circled) {
    const char = body.codePointAt(0) ?? 0x2460;
    return { written: String.fromCodePoint(char), style: "circled", value: char - 0x2460 + 1, width: circled[0].length };
  }
  const match = AT_START.exec(body);
  if (!match) return undefined;
  const options = readings(match);
  // A continuation of the same list wins ("i." after "h." is a letter); then a number; then a list's
  // start; then a roman numeral of two letters or more, or a letter before a spaced capital ("c. A change").
  const spacedCapital = /^[ \t]+\p{Lu}/u.test(body.slice(match[0].trimEnd().length));
  const chosen =
    options.find((o) => last.get(o.style) === o.value - 1) ??
    options.find((o) => o.style.startsWith("number")) ??
    options.find((o) => o.value === 1) ??
    options.find((o) => /^roman|^ROMAN/.test(o.style) && (match[1] ?? match[2] ?? "").length > 1) ??
    options.find((o) => /^lower|^upper/.test(o.style) && spacedCapital);
  return chosen && { written: writtenLabel(match), style: chosen.style, value: chosen.value, width: match[0].length };
}
