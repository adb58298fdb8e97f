import { describe, expect, test } from "vitest";
import type { Study } from "../../api/types";
import { changesSince, snapshotOf } from "./snapshot";

const study = (status?: string, lastUpdate?: string, sites = 0): Study =>
  ({
    protocolSection: {
      statusModule: { overallStatus: status, lastUpdatePostDateStruct: lastUpdate ? { date: lastUpdate } : undefined },
      contactsLocationsModule: { locations: Array.from({ length: sites }, () => ({ country: "France" })) },
    },
  }) as Study;

describe("snapshots and changes", () => {
  test("a snapshot holds status, last update and the number of sites; missing parts stay missing", () => {
    expect(snapshotOf(study("RECRUITING", "2025-02-14", 3))).toEqual({ status: "RECRUITING", lastUpdate: "2025-02-14", sites: 3 });
    expect(snapshotOf({} as Study)).toEqual({ status: undefined, lastUpdate: undefined, sites: 0 });
  });

  test("nothing changed: no sentences", () => {
    expect(changesSince({ status: "COMPLETED", lastUpdate: "2020-01", sites: 1 }, study("COMPLETED", "2020-01", 1))).toEqual([]);
  });

  test("each change is one sentence, with missing values in words", () => {
    expect(changesSince({ sites: 2 }, study("WITHDRAWN", "2024-07-01", 0))).toEqual([
      "Status changed from status not stated to withdrawn.",
      "Updated on July 1, 2024.",
      "Number of sites changed from 2 to 0.",
    ]);
    expect(changesSince({ status: "RECRUITING", lastUpdate: "2024-07-01", sites: 0 }, study("RECRUITING", undefined, 0))).toEqual([
      "The record no longer gives a last update date (it was July 1, 2024).",
    ]);
  });
});
