import { describe, expect, test } from "vitest";
import { pastedRegistryLink } from "./registry-paste";

describe("pastedRegistryLink", () => {
  test("a study link in any field opens the study", async () => {
    expect(await pastedRegistryLink({ intr: "https://clinicaltrials.gov/study/NCT02513394?tab=table" })).toEqual({
      path: "/study/NCT02513394",
    });
    expect(await pastedRegistryLink({ cond: "www.clinicaltrials.gov/ct2/show/nct02513394" })).toEqual({ path: "/study/NCT02513394" });
  });

  test("a search link becomes our search, with notes about what could not be used", async () => {
    const link = await pastedRegistryLink({ cond: "https://clinicaltrials.gov/search?cond=asthma&aggFilters=phase:2,status:rec" });
    expect(link?.path).toBe("/search?cond=asthma&status=RECRUITING&phase=2");
    expect(link?.state?.searchNotes).toEqual([]);
  });

  test("ordinary words, other sites and a bare host are not links", async () => {
    expect(await pastedRegistryLink({ cond: "asthma" })).toBeUndefined();
    expect(await pastedRegistryLink({ cond: "https://example.com/study/NCT02513394" })).toBeUndefined();
    expect(await pastedRegistryLink({ cond: "clinicaltrials.gov" })).toBeUndefined();
    expect(await pastedRegistryLink({ cond: "trials at clinicaltrials.gov for asthma" })).toBeUndefined();
  });
});
