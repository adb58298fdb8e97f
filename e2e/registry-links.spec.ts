// Links people shared from the registry over the years, with our host (issue 14): the classic site's
// /ct2/show/… and /ct2/results?…, and the website's /study/NCT…?tab=…, each land on our own address for
// the same thing, with the same results the replica gives for that address.
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { briefTitle } from "./corpus";

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
  // recrs=a: recruiting; phase=1 is Phase 2 on the classic site (its phases counted from 0); strd_s can't be kept yet.
  await page.goto("/ct2/results?cond=cancer&recrs=a&phase=1&strd_s=01/01/2015&rank=3");
  await expect(page).toHaveURL(/\/search\?cond=cancer&status=RECRUITING&phase=2$/);
  await expect(page.getByText("strd_s=01/01/2015 was ignored: date filters are not supported here")).toBeVisible();
  const heading = page.getByRole("heading", { level: 2, name: /^[\d,]+ stud(y|ies)$|^No studies$/ });
  await expect(heading).toBeVisible();
  const count = await heading.textContent();
  const first = await cards(page).first().getAttribute("data-nct-id");

  const fresh = await page.context().newPage(); // its own app instance: nothing cached in memory
  await fresh.goto("/search?cond=cancer&status=RECRUITING&phase=2");
  await expect(fresh.getByRole("heading", { level: 2, name: count ?? "" })).toBeVisible();
  await expect(cards(fresh).first()).toHaveAttribute("data-nct-id", first ?? "");
  await fresh.close();
});

test("any other classic page says what it was and offers a way on", async ({ page }) => {
  await page.goto("/ct2/help/how-find/basic");
  await expect(h1(page)).toHaveText("This was a page of the old ClinicalTrials.gov site");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Search for trials here" }).click();
  await expect(page).toHaveURL(/\/$/);
});
