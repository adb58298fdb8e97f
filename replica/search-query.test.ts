// @vitest-environment node
// query.* parameters: for each search area, every hit must contain the term in one of the area's
// fields, and every study that obviously matches (term in the area's main field) must be a hit.
import { describe, expect, test } from "vitest";
import type { StudyRecord } from "./study.ts";
import {
  allIds, byId, conditionsOf, corpus, hasCorpus, hasWord, idOf, idsWhere, locationsOf, search, section, statusOf,
} from "./test-support.ts";

type Getter = (s: StudyRecord) => unknown;
const texts = (value: unknown): string[] =>
  typeof value === "string" ? [value] : Array.isArray(value) ? value.flatMap(texts) : value && typeof value === "object" ? Object.values(value).flatMap(texts) : [];
const derived = (s: StudyRecord, module: string): Record<string, unknown> =>
  ((s.derivedSection as Record<string, unknown> | undefined)?.[module] as Record<string, unknown> | undefined) ?? {};

const ident = (s: StudyRecord) => section(s, "identificationModule");
const titles: Getter[] = [(s) => ident(s).briefTitle, (s) => ident(s).officialTitle, (s) => ident(s).acronym];
const conditionArea: Getter[] = [
  conditionsOf, (s) => ident(s).briefTitle, (s) => ident(s).officialTitle, (s) => section(s, "conditionsModule").keywords,
  (s) => derived(s, "conditionBrowseModule").meshes, (s) => derived(s, "conditionBrowseModule").ancestors, idOf,
];
const arms = (s: StudyRecord) => section(s, "armsInterventionsModule");
const interventionArea: Getter[] = [
  (s) => arms(s).interventions, (s) => arms(s).armGroups, (s) => ident(s).briefTitle, (s) => ident(s).officialTitle,
  (s) => section(s, "conditionsModule").keywords, (s) => derived(s, "interventionBrowseModule").meshes,
  (s) => derived(s, "interventionBrowseModule").ancestors,
];
const sponsors = (s: StudyRecord) => section(s, "sponsorCollaboratorsModule");

/** Studies whose `area` fields contain `words` (every word, whole-word) — the upper bound of hits. */
const inArea = (area: Getter[], ...words: string[]) => (s: StudyRecord) => {
  const text = area.flatMap((get) => texts(get(s))).join(" \n ");
  return words.every((w) => hasWord(text, w));
};

function expectBetween(hits: string[], lower: string[], upper: string[]): void {
  expect(lower.length).toBeGreaterThan(0);
  for (const id of lower) expect(hits).toContain(id);
  for (const id of hits) expect(upper).toContain(id);
}

