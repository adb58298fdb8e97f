// Registry dates are partial calendar dates ("2015", "2015-08", "2015-08-14") with no time zone.
// They are formatted at the precision given (never inventing a day) and compared with the
// reader's local calendar day. Month names are fixed English so output does not depend on locale.

export type DateParts = { year: number; month?: number; day?: number };
export type DateStructLike = { date?: string; type?: "ACTUAL" | "ESTIMATED" } | undefined;

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** "2015-08" → {year: 2015, month: 8}; anything that is not a real partial date → undefined. */
export function parsePartialDate(value: string | null | undefined): DateParts | undefined {
  const match = PARTIAL_DATE.exec(value?.trim() ?? "");
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 1000) return undefined;
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** "2015" → "2015", "2015-08" → "August 2015", "2015-08-14" → "August 14, 2015"; invalid → undefined. */
export function formatPartialDate(value: string | null | undefined): string | undefined {
  const parts = parsePartialDate(value);
  if (!parts) return undefined;
  const { year, month, day } = parts;
  if (month === undefined) return String(year);
  const name = MONTHS[month - 1];
  return day === undefined ? `${name} ${year}` : `${name} ${day}, ${year}`;
}

/**
 * A date struct with its kind: "August 2015 (actual)", "August 2015 (anticipated)", or no qualifier
 * when the record gives no type (older records). For dates already past, such as posting dates,
 * pass `estimatedWord = "estimated"`.
 */
export function formatDateStruct(struct: DateStructLike, estimatedWord = "anticipated"): string | undefined {
  const formatted = formatPartialDate(struct?.date);
  if (!formatted) return undefined;
  if (struct?.type === "ACTUAL") return `${formatted} (actual)`;
  if (struct?.type === "ESTIMATED") return `${formatted} (${estimatedWord})`;
  return formatted;
}

const today = (now: Date): Required<DateParts> => ({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
const dayNumber = ({ year, month, day }: Required<DateParts>) => Date.UTC(year, month - 1, day) / 86_400_000;
const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
const compare = (a: Required<DateParts>, b: Required<DateParts>) => dayNumber(a) - dayNumber(b);

/** Whole calendar months from `from` to `to` (to ≥ from); a month counts once its day of month is reached. */
function wholeMonths(from: Required<DateParts>, to: Required<DateParts>): number {
  const months = (to.year - from.year) * 12 + (to.month - from.month);
  return to.day < from.day ? months - 1 : months;
}

/**
 * Years in honest words: "about 3 years" (within two months of a whole year), "over 2 years",
 * "almost 3 years" (nine months or more past a whole year). Plain "2 years" read as 2 years 11 months.
 */
function yearsWords(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (rest >= 9) return `almost ${plural(years + 1, "year")}`;
  return `${rest <= 2 ? "about" : "over"} ${plural(years, "year")}`;
}

/** A span as words ("about 3 years", "5 months", "2 weeks", "4 days") at the precision of the date. */
function span(from: Required<DateParts>, to: Required<DateParts>): string {
  const months = wholeMonths(from, to);
  if (months >= 12) return yearsWords(months);
  if (months >= 1) return plural(months, "month");
  const days = dayNumber(to) - dayNumber(from);
  return days >= 7 ? plural(Math.floor(days / 7), "week") : plural(days, "day");
}

/**
 * How long ago a date was, relative to `now` (the reader's local day): "today", "yesterday",
 * "4 days ago", "2 weeks ago", "5 months ago", "almost 3 years ago"; future dates read "in 3 months".
 * Partial dates stay at their precision: "this month", "last month", "this year", "last year".
 * The one producer of age phrases: every page uses it, so one date never reads two ways.
 */
export function relativeAge(value: string | null | undefined, now: Date = new Date()): string | undefined {
  const parts = parsePartialDate(value);
  if (!parts || Number.isNaN(now.getTime())) return undefined;
  const t = today(now);
  if (parts.month === undefined) {
    const years = t.year - parts.year;
    if (years === 0) return "this year";
    if (years === 1) return "last year";
    if (years === -1) return "next year";
    // A bare year is only known to the year, hence "about".
    return years > 0 ? `about ${plural(years, "year")} ago` : `in about ${plural(-years, "year")}`;
  }
  if (parts.day === undefined) {
    const months = (t.year - parts.year) * 12 + (t.month - parts.month);
    if (months === 0) return "this month";
    if (months === 1) return "last month";
    if (months === -1) return "next month";
    const amount = Math.abs(months);
    const words = amount >= 12 ? yearsWords(amount) : plural(amount, "month");
    return months > 0 ? `${words} ago` : `in ${words}`;
  }
  const date = { year: parts.year, month: parts.month, day: parts.day };
  const days = compare(t, date);
  if (days === 0) return "today";
  if (days === 1) return "yesterday";
  if (days === -1) return "tomorrow";
  return days > 0 ? `${span(date, t)} ago` : `in ${span(t, date)}`;
}

/** The last day a partial date can mean: "2015" → 2015-12-31, "2015-02" → 2015-02-28. */
function latestDay({ year, month, day }: DateParts): Required<DateParts> {
  const m = month ?? 12;
  return { year, month: m, day: day ?? daysInMonth(year, m) };
}

/** The latest day a partial date can mean, plus whole months (day clamped: 31 March + 1 month = 30 April). */
function latestDayPlusMonths(parts: DateParts, months: number): Required<DateParts> {
  const last = latestDay(parts);
  const index = last.year * 12 + last.month - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(last.day, daysInMonth(year, month)) };
}

/**
 * More than `months` whole months before `now`'s local day. A partial date counts from its last
 * possible day, so a record is never called old on a guess; 29 February's anniversary is 28 February.
 */
export function isOlderThan(value: string | null | undefined, months: number, now: Date = new Date()): boolean {
  const parts = parsePartialDate(value);
  if (!parts || Number.isNaN(now.getTime())) return false;
  return compare(today(now), latestDayPlusMonths(parts, months)) > 0;
}

/** Older than two years (see isOlderThan). */
export const isStale = (value: string | null | undefined, now: Date = new Date()): boolean => isOlderThan(value, 24, now);

/** Wholly before `now`'s local day: "2025-03" is past from 1 April 2025. */
export const isPast = (value: string | null | undefined, now: Date = new Date()): boolean => isOlderThan(value, 0, now);

/** "2025-03-01" → "March 2025", "2025" → "2025": the month is precise enough for status notes. */
export function formatMonthYear(value: string | null | undefined): string | undefined {
  const parts = parsePartialDate(value);
  if (!parts) return undefined;
  return parts.month === undefined ? String(parts.year) : `${MONTHS[parts.month - 1]} ${parts.year}`;
}

/** Whole months between two partial dates, ignoring days (missing months count as January). */
export function monthsApart(a: string | null | undefined, b: string | null | undefined): number | undefined {
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  if (!pa || !pb) return undefined;
  return Math.abs((pa.year - pb.year) * 12 + ((pa.month ?? 1) - (pb.month ?? 1)));
}
