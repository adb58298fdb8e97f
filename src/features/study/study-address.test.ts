import { describe, expect, test } from "vitest";
import { canonicalStudyAddress } from "./study-address";

describe("canonicalStudyAddress", () => {
  test.each([
    ["", ""],
    ["?near=02115", ""],
    ["?near=Boston%2C+MA", "#locations"],
    ["?near=02115&lang=es", ""],
  ])("%j%s is ours already", (search, hash) => {
    expect(canonicalStudyAddress("NCT01234567", search, hash)).toBeUndefined();
  });

  test.each([
    // the registry website's study links, from its search and its tabs
    ["?tab=results", "", "/study/NCT01234567#results", undefined],
    ["?TAB=Results&term=asthma&rank=2", "#eligibility", "/study/NCT01234567#results", undefined],
    ["?tab=table", "", "/study/NCT01234567", undefined],
    ["?tab=overview", "#contacts", "/study/NCT01234567#contacts", undefined],
    ["?tab=history", "", "/study/NCT01234567", { studyLinkNote: "history" }],
    ["?cond=asthma&rank=1", "", "/study/NCT01234567", undefined],
    // ours is kept; a second near and other names are not
    ["?near=02115&near=10001&draw=2", "", "/study/NCT01234567?near=02115", undefined],
    ["?Near=02115", "", "/study/NCT01234567?near=02115", undefined],
    ["?tab=", "", "/study/NCT01234567", undefined],
    // the language stays (src/i18n/use-lang-url.ts would put it back)
    ["?tab=results&lang=es", "", "/study/NCT01234567?lang=es#results", undefined],
  ])("%j%s → %s", (search, hash, to, state) => {
    const address = canonicalStudyAddress("NCT01234567", search, hash);
    expect(address?.to).toBe(to);
    expect(address?.state).toEqual(state);
  });

  test("its result is canonical: a second pass changes nothing", () => {
    for (const search of ["?tab=results", "?near=02115&tab=history&x=1", "?%E2%80%8B=1&near=a%20b"]) {
      const to = new URL(canonicalStudyAddress("NCT01234567", search, "")?.to ?? "", "http://x");
      expect(canonicalStudyAddress("NCT01234567", to.search, to.hash), search).toBeUndefined();
    }
  });
});
