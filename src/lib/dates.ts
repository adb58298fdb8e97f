// Registry dates are partial calendar dates ("2015", "2015-08", "2015-08-14") with no time zone.
// They are formatted at the precision given (never inventing a day) and compared with the
// reader's local calendar day. Written in the active language exactly as Intl.DateTimeFormat writes them
// for its locale (dates.test.ts checks every language against Intl), but without Intl: the first Intl
// format in a page costs 15-40 ms of main thread, and a study page or a search shows dates at once.
import { t } from "@lingui/core/macro";
import { currentLang } from "../i18n/i18n";
import type { Lang } from "../i18n/languages";

export type DateParts = { year: number; month?: number; day?: number };
export type DateStructLike = { date?: string; type?: "ACTUAL" | "ESTIMATED" } | undefined;

// Locale data, not messages: each language's month names and date pattern, as Intl writes them for its
// locale (INTL_LOCALES) with { year: "numeric", month: "long", day?: "numeric" }.
const MONTHS: Record<Lang, readonly string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
};
const PATTERN: Record<Lang, (month: string, year: number, day?: number) => string> = {
  en: (month, year, day) => (day === undefined ? `${month} ${year}` : `${month} ${day}, ${year}`),
  es: (month, year, day) => `${day === undefined ? "" : `${day} de `}${month} de ${year}`,
};

/** "August 14, 2015" / "14 de agosto de 2015", or without the day "August 2015" / "agosto de 2015". */
function writeDate(year: number, month: number, day?: number): string {
  const lang = currentLang();
  return PATTERN[lang](MONTHS[lang][month - 1] ?? "", year, day);
}

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
  return month === undefined ? String(year) : writeDate(year, month, day);
}

/**
 * A date struct with its kind: "August 2015 (actual)", "August 2015 (anticipated)", or no qualifier
 * when the record gives no type (older records). For dates already past, such as posting dates,
 * pass `estimatedWord = "estimated"`.
 */
export function formatDateStruct(struct: DateStructLike, estimatedWord: "anticipated" | "estimated" = "anticipated"): string | undefined {
  const date = formatPartialDate(struct?.date);
  if (!date) return undefined;
  if (struct?.type === "ACTUAL") return t`${date} (actual)`;
  if (struct?.type === "ESTIMATED") return estimatedWord === "estimated" ? t`${date} (estimated)` : t`${date} (anticipated)`;
  return date;
}

/** `now` as the reader's local calendar day. */
export const today = (now: Date): Required<DateParts> => ({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
export const dayNumber = ({ year, month, day }: Required<DateParts>) => Date.UTC(year, month - 1, day) / 86_400_000;
export const compare = (a: Required<DateParts>, b: Required<DateParts>) => dayNumber(a) - dayNumber(b);

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
  return parts.month === undefined ? String(parts.year) : writeDate(parts.year, parts.month);
}

/** Whole months between two partial dates, ignoring days (missing months count as January). */
export function monthsApart(a: string | null | undefined, b: string | null | undefined): number | undefined {
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  if (!pa || !pb) return undefined;
  return Math.abs((pa.year - pb.year) * 12 + ((pa.month ?? 1) - (pb.month ?? 1)));
}
