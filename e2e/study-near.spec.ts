import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { corpusDir } from "./corpus";

// A study opened from a search near a place keeps that place: its nearest sites lead and whom to call
// is near the top. The nearest site is worked out here from the record's own coordinates.
type Point = { lat: number; lon: number };
type Site = { facility?: string; geoPoint?: Point };

function sitesOf(nctId: string): Site[] {
  const record = JSON.parse(readFileSync(join(corpusDir, `${nctId}.json`), "utf8")) as {
    protocolSection?: { contactsLocationsModule?: { locations?: Site[] } };
  };
  return record.protocolSection?.contactsLocationsModule?.locations ?? [];
}

function miles(a: Point, b: Point): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return (2 * 6371.0088 * Math.asin(Math.sqrt(h))) / 1.609344;
}

/** The record index of the first site in the full list, and how far the nearest of all sites is. */
async function firstListedAndNearest(page: import("@playwright/test").Page, nctId: string, from: Point) {
  const first = Number(await page.locator("#locations [data-site]").first().getAttribute("data-site"));
  const sites = sitesOf(nctId);
  const away = (site: Site | undefined) => (site?.geoPoint ? miles(from, site.geoPoint) : Number.POSITIVE_INFINITY);
  return { first: away(sites[first]), nearest: Math.min(...sites.map(away)) };
}

test.use({ viewport: { width: 390, height: 844 } });
// A 437-site record and an axe scan on a phone-sized page take a while on a busy machine.
test.describe.configure({ timeout: 90_000 });

test("from a search near 02115, the study page lists the nearest site first and whom to call near the top", async ({ page }) => {
  await page.goto("/search?cond=schizophrenia&near=02115");
  const firstCard = page.locator('ol[aria-label="Search results"] > li').first();
  await expect(firstCard.getByText("Nearest site")).toBeVisible();
  await firstCard.getByRole("heading").getByRole("link").click();

  await expect(page).toHaveURL(/\/study\/NCT\d{8}\?near=-?\d+(\.\d+)?,-?\d+(\.\d+)?$/);
  const url = new URL(page.url());
  const nctId = url.pathname.split("/").pop() ?? "";
  const [lat, lon] = (url.searchParams.get("near") ?? "").split(",").map(Number);
  // The search's ZIP, passed on as its point (2 decimals), within a few miles of Boston.
  expect(miles({ lat: lat ?? 0, lon: lon ?? 0 }, { lat: 42.34, lon: -71.1 })).toBeLessThan(5);

  const contact = page.getByRole("region", { name: "Contact the study team" });
  await expect(contact).toBeVisible();
  const box = await contact.boundingBox();
  expect(box?.y ?? Infinity, "the contact block starts within the first two phone screens").toBeLessThan(2 * 844);
  await expect(contact.getByRole("link", { name: "All contacts" })).toHaveAttribute("href", "#contacts");

  await page.mouse.move(1, 1); // a first interaction loads the later sections, as a reader's would
  await expect(page.getByRole("region", { name: /^Closest to/ })).toBeVisible();
  const { first, nearest } = await firstListedAndNearest(page, nctId, { lat: lat ?? 0, lon: lon ?? 0 });
  expect(first).toBeCloseTo(nearest, 6);
  await expectNoAxeViolations(page);
});

test("setting a place on a study page without near sorts its sites nearest first", async ({ page }) => {
  await page.goto("/study/NCT02513394");
  await expect(page.locator("[data-study-ready]")).toBeAttached({ timeout: 30_000 });
  await page.mouse.move(1, 1); // a first interaction loads the later sections, as a reader's would
  await expect(page.getByRole("region", { name: /^Closest to/ })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Contact the study team" })).toHaveCount(0);
  const form = page.getByRole("form", { name: "Sort sites by distance" });
  await form.getByRole("textbox", { name: /Sort sites by distance from/ }).fill("02115");
  await form.getByRole("button", { name: "Sort" }).click();

  await expect(page).toHaveURL(/\/study\/NCT02513394\?near=02115$/);
  await expect(page.getByRole("region", { name: "Closest to 02115" })).toBeVisible();
  // 02115's centroid, from the app's own ZIP table: check against Boston, where the record's nearest sites are.
  const { first, nearest } = await firstListedAndNearest(page, "NCT02513394", { lat: 42.34, lon: -71.1 });
  expect(first).toBeLessThan(nearest + 2);
  await expect(page.locator("#locations [data-site]").first()).toContainText("Massachusetts");
});

test("a bad near on a study page is a short note, never an error page", async ({ page }) => {
  await page.goto("/study/NCT02513394?near=999,5");
  await expect(page.locator("[data-study-ready]")).toBeAttached({ timeout: 30_000 });
  await page.mouse.move(1, 1); // a first interaction loads the later sections, as a reader's would
  await expect(page.getByText(/near=999,5 was ignored/)).toBeVisible();
  await expect(page.locator("#locations")).toContainText(`Showing 20 of ${sitesOf("NCT02513394").length} sites`); // in steps
  await expect(page.locator("#locations [data-site]")).toHaveCount(20);
});