describe.skipIf(!hasCorpus)("query.* search areas", () => {
  test("query.cond searches conditions, titles, MeSH terms and keywords", () => {
    const hits = allIds({ "query.cond": "headache" });
    expectBetween(hits, idsWhere((s) => conditionsOf(s).some((c) => hasWord(c, "headache"))), idsWhere(inArea(conditionArea, "headache")));
    expect(hits.length).toBeLessThan(corpus.studies.length);
  });

  test("query.cond: terms are AND-ed, plural folded, case-insensitive", () => {
    const hits = allIds({ "query.cond": "Diabetes MELLITUS" });
    expectBetween(
      hits,
      idsWhere((s) => conditionsOf(s).some((c) => /diabetes mellitus/i.test(c))),
      idsWhere(inArea(conditionArea, "diabetes", "mellitus")),
    );
    // "Diabete Mellitus" (sic) in some records is found through plural folding of "Diabetes".
    expect(hits).toEqual(expect.arrayContaining(idsWhere((s) => conditionsOf(s).includes("Diabete Mellitus"))));
  });

  test("query.cond with OR, NOT and a phrase", () => {
    const hits = allIds({ "query.cond": '(migraine OR "cluster headache") NOT episodic' });
    const upper = idsWhere((s) => (inArea(conditionArea, "migraine")(s) || inArea(conditionArea, "cluster headache")(s)) && !inArea(conditionArea, "episodic")(s));
    const lower = idsWhere((s) => conditionsOf(s).some((c) => /^migraine$/i.test(c)) && upper.includes(idOf(s)));
    expectBetween(hits, lower, upper);
  });

  test("query.intr searches interventions, arms and intervention MeSH terms", () => {
    const hits = allIds({ "query.intr": "docetaxel" });
    const named = idsWhere((s) => texts(arms(s).interventions).some((t) => hasWord(t, "docetaxel")));
    expectBetween(hits, named, idsWhere(inArea(interventionArea, "docetaxel")));
  });

  test("query.locn searches site facility, city, state, zip and country", () => {
    const hits = allIds({ "query.locn": '"New York"' });
    const upper = idsWhere((s) => locationsOf(s).some((l) => texts([l.facility, l.city, l.state, l.zip, l.country]).some((t) => /new york/i.test(t))));
    expectBetween(hits, idsWhere((s) => locationsOf(s).some((l) => l.city === "New York")), upper);
  });

  test("query.titles searches titles and acronym", () => {
    expect(allIds({ "query.titles": "SPORT" })).toContain("NCT00000410");
    const hits = allIds({ "query.titles": "pain" });
    expectBetween(hits, idsWhere((s) => hasWord(String(ident(s).briefTitle), "pain")), idsWhere(inArea(titles, "pain")));
  });

  test("query.spons searches lead sponsor and collaborators; query.lead only the lead sponsor", () => {
    const nida = (s: StudyRecord) => texts(sponsors(s).collaborators).some((t) => t.includes("National Institute on Drug Abuse"));
    const spons = allIds({ "query.spons": '"National Institute on Drug Abuse"' });
    expectBetween(spons, idsWhere(nida), idsWhere((s) => texts([sponsors(s), ident(s).organization]).some((t) => /national institute on drug abuse/i.test(t))));
    const lead = (s: StudyRecord) => String((sponsors(s).leadSponsor as { name?: string }).name);
    expect(allIds({ "query.lead": '"Click Therapeutics"' })).toEqual(idsWhere((s) => lead(s).includes("Click Therapeutics")));
    expect(allIds({ "query.lead": '"National Institute on Drug Abuse"' })).toEqual(
      idsWhere((s) => /national institute on drug abuse/i.test(lead(s))),
    );
  });

  test("query.id finds org study ids, secondary ids and aliases", () => {
    const study = corpus.studies.find((s) => /^[A-Za-z0-9]+-\d+$/.test(String((ident(s).orgStudyIdInfo as { id?: string })?.id)));
    if (!study) throw new Error("no study with a simple org study id");
    const orgId = String((ident(study).orgStudyIdInfo as { id: string }).id);
    expect(allIds({ "query.id": `"${orgId}"` })).toContain(idOf(study));
    expect(allIds({ "query.id": "NCT02380456" })).toEqual(["NCT02300909"]);
  });

  test("query.outc searches outcome measures", () => {
    const outcomes = (s: StudyRecord) => texts(section(s, "outcomesModule"));
    const hits = allIds({ "query.outc": "mortality" });
    expectBetween(
      hits,
      idsWhere((s) => texts((section(s, "outcomesModule").primaryOutcomes as unknown[]) ?? []).some((t) => hasWord(t, "mortality"))),
      idsWhere((s) => [...outcomes(s), ...texts((s.resultsSection as Record<string, unknown> | undefined)?.outcomeMeasuresModule)].some((t) => hasWord(t, "mortality"))),
    );
  });

  test("query.term and query.patient search (almost) every text field", () => {
    const woebot = idsWhere((s) => String((sponsors(s).leadSponsor as { name?: string }).name).startsWith("Woebot"));
    expect(allIds({ "query.term": "Woebot" })).toEqual(expect.arrayContaining(woebot));
    const cluster = idsWhere((s) => conditionsOf(s).some((c) => /cluster headache/i.test(c)));
    expect(allIds({ "query.patient": '"cluster headache"' })).toEqual(expect.arrayContaining(cluster));
    const summary = idsWhere((s) => hasWord(String(section(s, "descriptionModule").briefSummary), "acupuncture"));
    expect(allIds({ "query.term": "acupuncture" })).toEqual(expect.arrayContaining(summary));
  });

  test("several query.* parameters are AND-ed", () => {
    const both = allIds({ "query.cond": "headache", "query.locn": "Denmark" });
    const cond = allIds({ "query.cond": "headache" });
    const locn = allIds({ "query.locn": "Denmark" });
    expect(both).toEqual(cond.filter((id) => locn.includes(id)));
    expect(both.length).toBeGreaterThan(0);
  });

  test("a query made only of NCT ids looks them up and ignores filters", () => {
    const ids = ["NCT02513394", "NCT00000410"];
    const otherStatus = statusOf(byId("NCT02513394")) === "RECRUITING" ? "COMPLETED" : "RECRUITING";
    const hits = allIds({ "query.term": ids.join(", "), "filter.overallStatus": otherStatus });
    expect(hits).toEqual([...ids].sort());
  });

  test("sort=@relevance ranks condition hits above title-only hits, ties by NCT id", () => {
    const page = search({ "query.cond": "headache", sort: "@relevance", pageSize: "1000", fields: "NCTId" });
    const order = page.studies.map(idOf);
    const inCondition = order.map((id) => conditionsOf(byId(id)).some((c) => hasWord(c, "headache")));
    const firstOther = inCondition.indexOf(false);
    expect(firstOther).toBeGreaterThan(0);
    expect(inCondition.slice(firstOther)).not.toContain(true);
    const top = order.slice(0, firstOther);
    expect(top).toEqual([...top].sort());
  });

  test("an unparsable query → 400 naming the area", async () => {
    const { api, searchUrl } = await import("./test-support.ts");
    const response = api(searchUrl({ "query.cond": "foo bar [" }));
    expect(response.status).toBe(400);
    expect(response.body).toMatch(/^Error parsing query in Conditions or disease: /);
    expect(api(searchUrl({ "query.term": "(a OR b" })).body).toMatch(/^Error parsing query in Other terms: /);
    expect(api(searchUrl({ "query.intr": "AREA[Nope]x" })).body).toBe("Error parsing query in Intervention / treatment: Unknown area name: `Nope`");
  });
});
