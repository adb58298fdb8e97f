// How long ago a date was, in words ("5 months ago", "almost 3 years ago", "in 2 weeks"): the study page's
// dates and freshness notes. Apart from dates.ts so that pages which never say it (search results, saved
// lists) don't carry its words.
import { plural, t } from "@lingui/core/macro";
import { compare, dayNumber, parsePartialDate, today, type DateParts } from "./dates";
import { formatCount } from "./format-count";

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
  if (rest >= 9) {
    const next = years + 1;
    const count = formatCount(next);
    return plural(next, { one: `almost ${count} year`, other: `almost ${count} years` });
  }
  if (rest <= 2) return aboutYears(years);
  const count = formatCount(years);
  return plural(years, { one: `over ${count} year`, other: `over ${count} years` });
}

const aboutYears = (years: number) => {
  const count = formatCount(years);
  return plural(years, { one: `about ${count} year`, other: `about ${count} years` });
};

const monthsWords = (months: number) => {
  const count = formatCount(months);
  return plural(months, { one: `${count} month`, other: `${count} months` });
};

/** A span as words ("about 3 years", "5 months", "2 weeks", "4 days") at the precision of the date. */
function span(from: Required<DateParts>, to: Required<DateParts>): string {
  const months = wholeMonths(from, to);
  if (months >= 12) return yearsWords(months);
  if (months >= 1) return monthsWords(months);
  const days = dayNumber(to) - dayNumber(from);
  if (days >= 7) {
    const weeks = Math.floor(days / 7);
    const count = formatCount(weeks);
    return plural(weeks, { one: `${count} week`, other: `${count} weeks` });
  }
  const count = formatCount(days);
  return plural(days, { one: `${count} day`, other: `${count} days` });
}

/** "5 months ago" or "in 5 months". */
const agoOrIn = (past: boolean, time: string) => (past ? t`${time} ago` : t`in ${time}`);

/**
 * How long ago a date was, relative to `now` (the reader's local day): "today", "yesterday",
 * "4 days ago", "2 weeks ago", "5 months ago", "almost 3 years ago"; future dates read "in 3 months".
 * Partial dates stay at their precision: "this month", "last month", "this year", "last year".
 * The one producer of age phrases: every page uses it, so one date never reads two ways.
 */
export function relativeAge(value: string | null | undefined, now: Date = new Date()): string | undefined {
  const parts = parsePartialDate(value);
  if (!parts || Number.isNaN(now.getTime())) return undefined;
  const day = today(now);
  if (parts.month === undefined) {
    const years = day.year - parts.year;
    if (years === 0) return t`this year`;
    if (years === 1) return t`last year`;
    if (years === -1) return t`next year`;
    // A bare year is only known to the year, hence "about".
    return agoOrIn(years > 0, aboutYears(Math.abs(years)));
  }
  if (parts.day === undefined) {
    const months = (day.year - parts.year) * 12 + (day.month - parts.month);
    if (months === 0) return t`this month`;
    if (months === 1) return t`last month`;
    if (months === -1) return t`next month`;
    const amount = Math.abs(months);
    return agoOrIn(months > 0, amount >= 12 ? yearsWords(amount) : monthsWords(amount));
  }
  const date = { year: parts.year, month: parts.month, day: parts.day };
  const days = compare(day, date);
  if (days === 0) return t`today`;
  if (days === 1) return t`yesterday`;
  if (days === -1) return t`tomorrow`;
  return days > 0 ? agoOrIn(true, span(date, day)) : agoOrIn(false, span(day, date));
}
