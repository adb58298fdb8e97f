// A registry that never answers, or asks us to wait (issue 10, items 2 and 3). Faults are injected
// with page.route: a handler that never fulfils is a hung connection; a 429 carries Retry-After (the
// app is served same-origin with the replica, so the header is readable, as behind a proxy).
// Timing: each try gets 12 s to start answering, and the whole request at most 40 s
// (src/api/http.ts retryPolicy); the page must give up within 45 s.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { briefTitle } from "./corpus";

const API_STUDY = "**/api/v2/studies/*";
const isStudies = (url: URL) => url.pathname === "/api/v2/studies";
const STILL_TRYING = "The registry is not answering, still trying…";

const stillTrying = (page: Page) => page.getByRole("status").filter({ hasText: STILL_TRYING });
const studyHeading = (page: Page) => page.getByRole("heading", { level: 1 });

/** Answers nothing: the request stays open until the app gives up on it. Returns when each arrived. */
async function neverAnswer(page: Page, url: string | ((url: URL) => boolean)): Promise<number[]> {
  const arrivals: number[] = [];
  await page.route(url, () => void arrivals.push(Date.now()));
  return arrivals;
}

test.afterEach(({ pageErrors, externalRequests }) => {
  expect(externalRequests, "requests that left the machine").toEqual([]);
  // The browser logs the 429s and abandoned requests; only uncaught exceptions count here.
  expect(pageErrors.filter((e) => e.startsWith("pageerror:")), "uncaught errors").toEqual([]);
});

test("a study request that never answers: 'still trying' after the first timeout, then a plain message within 45 s, and Try again works", async ({ page }) => {
  test.setTimeout(90_000);
  const arrivals = await neverAnswer(page, API_STUDY);
  const start = Date.now();
  await page.goto("/study/NCT00405041");
  await expect(page.getByText("Loading study NCT00405041…")).toBeVisible();
  await expect(stillTrying(page)).toHaveCount(0);

  await expect(stillTrying(page)).toBeVisible({ timeout: 20_000 });
  expect(Date.now() - start, "not before the first try timed out").toBeGreaterThanOrEqual(12_000);

  await expect(studyHeading(page)).toHaveText("The registry is not answering", { timeout: 45_000 - (Date.now() - start) });
  const gaveUpAfter = Date.now() - start;
  expect(gaveUpAfter, "gave up within the budget").toBeLessThanOrEqual(45_000);
  expect(arrivals).toHaveLength(3);
  await expect(stillTrying(page)).toHaveCount(0);

  await page.unroute(API_STUDY);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(studyHeading(page)).toContainText(briefTitle("NCT00405041"));
});

test("a 429 with Retry-After: 3 is waited out, then the study shows", async ({ page }) => {
  const arrivals: number[] = [];
  await page.route(API_STUDY, async (route) => {
    arrivals.push(Date.now());
    if (arrivals.length > 1) return route.continue();
    return route.fulfill({ status: 429, headers: { "retry-after": "3" }, contentType: "text/plain", body: "Too Many Requests" });
  });
  await page.goto("/study/NCT00405041");
  await expect(studyHeading(page)).toContainText(briefTitle("NCT00405041"), { timeout: 15_000 });
  expect(arrivals).toHaveLength(2);
  expect(arrivals[1]! - arrivals[0]!, "the wait the registry asked for, not the backoff").toBeGreaterThanOrEqual(2_800);
});

test("a 429 with Retry-After: 120 stops at once and says when to try again", async ({ page }) => {
  const arrivals: number[] = [];
  await page.route(API_STUDY, (route) => {
    arrivals.push(Date.now());
    return route.fulfill({ status: 429, headers: { "retry-after": "120" }, contentType: "text/plain", body: "Too Many Requests" });
  });
  await page.goto("/study/NCT00405041");
  await expect(studyHeading(page)).toHaveText("The registry asks us to wait");
  await expect(page.getByRole("alert")).toContainText("Please try again in about 2 minutes.");
  await page.waitForTimeout(1_500); // no retry is coming
  // The browser's early request for the record (route-preload.js, started with the page's code) is the
  // first; Chrome does not hand a refused preload to the page, so the page asks once itself, reads
  // Retry-After and stops there.
  expect(arrivals.length).toBeGreaterThanOrEqual(1);
  expect(arrivals.length).toBeLessThanOrEqual(2);
});

test("a search that gets no answer says 'still trying' after the first timeout", async ({ page }) => {
  test.setTimeout(60_000);
  await neverAnswer(page, isStudies);
  await page.goto("/search?cond=asthma");
  await expect(page.getByRole("heading", { level: 2, name: "Searching…" })).toBeVisible();
  await expect(stillTrying(page)).toBeVisible({ timeout: 20_000 });
});

test("a shared list that gets no answer says 'still trying' after the first timeout", async ({ page }) => {
  test.setTimeout(60_000);
  await neverAnswer(page, isStudies);
  await page.goto("/list?ids=NCT03944876,NCT05989841");
  await expect(page.getByText("Loading the studies…")).toBeVisible();
  await expect(stillTrying(page)).toBeVisible({ timeout: 20_000 });
});
