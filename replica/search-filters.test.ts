// @vitest-environment node
import { describe, expect, test } from "vitest";
import type { StudyRecord } from "./study.ts";
import {
  allIds, api, byId, eligibility, hasCorpus, idsWhere, locationsOf, phasesOf, search, searchUrl, section, statusOf,
} from "./test-support.ts";

const expect400 = (params: Record<string, string>, message: string | RegExp): void => {
  const response = api(searchUrl(params));
  expect(response.status).toBe(400);
  expect(response.headers["content-type"]).toMatch(/^text\/plain/);
  expect(response.body).toMatch(message);
};

/** Independent haversine (km) for the expected sets. */
function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const x = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742.0176 * Math.asin(Math.sqrt(x));
}
const geoPoints = (s: StudyRecord) =>
  locationsOf(s).flatMap((l) => (l.geoPoint ? [l.geoPoint as { lat: number; lon: number }] : []));
const within = (center: { lat: number; lon: number }, km: number) => (s: StudyRecord) =>
  geoPoints(s).some((p) => distanceKm(center, p) <= km);

describe.skipIf(!hasCorpus)("filter.overallStatus", () => {
  test("comma- or pipe-separated statuses", () => {
    const expected = idsWhere((s) => ["RECRUITING", "NOT_YET_RECRUITING"].includes(statusOf(s)));
    expect(expected.length).toBeGreaterThan(0);
    expect(allIds({ "filter.overallStatus": "RECRUITING,NOT_YET_RECRUITING" })).toEqual(expected);
    expect(allIds({ "filter.overallStatus": "RECRUITING|NOT_YET_RECRUITING" })).toEqual(expected);
    expect(allIds({ "postFilter.overallStatus": "RECRUITING,NOT_YET_RECRUITING" })).toEqual(expected);
  });

  test("a bad status → 400", () => {
    expect400({ "filter.overallStatus": "RECRUITING,OPEN" }, /^Invalid value in parameter `filter.overallStatus`: `OPEN`/);
    expect400({ "filter.overallStatus": "recruiting" }, /Invalid value in parameter/);
  });
});

describe.skipIf(!hasCorpus)("filter.ids", () => {
  test("matches nctId and nctIdAliases, any case, comma or pipe", () => {
    expect(allIds({ "filter.ids": "NCT02380456" })).toEqual(["NCT02300909"]);
    expect(allIds({ "filter.ids": "nct02513394|NCT00000410,NCT99999999" })).toEqual(["NCT00000410", "NCT02513394"]);
    expect(allIds({ "postFilter.ids": "NCT02513394" })).toEqual(["NCT02513394"]);
  });

  test("a malformed id → 400", () => {
    expect400({ "filter.ids": "NCT02513394,12345" }, /incorrect format/);
  });
});

describe.skipIf(!hasCorpus)("filter.geo", () => {
  // A study with sites both with and without geoPoint (lazy: describe bodies run even when skipped).
  const mixed = () => {
    const study = ["NCT06358118", "NCT04402008", "NCT01892319"].map(byId).find((s) => geoPoints(s).length > 0 && geoPoints(s).length < locationsOf(s).length);
    if (!study) throw new Error("no study with a mix of sites with and without geoPoint");
    return { partly: study, center: geoPoints(study)[0] ?? { lat: 0, lon: 0 } };
  };

  test("a study matches when any site with a geoPoint is within the radius (mi default)", () => {
    const { partly, center } = mixed();
    const geo = `distance(${center.lat},${center.lon},25mi)`;
    const hits = allIds({ "filter.geo": geo });
    expect(hits).toContain(section(partly, "identificationModule").nctId);
    expect(hits).toEqual(idsWhere(within(center, 25 * 1.609344)));
    expect(allIds({ "filter.geo": `distance(${center.lat},${center.lon},25)` })).toEqual(hits);
  });

  test("km and mi radii", () => {
    const boston = { lat: 42.3601, lon: -71.0589 };
    const km = allIds({ "filter.geo": "distance(42.3601,-71.0589,80km)" });
    const mi = allIds({ "filter.geo": "distance(42.3601,-71.0589,80mi)" });
    expect(km).toEqual(idsWhere(within(boston, 80)));
    expect(mi).toEqual(idsWhere(within(boston, 80 * 1.609344)));
    expect(mi.length).toBeGreaterThan(km.length);
    expect(km.length).toBeGreaterThan(0);
  });

  test("sites without geoPoint never match; all sites come back", () => {
    const { partly, center } = mixed();
    const noGeo = idsWhere((s) => locationsOf(s).length > 0 && geoPoints(s).length === 0);
    const world = allIds({ "filter.geo": "distance(0,0,13000mi)" });
    expect(world).toEqual(idsWhere((s) => geoPoints(s).length > 0));
    for (const id of noGeo) expect(world).not.toContain(id);
    const id = String(section(partly, "identificationModule").nctId);
    const page = search({ "filter.geo": `distance(${center.lat},${center.lon},1mi)`, "filter.ids": id, fields: "LocationGeoPoint" });
    const sites = (page.studies[0]?.protocolSection as { contactsLocationsModule: { locations: unknown[] } }).contactsLocationsModule.locations;
    expect(sites).toHaveLength(locationsOf(partly).length);
  });

  test.each(["distance(42.36, -71.05, 50mi)", "distance(42.36,-71.05,50ft)", "near(1,2,3mi)", "distance(95,0,1mi)"])("%s → 400", (geo) => {
    expect400({ "filter.geo": geo }, /filter\.geo/);
  });
});

