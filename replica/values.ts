// Typed comparisons for RANGE[...] and exact terms: partial dates, NormalizedTime ages, numbers.

/** A partial date (yyyy, yyyy-MM, yyyy-MM-dd, or with a time) as the span of days it covers. */
export type DateSpan = { from: string; to: string };

/**
 * `2023` → 2023-01-01..2023-12-31, `2023-02` → 2023-02-01..2023-02-31. Day 31 is fine because
 * spans are only compared as strings; it sorts after every real day of the month.
 */
export function dateSpan(raw: string): DateSpan | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/.exec(raw.trim());
  if (!m?.[1]) return undefined;
  const [year, month, day] = [m[1], m[2], m[3]];
  if (day && month) return { from: `${year}-${month}-${day}`, to: `${year}-${month}-${day}` };
  if (month) return { from: `${year}-${month}-01`, to: `${year}-${month}-31` };
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** Sort key of a partial date: its first day. */
export function dateKey(raw: string): string | undefined {
  return dateSpan(raw)?.from;
}

const DAYS_PER_UNIT: Record<string, number> = {
  year: 365.25, month: 365.25 / 12, week: 7, day: 1, hour: 1 / 24, minute: 1 / 1440,
};

/**
 * NormalizedTime (`18 Years`, `6 Months`, `16 years`, `1 Year`) → days. A bare number is read as
 * years, which is what people mean in an age RANGE.
 */
export function timeInDays(raw: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(raw.trim());
  if (!m?.[1]) return undefined;
  const value = Number(m[1]);
  const unit = (m[2] ?? "").toLowerCase().replace(/s$/, "");
  if (unit === "") return value * 365.25;
  const perUnit = DAYS_PER_UNIT[unit];
  return perUnit === undefined ? undefined : value * perUnit;
}

export function numberOf(raw: unknown): number | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== "string" || raw.trim() === "") return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}
