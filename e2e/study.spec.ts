import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { briefTitle } from "./corpus";

const API_STUDY = "**/api/v2/studies/*";

function apiRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/api/v2/")) seen.push(request.url());
  });
  return seen;
}

test("opens a study by URL, with no errors and nothing sent off the machine", async ({ page, pageErrors, externalRequests }) => {
  await page.goto("/study/NCT02513394");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle("NCT02513394"));
  await expect(page.getByText("NCT02513394", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: /Official record on ClinicalTrials.gov/ })).toHaveAttribute(
    "href",
    "https://clinicaltrials.gov/study/NCT02513394",
  );
  await expect(page).toHaveTitle(new RegExp(briefTitle("NCT02513394").slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  expect(pageErrors).toEqual([]);
  expect(externalRequests).toEqual([]);
});

test("a lower-case id redirects to the canonical URL", async ({ page }) => {
  await page.goto("/study/nct02513394");
  await expect(page).toHaveURL(/\/study\/NCT02513394$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle("NCT02513394"));
});

test("a malformed id gets a clear message and no request", async ({ page }) => {
  const requests = apiRequests(page);
  await page.goto("/study/NCT1234");
  await expect(page.getByRole("heading", { level: 1, name: "That is not a study number" })).toBeVisible();
  expect(requests).toEqual([]);
});

test("an unknown id says the study was not found", async ({ page }) => {
  await page.goto("/study/NCT99999999");
  await expect(page.getByRole("heading", { level: 1, name: "Study not found" })).toBeVisible();
});

test("a 429 followed by success shows the study", async ({ page }) => {
  let calls = 0;
  await page.route(API_STUDY, async (route) => {
    calls += 1;
    if (calls === 1) return route.fulfill({ status: 429, contentType: "text/plain", body: "Too Many Requests" });
    return route.continue();
  });
  await page.goto("/study/NCT00405041");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle("NCT00405041"));
  expect(calls).toBe(2);
});

test("a registry that stays busy is explained, with a retry", async ({ page }) => {
  await page.route(API_STUDY, (route) => route.fulfill({ status: 429, contentType: "text/plain", body: "Too Many Requests" }));
  await page.goto("/study/NCT00405041");
  await expect(page.getByRole("heading", { level: 1, name: "The registry is busy" })).toBeVisible();
  await page.unroute(API_STUDY);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle("NCT00405041"));
});

test("the registry down: 5xx, HTML instead of JSON, or no answer", async ({ page }) => {
  await page.route(API_STUDY, (route) => route.fulfill({ status: 503, contentType: "text/html", body: "<html>Service Unavailable</html>" }));
  await page.goto("/study/NCT00405041");
  await expect(page.getByRole("heading", { level: 1, name: "The registry is unavailable" })).toBeVisible();

  await page.unroute(API_STUDY);
  await page.route(API_STUDY, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><p>Maintenance</p>" }));
  await page.goto("/study/NCT00258583");
  await expect(page.getByRole("heading", { level: 1, name: "The registry is unavailable" })).toBeVisible();

  await page.unroute(API_STUDY);
  await page.route(API_STUDY, (route) => route.abort("connectionrefused"));
  await page.goto("/study/NCT01213277");
  await expect(page.getByRole("heading", { level: 1, name: "The registry is unavailable" })).toBeVisible();
});

test("the browser offline is told apart from the registry being down", async ({ page, context }) => {
  await page.goto("/study/NCT00405041");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle("NCT00405041"));
  await page.getByRole("link", { name: "Trial Finder" }).click();
  // The home page (a lazy chunk) is in before the connection drops: this is about the registry request.
  await expect(page.getByLabel("Study number")).toBeVisible();
  await context.setOffline(true);
  await page.getByLabel("Study number").fill("NCT02513394");
  await page.getByRole("button", { name: "Go to study" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You are offline" })).toBeVisible();
  await context.setOffline(false);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle("NCT02513394"));
});

test("study pages have no axe violations", async ({ page }) => {
  for (const id of ["NCT02513394", "NCT01213277"]) {
    await page.goto(`/study/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle(id));
    await expectNoAxeViolations(page);
  }
  await page.goto("/study/NCT99999999");
  await expect(page.getByRole("heading", { level: 1, name: "Study not found" })).toBeVisible();
  await expectNoAxeViolations(page);
});
