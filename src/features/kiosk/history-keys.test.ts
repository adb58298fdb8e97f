import { beforeEach, describe, expect, test } from "vitest";
import { historyKeys, mayShow } from "./history-keys";

beforeEach(() => sessionStorage.clear());

describe("historyKeys", () => {
  test("no session until the first key; keys are kept once; restart empties; forget ends the session", () => {
    expect(historyKeys.list()).toBeUndefined();
    historyKeys.add("a");
    historyKeys.add("b");
    historyKeys.add("a");
    historyKeys.add("default");
    expect(historyKeys.list()).toEqual(["a", "b"]);
    historyKeys.restart();
    expect(historyKeys.list()).toEqual([]);
    historyKeys.forget();
    expect(historyKeys.list()).toBeUndefined();
    historyKeys.add("default"); // a tab's first page begins a session without being remembered
    expect(historyKeys.list()).toEqual([]);
  });

  test("a damaged stored value counts as a session with nothing visited (safe: Back starts over)", () => {
    sessionStorage.setItem("trial-finder:kiosk-history", "{oops");
    expect(historyKeys.list()).toEqual([]);
    sessionStorage.setItem("trial-finder:kiosk-history", JSON.stringify(["a", 3, null]));
    expect(historyKeys.list()).toEqual(["a"]);
  });
});

describe("mayShow", () => {
  const base = { key: "k2", path: "/search?cond=asthma", previous: { key: "k1", path: "/kiosk" }, known: ["k1"] };

  test("new entries always; Back or Forward only to an entry of this session", () => {
    expect(mayShow({ ...base, navigationType: "PUSH" })).toBe(true);
    expect(mayShow({ ...base, navigationType: "REPLACE" })).toBe(true);
    expect(mayShow({ ...base, navigationType: "POP" })).toBe(false);
    expect(mayShow({ ...base, navigationType: "POP", known: ["k1", "k2"] })).toBe(true);
  });

  test("the first page of a kiosk session is allowed", () => {
    expect(mayShow({ ...base, navigationType: "POP", known: undefined })).toBe(true);
  });

  test("an unkeyed entry (a #section link the browser followed itself) only next to a remembered entry of its page", () => {
    const pop = { ...base, navigationType: "POP" as const, key: "default", path: "/study/NCT02513394" };
    expect(mayShow({ ...pop, previous: { key: "k1", path: "/study/NCT02513394" } })).toBe(true);
    expect(mayShow({ ...pop, previous: { key: "k1", path: "/kiosk" } })).toBe(false);
    expect(mayShow({ ...pop, previous: { key: "old", path: "/study/NCT02513394" } })).toBe(false);
    expect(mayShow({ ...pop, previous: undefined })).toBe(false);
    // Remembering "default" would let Back into every unkeyed entry of the last visitor.
    expect(mayShow({ ...pop, previous: { key: "k9", path: "/kiosk" }, known: ["default"] })).toBe(false);
  });
});
