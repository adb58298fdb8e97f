// The study page in two requests (issue 13): the record without its results first, the results
// (fields=ResultsSection) only when the reader opens them, follows #results or prints; and a study link
// that is hovered requests the study before the click.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page, Request } from "@playwright/test";
import { test, expect } from "./fixtures";
import { briefTitle, corpusDir } from "./corpus";

const BIG = "NCT02513394"; // 777 kB of JSON, 617 kB of it the results

/** Every request for one study's record, from now on, as its fields= list ("" = the whole record). */
function recordRequests(page: Page, nctId = BIG): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname === `/api/v2/studies/${nctId}`) seen.push(url.searchParams.get("fields") ?? "");
  });
  return seen;
}
const isResults = (request: Request) => new URL(request.url()).searchParams.get("fields") === "ResultsSection";

/** "5 outcome measures: 1 primary, 4 secondary." as the overview words it, from the record. */
function outcomesLine(nctId = BIG): string {
  const record = JSON.parse(readFileSync(join(corpusDir, `${nctId}.json`), "utf8")) as {
    resultsSection: { outcomeMeasuresModule: { outcomeMeasures: { type?: string }[] } };
  };
  const measures = record.resultsSection.outcomeMeasuresModule.outcomeMeasures;
  const n = (type: string) => measures.filter((m) => m.type === type).length;
  return `${measures.length} outcome measures: ${n("PRIMARY")} primary, ${n("SECONDARY")} secondary.`;
}

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
const results = (page: Page) => page.locator("section#results");
const postedResults = (page: Page) => results(page).getByRole("button", { name: "Posted results" });

test("the first record request has no results; opening them fetches them and shows them", async ({ page }) => {
  const fields = recordRequests(page);
  await page.goto(`/study/${BIG}`);
  await expect(h1(page)).toContainText(briefTitle(BIG));
  await page.waitForLoadState("networkidle");
  expect(fields).toHaveLength(1);
  expect(fields[0]?.split(",")).toEqual(expect.arrayContaining(["ProtocolSection", "DerivedSection", "HasResults"]));
  expect(fields[0]).not.toContain("ResultsSection");

  // Without the results, the section says there are some (its body comes with the lower sections, as the
  // reader nears them).
  await results(page).scrollIntoViewIfNeeded();
  await expect(results(page)).toContainText("This study has results, first posted on");
  await expect(postedResults(page)).toHaveAttribute("aria-expanded", "false");
  expect(fields).toHaveLength(1);

  const answer = page.waitForResponse((response) => isResults(response.request()));
  await postedResults(page).click();
  expect((await answer).status()).toBe(200);
  await expect(results(page)).toContainText(outcomesLine());
  expect(fields).toEqual([fields[0], "ResultsSection"]);
  await results(page).getByRole("button", { name: /^Adverse events/ }).click();
  await expect(results(page).getByRole("table", { name: /^Serious adverse events/ })).toBeVisible();
});

test("/study/NCT…#results opens the results and lands on them", async ({ page }) => {
  const fields = recordRequests(page);
  await page.goto(`/study/${BIG}#results`);
  await expect(results(page)).toContainText(outcomesLine());
  await expect(postedResults(page)).toHaveAttribute("aria-expanded", "true");
  await expect(results(page).getByRole("heading", { level: 2, name: "Results" })).toBeInViewport();
  expect(fields).toContain("ResultsSection");
});

test("the Print button fetches the results before the print dialog opens", async ({ page }) => {
  const fields = recordRequests(page);
  await page.goto(`/study/${BIG}`);
  await expect(h1(page)).toContainText(briefTitle(BIG));
  // Headless Chromium has no print dialog: record what the page holds when it asks for one, with the
  // print signal a real dialog sends.
  await page.evaluate(() => {
    window.print = () => {
      window.dispatchEvent(new Event("beforeprint"));
      const results = document.querySelector("#results");
      (window as unknown as { printedResults: string }).printedResults = results?.textContent ?? "";
      (window as unknown as { printedTables: number }).printedTables = results?.querySelectorAll("table").length ?? 0;
      window.dispatchEvent(new Event("afterprint"));
    };
  });
  await page.getByRole("button", { name: "Print", exact: true }).click();
  await page.waitForFunction(() => "printedResults" in window);
  const printed = await page.evaluate(() => (window as unknown as { printedResults: string }).printedResults);
  expect(printed).toContain(outcomesLine());
  expect(printed).not.toContain("Loading the results");
  expect(await page.evaluate(() => (window as unknown as { printedTables: number }).printedTables)).toBeGreaterThan(5);
  expect(fields).toContain("ResultsSection");
});

test("hovering a result card requests the study before the click; the click sends no other record request", async ({ page }) => {
  await page.goto("/search?cond=asthma");
  const card = page.locator('ol[aria-label="Search results"] > li').first();
  await expect(card.locator("article")).toBeVisible();
  const nctId = (await card.getAttribute("data-nct-id")) ?? "";
  expect(nctId).toMatch(/^NCT\d{8}$/);
  const fields = recordRequests(page, nctId);
  const link = card.locator(`article a[href*="/study/${nctId}"]`).first();

  const prefetched = page.waitForResponse((response) => new URL(response.url()).pathname === `/api/v2/studies/${nctId}`);
  await link.hover();
  await prefetched;
  expect(fields).toHaveLength(1);
  expect(fields[0]).not.toContain("ResultsSection");

  await link.click();
  await expect(h1(page)).toContainText(briefTitle(nctId));
  await page.waitForLoadState("networkidle");
  expect(fields).toHaveLength(1);
});

test("a 5xx on the results: a clear message with a retry, and the rest of the page stays", async ({ page }) => {
  let failing = true;
  await page.route(
    (url) => url.pathname === `/api/v2/studies/${BIG}` && url.searchParams.get("fields") === "ResultsSection",
    (route) => (failing ? route.fulfill({ status: 503, contentType: "text/plain", body: "Service Unavailable" }) : route.fallback()),
  );
  await page.goto(`/study/${BIG}`);
  await expect(h1(page)).toContainText(briefTitle(BIG));
  await results(page).scrollIntoViewIfNeeded();
  await postedResults(page).click();

  const alert = results(page).getByRole("alert");
  await expect(alert.getByRole("heading", { level: 3, name: "The results could not be loaded" })).toBeVisible({ timeout: 15_000 });
  await expect(alert).toContainText("The rest of this page is complete.");
  await expect(h1(page)).toContainText(briefTitle(BIG));
  await expect(page.locator("section#eligibility")).toBeVisible();
  await expect(page.locator("section#locations")).toBeVisible();

  failing = false;
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(results(page)).toContainText(outcomesLine());
  await expect(results(page).getByRole("alert")).toHaveCount(0);
});
