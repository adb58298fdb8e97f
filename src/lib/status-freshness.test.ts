import { describe, expect, test } from "vitest";
import { freshnessWarnings, statusFreshness, statusLine } from "./status-freshness";

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

  test("NCT03840928 as recorded (verified December 2023, expected to end March 2025) on 2026-12-05", () => {
    const record = {
      overallStatus: "RECRUITING" as const,
      statusVerifiedDate: "2023-12",
      primaryCompletionDateStruct: { date: "2025-03-01", type: "ESTIMATED" as const },
      completionDateStruct: { date: "2025-03-01", type: "ESTIMATED" as const },
    };
    expect(statusLine(statusFreshness(record, now))).toBe(
      "Last reported as Recruiting; status last confirmed December 2023; was expected to end March 2025.",
    );
    // A year earlier it was still shown as recruiting, but in doubt.
    expect(statusLine(statusFreshness(record, on(2025, 6, 1)))).toBe(
      "May be out of date: status last confirmed December 2023; was expected to end March 2025.",
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
