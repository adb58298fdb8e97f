import { describe, expect, test } from "vitest";
import { relaxations } from "./relax-search";
import { searchToPath } from "./search-url";

const paths = (search: Parameters<typeof relaxations>[0]) =>
  relaxations(search).map((r) => [r.label, searchToPath(r.search)]);

describe("relaxations", () => {
  test("the default status can be widened to any status", () => {
    expect(paths({ cond: "asthma" })).toEqual([
      ["Include studies of any status, also finished ones", "/search?cond=asthma&status=all"],
    ]);
  });

  test("nothing to drop when the search already has one field and no filters", () => {
    expect(relaxations({ cond: "asthma", status: [] })).toEqual([]);
  });

  test("each filter is dropped on its own, the rest kept", () => {
    const search = {
      cond: "asthma",
      locn: "Boston",
      status: ["RECRUITING" as const],
      phase: ["2" as const, "3" as const],
      type: "INTERVENTIONAL" as const,
      age: 45,
      sex: "FEMALE" as const,
      healthy: true as const,
      results: true as const,
      funder: "nih" as const,
    };
    const full = "cond=asthma&locn=Boston&status=RECRUITING&phase=2,3&type=INTERVENTIONAL&age=45&sex=FEMALE&healthy=1&results=1&funder=nih";
    const without = (part: string) => `/search?${full.split("&").filter((p) => !p.startsWith(`${part}=`)).join("&")}`;
    expect(paths(search)).toEqual([
      ["Include studies of any status", without("status").replace("cond=asthma&locn=Boston", "cond=asthma&locn=Boston&status=all")],
      ["Any phase, not only Phase 2 or Phase 3", without("phase")],
      ["Any study type, not only Clinical trials (a treatment is tested)", without("type")],
      ["Any age, not only 45", without("age")],
      ["Any sex, not only “Open to women and girls”", without("sex")],
      ["Also studies that don't take healthy volunteers", without("healthy")],
      ["Also studies without posted results", without("results")],
      ["Any funder, not only U.S. National Institutes of Health (NIH)", without("funder")],
      ["Without condition or disease “asthma”", without("cond")],
      ["Anywhere, not only Boston", without("locn")],
    ]);
  });

  test("a lone location can be dropped (search everywhere); a lone condition cannot", () => {
    expect(paths({ locn: "Boston", status: [] })).toEqual([["Anywhere, not only Boston", "/search?status=all"]]);
    expect(paths({ intr: "vaccine", status: [] })).toEqual([]);
  });
});
