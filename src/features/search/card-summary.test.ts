import { describe, expect, test } from "vitest";
import type { Location } from "../../api/types";
import { cardTitle, conditionSummary, phaseText, sexLabel, siteSummary, whoCanJoin } from "./card-summary";

const site = (country?: string, status?: Location["status"], city?: string): Location => ({ country, status, city });
const many = (n: number, make: (i: number) => Location) => Array.from({ length: n }, (_, i) => make(i));
const JUNK = /undefined|null|NaN|\[object/;
const recruiting = (sites: Location[]) => siteSummary(sites, "RECRUITING").recruiting;

describe("siteSummary", () => {
  test("no locations, missing or empty", () => {
    expect(siteSummary(undefined)).toEqual({ total: 0, where: "No sites listed yet" });
    expect(siteSummary([])).toEqual({ total: 0, where: "No sites listed yet" });
  });

  test("one site names its city when known", () => {
    expect(siteSummary([site("France", undefined, "Lyon")]).where).toBe("1 site in Lyon, France");
    expect(siteSummary([site("France")]).where).toBe("1 site in France");
    expect(siteSummary([site(" France ", undefined, "  ")]).where).toBe("1 site in France");
  });

  test("sites without any country are counted but not placed", () => {
    expect(siteSummary([{}]).where).toBe("1 site");
    expect(siteSummary([site(), site("  ")]).where).toBe("2 sites");
    expect(siteSummary([site(), site("Spain"), site()]).where).toBe("3 sites in Spain");
  });

  test("countries are de-duplicated and ordered by number of sites, ties by first appearance", () => {
    const sites = [site("Canada"), site("United States"), site("United States"), site("Canada"), site("United States")];
    expect(siteSummary(sites).where).toBe("5 sites in United States and Canada");
    expect(siteSummary([site("Italy"), site("Spain"), site("Spain"), site("France")]).where).toBe("4 sites in Spain, Italy and France");
  });

  test("more than three countries: the count, three names and how many more", () => {
    const countries = ["United States", "Canada", "France", "Germany", "Japan", "Brazil", "India", "Kenya"];
    const sites = many(40, (i) => site(countries[i < 20 ? 0 : i < 28 ? 1 : i < 33 ? 2 : 3 + (i % 5)]));
    expect(siteSummary(sites).where).toBe("40 sites in 8 countries: United States, Canada, France and 5 more");
  });

  test("recruiting sites are counted when sites have a status and the study is recruiting", () => {
    const sites = [...many(3, () => site("Peru", "RECRUITING")), ...many(9, () => site("Peru", "NOT_YET_RECRUITING"))];
    expect(recruiting(sites)).toBe("3 of 12 sites recruiting");
    expect(recruiting(many(4, () => site("Peru", "RECRUITING")))).toBe("All 4 sites recruiting");
    expect(recruiting(many(4, () => site("Peru", "WITHDRAWN")))).toBe("No site is recruiting now");
    expect(recruiting([site("Peru", "RECRUITING")])).toBe("The site is recruiting");
    expect(recruiting([site("Peru", "COMPLETED")])).toBe("The site is not recruiting now");
    expect(recruiting(many(5, () => site("Peru")))).toBeUndefined();
  });

  test("stale site statuses of a study that is no longer recruiting are not repeated", () => {
    const sites = many(3, () => site("Peru", "RECRUITING"));
    expect(siteSummary(sites, "UNKNOWN").recruiting).toBeUndefined();
    expect(siteSummary(sites, "COMPLETED").recruiting).toBeUndefined();
    expect(siteSummary(sites).recruiting).toBeUndefined();
    expect(siteSummary(sites, "UNKNOWN").where).toBe("3 sites in Peru");
  });

  test("when only some sites have a status, the others are not assumed closed", () => {
    expect(recruiting([site("Chad", "RECRUITING"), site("Chad"), site("Chad")])).toBe("1 site recruiting");
    expect(recruiting([site("Chad", "COMPLETED"), site("Chad")])).toBeUndefined();
  });

  test("400+ sites: thousands separators", () => {
    const countries = Array.from({ length: 60 }, (_, i) => `Country ${i}`);
    const sites = many(1_437, (i) => site(countries[i % 60], i % 3 === 0 ? "RECRUITING" : "ACTIVE_NOT_RECRUITING"));
    const summary = siteSummary(sites, "RECRUITING");
    expect(summary.total).toBe(1_437);
    expect(summary.where).toBe("1,437 sites in 60 countries: Country 0, Country 1, Country 2 and 57 more");
    expect(summary.recruiting).toBe("479 of 1,437 sites recruiting");
  });
});

describe("conditionSummary", () => {
  test("none, blank or missing → undefined (no empty line)", () => {
    expect(conditionSummary(undefined)).toBeUndefined();
    expect(conditionSummary([])).toBeUndefined();
    expect(conditionSummary(["", "  "])).toBeUndefined();
  });

  test("the first three distinct conditions, then how many more", () => {
    expect(conditionSummary(["Asthma"])).toEqual({ shown: ["Asthma"], more: 0 });
    expect(conditionSummary(["A", "B", "C"])).toEqual({ shown: ["A", "B", "C"], more: 0 });
    expect(conditionSummary(["A", " A ", "B", "C", "D", "E"])).toEqual({ shown: ["A", "B", "C"], more: 2 });
  });
});

describe("who can join", () => {
  test("sex in words; all sexes is no restriction", () => {
    expect(sexLabel("FEMALE")).toBe("Female only");
    expect(sexLabel("MALE")).toBe("Male only");
    expect(sexLabel("ALL")).toBeUndefined();
    expect(sexLabel(undefined)).toBeUndefined();
  });

  test("ages, sex and healthy volunteers", () => {
    expect(whoCanJoin({ minimumAge: "18 Years", maximumAge: "65 Years", sex: "FEMALE", healthyVolunteers: true })).toEqual([
      "18 to 65 years",
      "Female only",
      "Accepts healthy volunteers",
    ]);
    expect(whoCanJoin({ minimumAge: "6 Months", sex: "ALL", healthyVolunteers: false })).toEqual(["6 months and older"]);
    expect(whoCanJoin({ sex: "MALE" })).toEqual(["All ages", "Male only"]);
  });

  test("no eligibility at all says nothing rather than 'All ages'", () => {
    expect(whoCanJoin(undefined)).toEqual([]);
  });
});

describe("title and phases", () => {
  test("missing or blank title", () => {
    expect(cardTitle(undefined)).toEqual({ title: "Untitled study" });
    expect(cardTitle({ briefTitle: "  ", acronym: "XY" })).toEqual({ title: "Untitled study", acronym: "XY" });
  });

  test("the acronym is added unless the title already has it as a word", () => {
    expect(cardTitle({ briefTitle: "A Trial of Drug X", acronym: "TRIX" })).toEqual({ title: "A Trial of Drug X", acronym: "TRIX" });
    expect(cardTitle({ briefTitle: "TRIX: A Trial of Drug X", acronym: "TRIX" })).toEqual({ title: "TRIX: A Trial of Drug X" });
    expect(cardTitle({ briefTitle: "The ACT-1 Study", acronym: "ACT-1" })).toEqual({ title: "The ACT-1 Study" });
    expect(cardTitle({ briefTitle: "Impact of Exercise", acronym: "ACT" })).toEqual({ title: "Impact of Exercise", acronym: "ACT" });
    expect(cardTitle({ briefTitle: "Study (C++) of Y", acronym: "C++" })).toEqual({ title: "Study (C++) of Y" });
  });

  test("phases in words without 'Not applicable'", () => {
    expect(phaseText(["PHASE1", "PHASE2"])).toBe("Phase 1 and phase 2");
    expect(phaseText(["NA"])).toBeUndefined();
    expect(phaseText(undefined)).toBeUndefined();
  });
});

test("missing everything gives words, never junk", () => {
  const parts = [siteSummary(undefined).where, ...whoCanJoin({}), cardTitle({}).title];
  for (const part of parts) expect(part).not.toMatch(JUNK);
  expect(siteSummary([{}, {}]).where).toBe("2 sites");
});
