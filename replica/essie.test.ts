// @vitest-environment node
import { describe, expect, test } from "vitest";
import { EssieError, parseEssie } from "./essie-parse.ts";
import {
  ageDays, allIds, api, eligibility, hasCorpus, idsWhere, lastUpdateOf, phasesOf, searchUrl, section, statusOf,
} from "./test-support.ts";
import { timeInDays } from "./values.ts";

describe("Essie parser", () => {
  test("precedence: NOT and AREA bind tighter than AND, AND tighter than OR", () => {
    expect(parseEssie("a b OR NOT c AND AREA[Phase]PHASE2")).toEqual({
      kind: "or",
      items: [
        { kind: "and", items: [{ kind: "term", text: "a", phrase: false }, { kind: "term", text: "b", phrase: false }] },
        {
          kind: "and",
          items: [
            { kind: "not", item: { kind: "term", text: "c", phrase: false } },
            { kind: "area", name: "Phase", item: { kind: "term", text: "PHASE2", phrase: false } },
          ],
        },
      ],
    });
  });

  test("phrases, groups, RANGE with MIN/MAX, MISSING", () => {
    expect(parseEssie('("back pain" OR sciatica)')).toEqual({
      kind: "or",
      items: [{ kind: "term", text: "back pain", phrase: true }, { kind: "term", text: "sciatica", phrase: false }],
    });
    expect(parseEssie("AREA[MinimumAge]RANGE[MIN, 16 years]")).toEqual({
      kind: "area", name: "MinimumAge", item: { kind: "range", lo: undefined, hi: "16 years" },
    });
    expect(parseEssie("AREA[Phase]MISSING")).toEqual({ kind: "area", name: "Phase", item: { kind: "missing" } });
  });

  test.each(["foo bar [", "(a OR b", "a AND", "RANGE[1]", "a )", '"open', "AREA Phase"])("rejects %j", (input) => {
    expect(() => parseEssie(input)).toThrow(EssieError);
  });

  test("NormalizedTime units convert to a common unit", () => {
    expect(timeInDays("18 Years")).toBe(timeInDays("18 years"));
    expect(timeInDays("1 Year")).toBe(timeInDays("12 Months"));
    expect(timeInDays("6 Months")).toBeLessThan(timeInDays("1 Year") ?? 0);
    expect(timeInDays("fortnight")).toBeUndefined();
  });
});

const advanced = (expr: string): string[] => allIds({ "filter.advanced": expr });
const design = (s: Parameters<typeof section>[0]) => section(s, "designModule");

