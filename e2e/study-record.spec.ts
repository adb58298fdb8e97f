import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { briefTitle, corpusDir } from "./corpus";

type Site = { city?: string };
type Measure = { title?: string; groups?: unknown[] };
function record(nctId: string) {
  const raw: unknown = JSON.parse(readFileSync(join(corpusDir, `${nctId}.json`), "utf8"));
  const study = raw as {
    protocolSection: { contactsLocationsModule: { locations: Site[] } };
    resultsSection: { outcomeMeasuresModule: { outcomeMeasures: Measure[] } };
  };
  return {
    sites: study.protocolSection.contactsLocationsModule.locations,
    measures: study.resultsSection.outcomeMeasuresModule.outcomeMeasures,
  };
}

test("NCT02513394: 437 sites that filter, and a results table reachable by role", async ({ page, pageErrors }) => {
  const { sites, measures } = record("NCT02513394");
  await page.goto("/study/NCT02513394");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle("NCT02513394"));
  await page.mouse.move(1, 1); // a first interaction loads the later sections, as a reader's would

  const locations = page.locator("section#locations");
  await expect(locations).toContainText(`Showing 20 of ${sites.length} sites`); // the list shows its sites in steps
  await expect(locations.locator("[data-site]")).toHaveCount(20);
  const madrid = sites.filter((site) => site.city === "Madrid").length;
  await locations.getByLabel("Search sites").fill("Madrid");
  await expect(locations).toContainText(`Showing ${madrid} of ${sites.length} sites`);

  const first = measures[0];
  if (!first?.title) throw new Error("NCT02513394 has no titled outcome measure");
  const results = page.locator("section#results");
  await results.getByRole("button", { name: "Posted results" }).click(); // the results come on demand
  await results.getByRole("button", { name: new RegExp(first.title.slice(0, 30).replace(/[()]/g, "\\$&")) }).first().click();
  const table = results.getByRole("table").first();
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveCount(first.groups?.length ?? -1);
  expect(pageErrors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
});

test("a deep link to #eligibility lands on that section", async ({ page }) => {
  await page.goto("/study/NCT02513394#eligibility");
  const section = page.locator("section#eligibility");
  await expect(section.getByRole("heading", { level: 2, name: "Who can join" })).toBeInViewport();
  const top = await section.evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(top)).toBeLessThan(100);
});

test("print shows every section, opened, without the page's controls", async ({ page }) => {
  await page.goto("/study/NCT02513394");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle("NCT02513394"));
  const tocIds = await page
    .getByRole("navigation", { name: "On this page" })
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")?.slice(1) ?? ""));
  expect(tocIds.length).toBeGreaterThan(8);

  await page.mouse.move(10, 10); // a first interaction fetches the results code, as a reader's would
  await page.emulateMedia({ media: "print" });
  for (const id of tocIds) await expect(page.locator(`section#${id}`)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "On this page" })).toBeHidden();
  await expect(page.getByRole("button", { name: /Copy link/ })).toBeHidden();
  expect(await page.locator("article details:not([open])").count()).toBe(0);
  await expect(page.locator("section#results table").first()).toBeVisible();
  const { measures } = record("NCT02513394");
  expect(await page.locator("section#results table").count()).toBeGreaterThanOrEqual(measures.length);
  await expect(page.locator("section#locations [data-site]").last()).toBeVisible();
});

test("axe: a results record (with a results part open) and a record without locations", async ({ page }) => {
  await page.goto("/study/NCT02513394");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle("NCT02513394"));
  await expectNoAxeViolations(page);
  await page.locator("section#results").scrollIntoViewIfNeeded(); // its body comes with the lower sections
  await page.locator("section#results").getByRole("button", { name: "Posted results" }).click();
  await page.locator("section#results").getByRole("button", { name: /^Participant flow/ }).click();
  await expect(page.locator("section#results table").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/study/NCT01213277");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle("NCT01213277"));
  await expect(page.locator("section#locations")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
