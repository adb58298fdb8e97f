import { describe, expect, test } from "vitest";
import { corpus } from "../testing/server";
import { freshnessWarnings, statusFreshness, statusLine } from "./status-freshness";
import { monthYear, monthsAfter } from "../testing/record-dates";

const on = (year: number, month: number, day: number) => new Date(year, month - 1, day, 12);
const JUNK = /undefined|null|NaN|\[object/;

describe("statusFreshness: verification age", () => {
  const recruiting = (statusVerifiedDate?: string) => ({ overallStatus: "RECRUITING" as const, statusVerifiedDate });

  test("confirmed within 12 months: trusted, no warning", () => {
    const fresh = statusFreshness(recruiting("2025-12"), on(2026, 12, 31));
    expect(fresh).toEqual({ status: "RECRUITING", doubtful: false });
    expect(statusLine(fresh)).toBe("Looking for participants now.");
  });

  test("more than 12 months: 'status last confirmed Month YYYY', badge toned down", () => {
    const stale = statusFreshness(recruiting("2025-12"), on(2027, 1, 1));
    expect(stale).toEqual({ status: "RECRUITING", confirmed: "December 2025", doubtful: true });
    expect(statusLine(stale)).toBe("May be out of date: status last confirmed December 2025.");
  });

  test("24 months is still the study's own status; more than 24 shows it as the registry would, UNKNOWN", () => {
    expect(statusFreshness(recruiting("2024-12"), on(2026, 12, 31)).status).toBe("RECRUITING");
    const unknown = statusFreshness(recruiting("2024-12"), on(2027, 1, 1));
    expect(unknown).toEqual({ status: "UNKNOWN", lastReported: "RECRUITING", confirmed: "December 2024", doubtful: true });
    expect(statusLine(unknown)).toBe("Last reported as Recruiting; status last confirmed December 2024.");
  });

  test("the registry's own UNKNOWN says what it last reported", () => {
    const unknown = statusFreshness({ overallStatus: "UNKNOWN", lastKnownStatus: "ACTIVE_NOT_RECRUITING", statusVerifiedDate: "2009-01" }, on(2026, 12, 5));
    expect(freshnessWarnings(unknown)).toEqual(["last reported as Active, not recruiting", "status last confirmed January 2009"]);
    expect(statusFreshness({ overallStatus: "UNKNOWN" }, on(2026, 12, 5))).toEqual({ status: "UNKNOWN", doubtful: true });
    expect(statusLine(statusFreshness({ overallStatus: "UNKNOWN" }))).toBe("The study team has not confirmed its status recently.");
  });

  test("closed statuses are final: an old verification is no warning", () => {
    for (const overallStatus of ["COMPLETED", "TERMINATED", "WITHDRAWN", "NO_LONGER_AVAILABLE"] as const) {
      const closed = statusFreshness(
        { overallStatus, statusVerifiedDate: "2010-01", completionDateStruct: { date: "2011-01", type: "ESTIMATED" } },
        on(2026, 12, 5),
      );
      expect(closed).toEqual({ status: overallStatus, doubtful: false });
    }
  });
});

describe("statusFreshness: anticipated completion", () => {
  const now = on(2026, 12, 5);
  const module = (date: string, type?: "ACTUAL" | "ESTIMATED") => ({
    overallStatus: "ACTIVE_NOT_RECRUITING" as const,
    statusVerifiedDate: "2026-10",
    completionDateStruct: { date, type },
  });

  test("an anticipated end in the past: 'was expected to end Month YYYY'", () => {
    const late = statusFreshness(module("2026-11-30", "ESTIMATED"), now);
    expect(late).toEqual({ status: "ACTIVE_NOT_RECRUITING", expectedEnd: "November 2026", doubtful: true });
    expect(statusLine(late)).toBe("May be out of date: was expected to end November 2026.");
  });

  test("this month or later is not yet past", () => {
    expect(statusFreshness(module("2026-12", "ESTIMATED"), now).doubtful).toBe(false);
    expect(statusFreshness(module("2027-06-01", "ESTIMATED"), now).doubtful).toBe(false);
  });

  test("an actual or untyped completion date is no estimate to miss", () => {
    expect(statusFreshness(module("2025-01", "ACTUAL"), now).doubtful).toBe(false);
    expect(statusFreshness(module("2025-01"), now).doubtful).toBe(false);
  });

  test("without a completion date, the primary completion date counts", () => {
    const late = statusFreshness(
      { overallStatus: "RECRUITING", statusVerifiedDate: "2026-10", primaryCompletionDateStruct: { date: "2026-01", type: "ESTIMATED" } },
      now,
    );
    expect(late.expectedEnd).toBe("January 2026");
  });
});

// The real record, read from the corpus at test time (the saved records must not be copied into tests).
// NCT03840928 is Recruiting, with an estimated completion date that falls within two years of its
// status verification, so on different days it is trusted, in doubt, and then shown as UNKNOWN.
const REAL_ID = "NCT03840928";
const realModule = corpus.byId(REAL_ID)?.protocolSection?.statusModule;

describe.skipIf(!realModule)(`statusFreshness on ${REAL_ID} as recorded`, () => {
  const verified = realModule?.statusVerifiedDate;
  const end = realModule?.completionDateStruct?.date;
  /** Over a year after verification and after the expected end: the day the status is first in doubt on both counts. */
  const inDoubt = new Date(Math.max(monthsAfter(verified, 13).getTime(), monthsAfter(end, 1).getTime()));

  test("the record is still one these tests fit", () => {
    expect(realModule?.overallStatus).toBe("RECRUITING");
    expect(realModule?.completionDateStruct?.type).toBe("ESTIMATED");
    // Not yet ended a month after verification, and both warnings apply before two years are up.
    expect(monthsAfter(verified, 1).getTime()).toBeLessThan(monthsAfter(end, 0).getTime());
    expect(inDoubt.getTime()).toBeLessThan(monthsAfter(verified, 24).getTime());
  });

  test("the month after verification: trusted, no warning", () => {
    const fresh = statusFreshness(realModule, monthsAfter(verified, 1));
    expect(fresh).toEqual({ status: "RECRUITING", doubtful: false });
  });

  test("unconfirmed for over a year and past its expected end, but within two years: still Recruiting, in doubt", () => {
    expect(statusLine(statusFreshness(realModule, inDoubt))).toBe(
      `May be out of date: status last confirmed ${monthYear(verified)}; was expected to end ${monthYear(end)}.`,
    );
  });

  test("unconfirmed for over two years: Status unknown, last reported as Recruiting", () => {
    const now = monthsAfter(verified, 25);
    expect(statusFreshness(realModule, now)).toMatchObject({ status: "UNKNOWN", lastReported: "RECRUITING", doubtful: true });
    expect(statusLine(statusFreshness(realModule, now))).toBe(
      `Last reported as Recruiting; status last confirmed ${monthYear(verified)}; was expected to end ${monthYear(end)}.`,
    );
  });
});

describe("statusFreshness: missing or odd fields", () => {
  test("no module, no status, no dates or unreadable dates: no warning and no junk", () => {
    const cases = [
      statusFreshness(undefined),
      statusFreshness({}),
      statusFreshness({ overallStatus: "RECRUITING" }),
      statusFreshness({ overallStatus: "RECRUITING", statusVerifiedDate: "soon", completionDateStruct: { type: "ESTIMATED" } }),
    ];
    expect(cases[0]).toEqual({ status: undefined, doubtful: false });
    for (const freshness of cases.slice(2)) expect(freshness).toEqual({ status: "RECRUITING", doubtful: false });
    for (const freshness of cases) expect(statusLine(freshness)).not.toMatch(JUNK);
  });

  test("an invalid `now` gives no warning", () => {
    expect(statusFreshness({ overallStatus: "RECRUITING", statusVerifiedDate: "2001-01" }, new Date(Number.NaN)).doubtful).toBe(false);
  });
});