describe.skipIf(!hasCorpus)("filter.advanced", () => {
  test("enum AREA: Phase, StudyType, OverallStatus, Sex", () => {
    expect(advanced("AREA[Phase]PHASE2")).toEqual(idsWhere((s) => phasesOf(s).includes("PHASE2")));
    expect(advanced("AREA[StudyType]INTERVENTIONAL")).toEqual(idsWhere((s) => design(s).studyType === "INTERVENTIONAL"));
    expect(advanced("AREA[OverallStatus]RECRUITING")).toEqual(idsWhere((s) => statusOf(s) === "RECRUITING"));
    expect(advanced("AREA[Sex]FEMALE")).toEqual(idsWhere((s) => eligibility(s).sex === "FEMALE"));
    expect(advanced("AREA[Phase]PHASE2").length).toBeGreaterThan(0);
  });

  test("boolean and enum pieces of other modules", () => {
    expect(advanced("AREA[HealthyVolunteers]true")).toEqual(idsWhere((s) => eligibility(s).healthyVolunteers === true));
    const sponsorClass = (s: Parameters<typeof section>[0]) =>
      (section(s, "sponsorCollaboratorsModule").leadSponsor as { class?: string } | undefined)?.class;
    expect(advanced("AREA[LeadSponsorClass]INDUSTRY")).toEqual(idsWhere((s) => sponsorClass(s) === "INDUSTRY"));
  });

  test("OR, NOT and MISSING", () => {
    const p1 = idsWhere((s) => phasesOf(s).includes("PHASE1"));
    const p4 = idsWhere((s) => phasesOf(s).includes("PHASE4"));
    expect(advanced("AREA[Phase]PHASE1 OR AREA[Phase]PHASE4")).toEqual([...new Set([...p1, ...p4])].sort());
    expect(advanced("AREA[Phase]MISSING")).toEqual(idsWhere((s) => phasesOf(s).length === 0));
    expect(advanced("NOT AREA[Phase]MISSING")).toEqual(idsWhere((s) => phasesOf(s).length > 0));
    expect(advanced("AREA[StudyType]INTERVENTIONAL NOT AREA[Phase]NA")).toEqual(
      idsWhere((s) => design(s).studyType === "INTERVENTIONAL" && !phasesOf(s).includes("NA")),
    );
  });

  test("date RANGE compares partial dates", () => {
    expect(advanced("AREA[LastUpdatePostDate]RANGE[2023-01-15,MAX]")).toEqual(idsWhere((s) => lastUpdateOf(s) >= "2023-01-15"));
    const withResults = idsWhere((s) => s.hasResults === true);
    expect(advanced("AREA[ResultsFirstPostDate]RANGE[MIN,MAX]")).toEqual(withResults);
    // A bare year is the whole year; a partial start date (yyyy-MM) is its month.
    const startsIn2015 = idsWhere((s) => String((section(s, "statusModule").startDateStruct as { date?: string })?.date).startsWith("2015"));
    expect(startsIn2015.length).toBeGreaterThan(0);
    expect(advanced("AREA[StartDate]2015")).toEqual(startsIn2015);
    expect(advanced("AREA[StartDate]RANGE[2015, 2015-12-31]")).toEqual(startsIn2015);
  });

  test("numeric RANGE", () => {
    const count = (s: Parameters<typeof section>[0]) => (design(s).enrollmentInfo as { count?: number } | undefined)?.count;
    expect(advanced("AREA[EnrollmentCount]RANGE[100, 1000]")).toEqual(
      idsWhere((s) => (count(s) ?? -1) >= 100 && (count(s) ?? -1) <= 1000),
    );
  });

  test.each([0.5, 10, 16, 45, 70, 90])("age %d: minimumAge ≤ age ≤ maximumAge, missing bounds open", (years) => {
    const age = years * 365.25;
    const expected = idsWhere((s) => {
      const { minimumAge, maximumAge } = eligibility(s);
      return (ageDays(minimumAge) ?? 0) <= age && (maximumAge === undefined || (ageDays(maximumAge) ?? 0) >= age);
    });
    const label = years < 1 ? "6 Months" : `${years} years`;
    expect(advanced(`AREA[MinimumAge]RANGE[MIN, ${label}] AND AREA[MaximumAge]RANGE[${label}, MAX]`)).toEqual(expected);
  });

  test("free text in filter.advanced searches the basic area", () => {
    expect(advanced("headache").length).toBeGreaterThan(0);
    expect(advanced("AREA[Condition]headache AND AREA[Phase]PHASE3").every((id) => advanced("AREA[Phase]PHASE3").includes(id))).toBe(true);
  });

  test.each([
    ["AREA[Phase]PHASE9", "Error parsing query in advanced filter: Allowed values for enum field `protocolSection.designModule.phases` are `NA`, `EARLY_PHASE1`"],
    ["AREA[NotARealField]x", "Error parsing query in advanced filter: Unknown area name: `NotARealField`"],
    ["foo bar [", "Error parsing query in advanced filter: "],
    ["AREA[LastUpdatePostDate]RANGE[yesterday, MAX]", "Error parsing query in advanced filter: Invalid RANGE bound"],
  ])("%s → 400 plain text", (expr, message) => {
    const response = api(searchUrl({ "filter.advanced": expr }));
    expect(response.status).toBe(400);
    expect(response.headers["content-type"]).toMatch(/^text\/plain/);
    expect(response.body.startsWith(message)).toBe(true);
  });

  test("SEARCH[Location] requires every condition on the same site", () => {
    const sites = (s: Parameters<typeof section>[0]) =>
      (section(s, "contactsLocationsModule").locations as Array<{ city?: string; country?: string }> | undefined) ?? [];
    const expected = idsWhere((s) => sites(s).some((l) => l.city === "London" && l.country === "United Kingdom"));
    expect(expected.length).toBeGreaterThan(0);
    expect(advanced("SEARCH[Location](AREA[LocationCity]London AND AREA[LocationCountry]\"United Kingdom\")")).toEqual(expected);
  });
});