describe.skipIf(!hasCorpus)("aggFilters", () => {
  const agg = (value: string) => allIds({ aggFilters: value });
  const sponsorClass = (s: StudyRecord) => String((section(s, "sponsorCollaboratorsModule").leadSponsor as { class?: string }).class);

  test("phase: digits, 0 = early phase 1, na; multi-phase studies match each phase", () => {
    expect(agg("phase:2")).toEqual(idsWhere((s) => phasesOf(s).includes("PHASE2")));
    expect(agg("phase:1")).toEqual(expect.arrayContaining(idsWhere((s) => phasesOf(s).join() === "PHASE1,PHASE2")));
    expect(agg("phase:2 3")).toEqual(idsWhere((s) => phasesOf(s).includes("PHASE2") || phasesOf(s).includes("PHASE3")));
    expect(agg("phase:0")).toEqual(idsWhere((s) => phasesOf(s).includes("EARLY_PHASE1")));
    expect(agg("phase:na")).toEqual(idsWhere((s) => phasesOf(s).includes("NA")));
    expect(agg("phase:0").length).toBeGreaterThan(0);
  });

  test("status codes", () => {
    const codes = { rec: "RECRUITING", not: "NOT_YET_RECRUITING", act: "ACTIVE_NOT_RECRUITING", com: "COMPLETED", ter: "TERMINATED", enr: "ENROLLING_BY_INVITATION", sus: "SUSPENDED", wit: "WITHDRAWN", unk: "UNKNOWN" };
    for (const [code, status] of Object.entries(codes)) {
      const expected = idsWhere((s) => statusOf(s) === status);
      expect(expected.length, status).toBeGreaterThan(0);
      expect(agg(`status:${code}`)).toEqual(expected);
    }
    expect(agg("status:not rec")).toEqual(idsWhere((s) => ["RECRUITING", "NOT_YET_RECRUITING"].includes(statusOf(s))));
  });

  test("studyType, sex, healthy, results, ages, funderType", () => {
    const type = (s: StudyRecord) => section(s, "designModule").studyType;
    expect(agg("studyType:int")).toEqual(idsWhere((s) => type(s) === "INTERVENTIONAL"));
    expect(agg("studyType:obs")).toEqual(idsWhere((s) => type(s) === "OBSERVATIONAL"));
    expect(agg("studyType:OBSERVATIONAL")).toEqual(agg("studyType:obs"));
    expect(agg("sex:f")).toEqual(idsWhere((s) => ["FEMALE", "ALL"].includes(String(eligibility(s).sex))));
    expect(agg("sex:m")).toEqual(idsWhere((s) => ["MALE", "ALL"].includes(String(eligibility(s).sex))));
    expect(agg("healthy:y")).toEqual(idsWhere((s) => eligibility(s).healthyVolunteers === true));
    expect(agg("results:with")).toEqual(idsWhere((s) => s.hasResults === true));
    expect(agg("results:without")).toEqual(idsWhere((s) => s.hasResults !== true));
    const ages = (s: StudyRecord) => (eligibility(s).stdAges as string[] | undefined) ?? [];
    expect(agg("ages:child")).toEqual(idsWhere((s) => ages(s).includes("CHILD")));
    expect(agg("ages:older")).toEqual(idsWhere((s) => ages(s).includes("OLDER_ADULT")));
    expect(agg("ages:adult")).toEqual(idsWhere((s) => ages(s).includes("ADULT")));
    expect(agg("funderType:industry")).toEqual(idsWhere((s) => sponsorClass(s) === "INDUSTRY"));
    expect(agg("funderType:nih fed")).toEqual(idsWhere((s) => ["NIH", "FED"].includes(sponsorClass(s))));
    expect(agg("funderType:other")).toEqual(idsWhere((s) => !["NIH", "FED", "INDUSTRY"].includes(sponsorClass(s))));
  });

  test("filters combine with AND (comma or pipe)", () => {
    const expected = idsWhere((s) => phasesOf(s).includes("PHASE3") && statusOf(s) === "COMPLETED");
    expect(agg("phase:3,status:com")).toEqual(expected);
    expect(agg("phase:3|status:com")).toEqual(expected);
  });

  test("unknown option keys silently match nothing; unknown filter ids → 400", () => {
    expect(search({ aggFilters: "phase:PHASE3", countTotal: "true" }).totalCount).toBe(0);
    expect(agg("phase:2 PHASE3")).toEqual(agg("phase:2"));
    expect400({ aggFilters: "colour:red" }, /aggFilters/);
    expect400({ aggFilters: "phase" }, /aggFilters/);
  });
});
