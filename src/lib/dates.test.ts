import { describe, expect, test } from "vitest";
import { i18n } from "@lingui/core";
import { intlLocale } from "../i18n/i18n";
import { LANGUAGES, type Lang } from "../i18n/languages";

/** The language active, without its catalogues: what is tested here is locale data, not messages. */
function speak(lang: Lang) {
  i18n.load(lang, {});
  i18n.activate(lang);
}
import {
  daysInMonth,
  formatDateStruct,
  formatMonthYear,
  formatPartialDate,
  isOlderThan,
  isPast,
  isStale,
  monthsApart,
  parsePartialDate,
} from "./dates";
import { relativeAge } from "./relative-age";

// `now` is built from local calendar parts, the way the functions read it.
const on = (year: number, month: number, day: number, hour = 12) => new Date(year, month - 1, day, hour);

describe("parsePartialDate", () => {
  test("reads the three precisions", () => {
    expect(parsePartialDate("2015")).toEqual({ year: 2015 });
    expect(parsePartialDate("2015-08")).toEqual({ year: 2015, month: 8 });
    expect(parsePartialDate("2015-08-14")).toEqual({ year: 2015, month: 8, day: 14 });
    expect(parsePartialDate(" 2015-08 ")).toEqual({ year: 2015, month: 8 });
  });

  test.each([
    "", "   ", "abc", "15", "2015-8", "2015-08-1", "2015/08/14", "2015-13", "2015-00", "2015-08-00",
    "2015-08-32", "2015-04-31", "2015-02-29", "1900-02-29", "0999", "2015-08-14T10:55", "August 2015",
  ])("rejects %j", (value) => {
    expect(parsePartialDate(value)).toBeUndefined();
  });

  test("missing values", () => {
    expect(parsePartialDate(undefined)).toBeUndefined();
    expect(parsePartialDate(null)).toBeUndefined();
  });

  test("leap years follow the Gregorian rule", () => {
    expect(parsePartialDate("2016-02-29")).toEqual({ year: 2016, month: 2, day: 29 });
    expect(parsePartialDate("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });

  test("month boundaries", () => {
    expect(parsePartialDate("2015-01-31")).toBeDefined();
    expect(parsePartialDate("2015-06-30")).toBeDefined();
    expect(parsePartialDate("2015-06-31")).toBeUndefined();
    expect(parsePartialDate("2015-12-31")).toBeDefined();
  });
});

describe("formatPartialDate", () => {
  test("never invents a day or a month", () => {
    expect(formatPartialDate("2015")).toBe("2015");
    expect(formatPartialDate("2015-08")).toBe("August 2015");
    expect(formatPartialDate("2015-08-14")).toBe("August 14, 2015");
    expect(formatPartialDate("2009-03-01")).toBe("March 1, 2009");
    expect(formatPartialDate("2024-02-29")).toBe("February 29, 2024");
    expect(formatPartialDate("2015-01")).toBe("January 2015");
    expect(formatPartialDate("2015-12")).toBe("December 2015");
  });

  test("invalid input gives undefined, not 'Invalid Date' or NaN", () => {
    expect(formatPartialDate("2015-13")).toBeUndefined();
    expect(formatPartialDate("nope")).toBeUndefined();
    expect(formatPartialDate(undefined)).toBeUndefined();
  });
});

describe("dates in every language, exactly as Intl writes them (dates.ts does without Intl)", () => {
  const iso = (year: number, month: number, day?: number) =>
    [String(year), String(month).padStart(2, "0"), ...(day === undefined ? [] : [String(day).padStart(2, "0")])].join("-");
  // Every day of a common year, a leap year and a century year, and the first day of each month over four centuries.
  const days: [number, number, number][] = [];
  for (const year of [2015, 2024, 2000]) {
    for (let month = 1; month <= 12; month++) for (let day = 1; day <= daysInMonth(year, month); day++) days.push([year, month, day]);
  }
  for (let year = 1000; year <= 9999; year += 37) for (let month = 1; month <= 12; month++) days.push([year, month, 1 + ((year + month) % 28)]);

  test.each(Object.keys(LANGUAGES) as Lang[])("%s", (lang) => {
    speak(lang);
    const utc = { timeZone: "UTC" } as const;
    const full = new Intl.DateTimeFormat(intlLocale(), { year: "numeric", month: "long", day: "numeric", ...utc });
    const monthYear = new Intl.DateTimeFormat(intlLocale(), { year: "numeric", month: "long", ...utc });
    for (const [year, month, day] of days) {
      const date = new Date(Date.UTC(year, month - 1, day));
      expect(formatPartialDate(iso(year, month, day))).toBe(full.format(date));
      expect(formatPartialDate(iso(year, month))).toBe(monthYear.format(date));
      expect(formatMonthYear(iso(year, month, day))).toBe(monthYear.format(date));
    }
  });

  test("Spanish reads day first, month in lower case", () => {
    speak("es");
    expect(formatPartialDate("2015-08-14")).toBe("14 de agosto de 2015");
    expect(formatPartialDate("2026-12-05")).toBe("5 de diciembre de 2026");
    expect(formatPartialDate("2015-08")).toBe("agosto de 2015");
    expect(formatMonthYear("2025-03-01")).toBe("marzo de 2025");
    expect(formatPartialDate("2015")).toBe("2015");
  });
});

describe("formatDateStruct", () => {
  test("tells actual from anticipated", () => {
    expect(formatDateStruct({ date: "2015-08", type: "ACTUAL" })).toBe("August 2015 (actual)");
    expect(formatDateStruct({ date: "2027-12-31", type: "ESTIMATED" })).toBe("December 31, 2027 (anticipated)");
  });

  test("no type (older records) → no qualifier", () => {
    expect(formatDateStruct({ date: "2015-08" })).toBe("August 2015");
  });

  test("past estimated dates can say 'estimated'", () => {
    expect(formatDateStruct({ date: "2008-03-04", type: "ESTIMATED" }, "estimated")).toBe("March 4, 2008 (estimated)");
  });

  test("missing or invalid dates give undefined", () => {
    expect(formatDateStruct(undefined)).toBeUndefined();
    expect(formatDateStruct({ type: "ACTUAL" })).toBeUndefined();
    expect(formatDateStruct({ date: "2015-02-30", type: "ACTUAL" })).toBeUndefined();
  });
});

describe("relativeAge", () => {
  const now = on(2025, 3, 15);

  test("days and weeks", () => {
    expect(relativeAge("2025-03-15", now)).toBe("today");
    expect(relativeAge("2025-03-14", now)).toBe("yesterday");
    expect(relativeAge("2025-03-11", now)).toBe("4 days ago");
    expect(relativeAge("2025-03-08", now)).toBe("1 week ago");
    expect(relativeAge("2025-02-22", now)).toBe("3 weeks ago");
  });

  test("months and years", () => {
    expect(relativeAge("2025-02-15", now)).toBe("1 month ago");
    expect(relativeAge("2024-10-04", now)).toBe("5 months ago");
    expect(relativeAge("2024-03-16", now)).toBe("11 months ago");
    expect(relativeAge("2024-03-15", now)).toBe("about 1 year ago");
    expect(relativeAge("2022-03-04", now)).toBe("about 3 years ago");
    expect(relativeAge("2009-03", now)).toBe("about 16 years ago");
  });

  test("the time of day does not matter, only the local calendar day", () => {
    expect(relativeAge("2025-03-15", on(2025, 3, 15, 0))).toBe("today");
    expect(relativeAge("2025-03-15", on(2025, 3, 15, 23))).toBe("today");
    expect(relativeAge("2025-03-14", on(2025, 3, 15, 0))).toBe("yesterday");
  });

  test("month ends: a month counts once its day is reached", () => {
    expect(relativeAge("2025-01-31", on(2025, 2, 28))).toBe("4 weeks ago");
    expect(relativeAge("2025-01-31", on(2025, 3, 1))).toBe("1 month ago");
    expect(relativeAge("2024-12-31", on(2025, 1, 1))).toBe("yesterday");
  });

  test("leap days", () => {
    expect(relativeAge("2024-02-28", on(2024, 3, 1))).toBe("2 days ago");
    expect(relativeAge("2023-02-28", on(2023, 3, 1))).toBe("yesterday");
    expect(relativeAge("2020-02-29", on(2021, 2, 28))).toBe("11 months ago");
    expect(relativeAge("2020-02-29", on(2021, 3, 1))).toBe("about 1 year ago");
    expect(relativeAge("2020-02-29", on(2024, 2, 29))).toBe("about 4 years ago");
  });

  test("years say about, over or almost: never 'N years' for N years 11 months", () => {
    expect(relativeAge("2023-12-13", on(2026, 12, 5))).toBe("almost 3 years ago"); // 2 years 11 months
    expect(relativeAge("2023-12", on(2026, 12, 5))).toBe("about 3 years ago"); // the same month, 3 years on
    expect(relativeAge("2024-03-05", on(2026, 12, 5))).toBe("almost 3 years ago"); // 2 years 9 months
    expect(relativeAge("2024-04-05", on(2026, 12, 5))).toBe("over 2 years ago"); // 2 years 8 months
    expect(relativeAge("2024-09-05", on(2026, 12, 5))).toBe("over 2 years ago"); // 2 years 3 months
    expect(relativeAge("2024-10-05", on(2026, 12, 5))).toBe("about 2 years ago"); // 2 years 2 months
    expect(relativeAge("2025-12-01", on(2026, 12, 5))).toBe("about 1 year ago");
    expect(relativeAge("2025-02-01", on(2026, 12, 5))).toBe("almost 2 years ago"); // 1 year 10 months
    expect(relativeAge("2025-12-06", on(2026, 12, 5))).toBe("11 months ago");
    expect(relativeAge("2029-11", on(2026, 12, 5))).toBe("in almost 3 years");
  });

  test("partial dates keep their precision", () => {
    expect(relativeAge("2025-03", now)).toBe("this month");
    expect(relativeAge("2025-02", now)).toBe("last month");
    expect(relativeAge("2024-10", now)).toBe("5 months ago");
    expect(relativeAge("2024-03", now)).toBe("about 1 year ago");
    expect(relativeAge("2025", now)).toBe("this year");
    expect(relativeAge("2024", now)).toBe("last year");
    expect(relativeAge("2015", now)).toBe("about 10 years ago");
  });

  test("future dates", () => {
    expect(relativeAge("2025-03-16", now)).toBe("tomorrow");
    expect(relativeAge("2025-06-20", now)).toBe("in 3 months");
    expect(relativeAge("2027-03-15", now)).toBe("in about 2 years");
    expect(relativeAge("2025-04", now)).toBe("next month");
    expect(relativeAge("2026", now)).toBe("next year");
  });

  test("invalid input", () => {
    expect(relativeAge("2025-02-30", now)).toBeUndefined();
    expect(relativeAge(undefined, now)).toBeUndefined();
    expect(relativeAge("2025-03-01", new Date(Number.NaN))).toBeUndefined();
  });

  test("defaults to the current day", () => {
    const d = new Date();
    const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    expect(relativeAge(iso)).toBe("today");
  });
});

describe("isStale (older than two years)", () => {
  test("full dates: stale from the day after the second anniversary", () => {
    expect(isStale("2023-03-15", on(2025, 3, 15))).toBe(false);
    expect(isStale("2023-03-14", on(2025, 3, 15))).toBe(true);
    expect(isStale("2024-06-01", on(2025, 3, 15))).toBe(false);
    expect(isStale("2022-03-04", on(2025, 3, 15))).toBe(true);
  });

  test("partial dates count from their last possible day", () => {
    expect(isStale("2023-03", on(2025, 3, 31))).toBe(false);
    expect(isStale("2023-03", on(2025, 4, 1))).toBe(true);
    expect(isStale("2023", on(2025, 12, 31))).toBe(false);
    expect(isStale("2023", on(2026, 1, 1))).toBe(true);
    expect(isStale("2024-02", on(2026, 2, 28))).toBe(false); // last day 2024-02-29 → 2026-02-28
    expect(isStale("2024-02", on(2026, 3, 1))).toBe(true);
  });

  test("29 February's second anniversary is 28 February", () => {
    expect(isStale("2024-02-29", on(2026, 2, 28))).toBe(false);
    expect(isStale("2024-02-29", on(2026, 3, 1))).toBe(true);
  });

  test("invalid or future dates are not stale", () => {
    expect(isStale("soon", on(2025, 3, 15))).toBe(false);
    expect(isStale(undefined, on(2025, 3, 15))).toBe(false);
    expect(isStale("2030-01-01", on(2025, 3, 15))).toBe(false);
  });
});

describe("isOlderThan and isPast", () => {
  test("more than 12 months: from the day after the anniversary of the last possible day", () => {
    expect(isOlderThan("2025-12", 12, on(2026, 12, 31))).toBe(false);
    expect(isOlderThan("2025-12", 12, on(2027, 1, 1))).toBe(true);
    expect(isOlderThan("2025-03-31", 1, on(2025, 4, 30))).toBe(false); // 31 March + 1 month = 30 April
    expect(isOlderThan("2025-03-31", 1, on(2025, 5, 1))).toBe(true);
  });

  test("past means wholly before today", () => {
    expect(isPast("2025-03", on(2025, 3, 31))).toBe(false);
    expect(isPast("2025-03", on(2025, 4, 1))).toBe(true);
    expect(isPast("2025-03-01", on(2025, 3, 1))).toBe(false);
    expect(isPast("2025-03-01", on(2025, 3, 2))).toBe(true);
    expect(isPast(undefined, on(2025, 3, 2))).toBe(false);
  });
});

describe("formatMonthYear", () => {
  test("month precision at most", () => {
    expect(formatMonthYear("2025-03-01")).toBe("March 2025");
    expect(formatMonthYear("2025-03")).toBe("March 2025");
    expect(formatMonthYear("2025")).toBe("2025");
    expect(formatMonthYear("x")).toBeUndefined();
  });
});

describe("monthsApart", () => {
  test("ignores days and order", () => {
    expect(monthsApart("2009-03", "2022-03-04")).toBe(156);
    expect(monthsApart("2022-03-04", "2009-03")).toBe(156);
    expect(monthsApart("2022-03-31", "2022-04-01")).toBe(1);
    expect(monthsApart("2022-03", "2022-03-30")).toBe(0);
  });
  test("invalid → undefined", () => {
    expect(monthsApart("2022-03", "x")).toBeUndefined();
  });
});
