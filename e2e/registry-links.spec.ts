// Links people shared from the registry over the years, with our host (issue 14): the classic site's
// /ct2/show/… and /ct2/results?…, and the website's /study/NCT…?tab=…, each land on our own address for
// the same thing, with the same results the replica gives for that address.
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { briefTitle, idsWhere } from "./corpus";

const BIG = "NCT02513394"; // has posted results

test.afterEach(({ pageErrors, externalRequests }) => {
  expect(externalRequests, "requests that left the machine").toEqual([]);
  expect(pageErrors, "page errors").toEqual([]);
});

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
const results = (page: Page) => page.locator("section#results");
const cards = (page: Page) => page.locator('ol[aria-label="Search results"] > li');

test("a classic study link opens the study, without the classic search's words", async ({ page }) => {
  await page.goto(`/ct2/show/${BIG.toLowerCase()}?term=asthma&rank=1`);
  await expect(h1(page)).toContainText(briefTitle(BIG)); // and its acronym
  await expect(page).toHaveURL(new RegExp(`/study/${BIG}$`));
});

for (const link of [`/ct2/show/results/${BIG}`, `/study/${BIG}?tab=results`]) {
  test(`${link} opens the study at its results`, async ({ page }) => {
    await page.goto(link);
    await expect(page).toHaveURL(new RegExp(`/study/${BIG}#results$`));
    await expect(results(page).getByRole("button", { name: "Posted results" })).toHaveAttribute("aria-expanded", "true");
    await expect(results(page).getByRole("heading", { level: 2, name: "Results" })).toBeInViewport();
  });
}

test("?tab=history shows the record with a link to its history on the registry", async ({ page }) => {
  await page.goto(`/study/${BIG}?tab=history`);
  await expect(h1(page)).toContainText(briefTitle(BIG)); // and its acronym
  await expect(page).toHaveURL(new RegExp(`/study/${BIG}$`));
  await expect(page.getByRole("link", { name: /See the history of changes on ClinicalTrials.gov/ })).toHaveAttribute(
    "href",
    `https://clinicaltrials.gov/study/${BIG}?tab=history`,
  );
  await expectNoAxeViolations(page);
});

test("a classic results link becomes the same search here, with the same studies as our own address", async ({ page }) => {
  // recrs=a: recruiting; phase=1 is Phase 2 on the classic site (its phases counted from 0); age=1 adults;
  // strd_s is the earliest start date (MM/DD/YYYY); sfpd_e is not a date, so it is noted.
  await page.goto("/ct2/results?cond=cancer&recrs=a&phase=1&age=1&strd_s=01/01/2015&sfpd_e=soon&rank=3");
  const ours = "/search?cond=cancer&status=RECRUITING&phase=2&agegroup=adult&startdate=2015-01-01_";
  await expect(page).toHaveURL((url) => url.pathname + url.search === ours);
  await expect(page.getByText("sfpd_e=soon was ignored: dates were MM/DD/YYYY")).toBeVisible();
  const heading = page.getByRole("heading", { level: 2, name: /^[\d,]+ stud(y|ies)$|^No studies$/ });
  await expect(heading).toBeVisible();
  const count = await heading.textContent();
  const first = await cards(page).first().getAttribute("data-nct-id");

  const fresh = await page.context().newPage(); // its own app instance: nothing cached in memory
  await fresh.goto(ours);
  await expect(fresh.getByRole("heading", { level: 2, name: count ?? "" })).toBeVisible();
  await expect(cards(fresh).first()).toHaveAttribute("data-nct-id", first ?? "");
  await fresh.close();
});

test("a website link with an age group and a date range lands on our address, with the replica's studies", async ({ page }) => {
  await page.goto("/search?aggFilters=ages:child&start=2015-01-01_2020-12-31");
  // A registry link without a status means any status, as on the registry's site.
  await expect(page).toHaveURL((url) => url.pathname + url.search === "/search?status=all&agegroup=child&startdate=2015-01-01_2020-12-31");
  // Independently of the app: records open to children whose start date (partial dates too) falls in the range.
  const expected = idsWhere((record) => {
    const section = record.protocolSection as { eligibilityModule?: { stdAges?: string[] }; statusModule?: { startDateStruct?: { date?: string } } };
    const start = section.statusModule?.startDateStruct?.date;
    return (section.eligibilityModule?.stdAges ?? []).includes("CHILD") && start !== undefined && start <= "2020-12-31" && `${start}~` >= "2015-01-01";
  });
  expect(expected.size).toBeGreaterThan(0);
  await expect(page.getByRole("heading", { level: 2, name: `${expected.size} ${expected.size === 1 ? "study" : "studies"}` })).toBeVisible();
  for (const id of await cards(page).evaluateAll((items) => items.map((item) => item.getAttribute("data-nct-id")))) {
    expect(expected.has(id ?? "")).toBe(true);
  }
  await expect(page.getByText("Filters: any status, children (0–17), study start 2015-01-01 to 2020-12-31")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("any other classic page says what it was and offers a way on", async ({ page }) => {
  await page.goto("/ct2/help/how-find/basic");
  await expect(h1(page)).toHaveText("This was a page of the old ClinicalTrials.gov site");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Search for trials here" }).click();
  await expect(page).toHaveURL(/\/$/);
});
