import { describe, expect, test } from "vitest";
import { createQueryClient } from "../../app/query-client";
import { clearVisitorData } from "./clear-visitor-data";
import { historyKeys } from "./history-keys";
import { readKioskFlag } from "./kiosk-flag";

describe("clearVisitorData", () => {
  test("empties the query cache and both storages, then restores the kiosk flag and starts an empty history", () => {
    const client = createQueryClient();
    client.setQueryData(["studies", "NCT02513394"], { title: "last visitor's study" });
    localStorage.setItem("trial-finder:saved", JSON.stringify({ version: 1, items: [{ nctId: "NCT02513394" }] }));
    localStorage.setItem("trial-finder:distance-unit", "km");
    sessionStorage.setItem("scroll-positions", "{}");
    sessionStorage.setItem("trial-finder:kiosk", "1");
    historyKeys.add("last-visitor");

    clearVisitorData(client);

    expect(client.getQueryCache().getAll()).toEqual([]);
    expect(localStorage.length).toBe(0);
    expect(readKioskFlag()).toBe(true);
    expect(historyKeys.list()).toEqual([]);
    expect(Object.keys(sessionStorage).sort()).toEqual(["trial-finder:kiosk", "trial-finder:kiosk-history"]);
  });
});
