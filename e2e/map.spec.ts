import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { corpusDir } from "./corpus";
import { test, expect, expectNoAxeViolations, isTileRequest } from "./fixtures";

type Site = { facility?: string; city?: string; geoPoint?: { lat?: unknown; lon?: unknown } };

/** The record's sites, read from the corpus file the replica serves. */
function sitesOf(nctId: string): Site[] {
  const record = JSON.parse(readFileSync(join(corpusDir, `${nctId}.json`), "utf8")) as {
    protocolSection?: { contactsLocationsModule?: { locations?: Site[] } };
  };
  return record.protocolSection?.contactsLocationsModule?.locations ?? [];
}
const onMap = (site: Site) =>
  typeof site.geoPoint?.lat === "number" && typeof site.geoPoint.lon === "number" && !(site.geoPoint.lat === 0 && site.geoPoint.lon === 0);

/** Markers drawn on the map: single markers plus the counts shown on clusters. */
async function markerTotal(page: Page): Promise<number> {
  return page.locator(".leaflet-container").evaluate((map) => {
    const singles = map.querySelectorAll(".leaflet-marker-icon:not(.site-cluster)").length;
    const clustered = Array.from(map.querySelectorAll(".site-cluster [aria-hidden='true']")).reduce((sum, el) => sum + Number(el.textContent), 0);
    return singles + clustered;
  });
}

/** JavaScript files the page loaded, by file name. */
function scriptsLoaded(page: Page): string[] {
  const names: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") names.push(new URL(request.url()).pathname.split("/").pop() ?? "");
  });
  return names;
}

const NCT = "NCT02513394";

test("the study map shows one marker per site with a position, clustered, on intercepted tiles", async ({ page, pageErrors, externalRequests }) => {
  const sites = sitesOf(NCT);
  const placed = sites.filter(onMap).length;
  expect(placed).toBeGreaterThan(100);
  await page.goto(`/study/${NCT}#locations`);
  const map = page.getByRole("region", { name: "Map of the study's sites" });
  await expect(map).toBeVisible();
  await expect.poll(() => markerTotal(page), { timeout: 15_000 }).toBe(placed);
  await expect(page.locator(".site-cluster").first()).toBeVisible();
  await expect(page.getByText(`The map shows ${placed} of ${sites.length} sites;`)).toBeVisible();
  // Sites the map cannot place are still listed, and say so (the list shows its sites in steps).
  await page.getByRole("button", { name: `Show all ${sites.length} sites` }).click();
  await expect(page.locator('[data-geo="none"]')).toHaveCount(sites.length - placed);
  await expect(page.locator('[data-geo="none"]').first()).toContainText("Not on the map");
  // Tiles came from the tile server (intercepted) and nothing else left the machine.
  await expect(page.locator("img.leaflet-tile-loaded").first()).toBeAttached();
  expect(externalRequests.length).toBeGreaterThan(0);
  expect(externalRequests.every((line) => isTileRequest(line.replace(/^GET /, "")))).toBe(true);
  expect(pageErrors).toEqual([]);
});

test("the list and the map stay in step: Show on map opens the site's popup, the popup leads back to the site", async ({ page }) => {
  await page.goto(`/study/${NCT}#locations`);
  const group = page.locator("details", { has: page.locator('[data-geo="point"]') }).first();
  await expect(group).toHaveAttribute("open", ""); // the list's first step shows its groups open
  const site = group.locator('[data-geo="point"]').first();
  const facility = (await site.locator("p").first().textContent())?.trim() ?? "";
  await site.getByRole("button", { name: /^Show on map/ }).click();
  const popup = page.locator(".leaflet-popup");
  await expect(popup).toContainText(facility, { timeout: 15_000 });
  await expect(site).toHaveAttribute("data-selected", "true");
  await popup.getByRole("button", { name: "Show in the site list" }).click();
  await expect(site).toBeFocused();
});

test("markers are named for screen readers, and a page with a map passes axe", async ({ page }) => {
  await page.goto(`/study/${NCT}#locations`);
  await expect.poll(() => markerTotal(page), { timeout: 15_000 }).toBeGreaterThan(0);
  const cluster = page.locator(".site-cluster").first();
  await expect(cluster).toHaveAccessibleName(/^\d+ sites here: zoom in$/);
  await expectNoAxeViolations(page);
});

test("when tiles cannot load, the markers stay and the map says the background is missing", async ({ page }) => {
  await page.route((url) => isTileRequest(url.href), (route) => route.abort("internetdisconnected"));
  await page.goto(`/study/${NCT}#locations`);
  await expect(page.getByText("The map background could not be loaded (offline or blocked).")).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => markerTotal(page)).toBe(sitesOf(NCT).filter(onMap).length);
});

test("no map code is downloaded on pages without a map; the study page fetches it", async ({ page }) => {
  const scripts = scriptsLoaded(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/search?cond=cancer&status=all");
  await expect(page.getByRole("heading", { level: 2, name: /studies$/ })).toBeVisible();
  await page.goto(`/study/${NCT}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(scripts.filter((name) => name.startsWith("site-map"))).toEqual([]);
  await page.getByRole("heading", { name: "Where the study runs" }).scrollIntoViewIfNeeded();
  await expect(page.locator(".leaflet-container")).toBeVisible();
  expect(scripts.filter((name) => name.startsWith("site-map"))).toHaveLength(1);
});

test("near me: the browser's location (asked on a click) drives a search whose cards show distances, nearest first", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: 42.3601, longitude: -71.0589 });
  await page.goto("/search?status=all");
  await expect(page.getByRole("heading", { level: 2, name: /studies$/ })).toBeVisible();
  await page.getByRole("button", { name: "Use my location" }).click();
  await expect(page).toHaveURL(/\/search\?status=all&near=42\.36,-71\.06&sort=nearest$/);
  await expect(page.getByText(/^Sorted by the distance to each study's nearest site/)).toBeVisible();
  const rows = page.locator("article dt", { hasText: /^Nearest site$/ }).locator("xpath=following-sibling::dd[1]");
  await expect(rows.first()).toBeVisible();
  const texts = await rows.allTextContents();
  const miles = texts.map((text) => {
    const match = /, (less than 1|[\d,]+) mi/.exec(text);
    return match?.[1] === "less than 1" ? 0 : Number(match?.[1]?.replaceAll(",", ""));
  });
  expect(miles.length).toBeGreaterThan(1);
  expect(miles.every((m) => Number.isFinite(m) && m <= 50)).toBe(true);
  expect(miles).toEqual([...miles].sort((a, b) => a - b));
});

test("the results map shows the loaded studies' sites, each marker leading to its study; axe passes", async ({ page }) => {
  await page.goto("/search?cond=cancer&status=all");
  await expect(page.getByRole("heading", { level: 2, name: /studies$/ })).toBeVisible();
  await page.getByRole("button", { name: "Map of sites" }).click();
  await expect(page.getByRole("region", { name: "Map of the sites of the loaded studies" })).toBeVisible();
  await expect.poll(() => markerTotal(page), { timeout: 15_000 }).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
  // A single marker inside the map's box: Leaflet also keeps markers just outside the view in the page, clipped.
  const markSingleInView = () =>
    page.locator(".leaflet-container").evaluate((map) => {
      const box = map.getBoundingClientRect();
      const inView = Array.from(map.querySelectorAll(".leaflet-marker-icon:not(.site-cluster)")).find((marker) => {
        const r = marker.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom && r.left >= box.left && r.right <= box.right;
      });
      inView?.setAttribute("data-in-view", "");
      return inView !== undefined;
    });
  if (!(await markSingleInView())) {
    await page.locator(".site-cluster").first().click();
    await expect.poll(markSingleInView).toBe(true);
  }
  await page.locator(".leaflet-marker-icon[data-in-view]").first().click();
  const link = page.locator(".leaflet-popup a").first();
  await expect(link).toHaveAttribute("href", /^\/study\/NCT\d{8}$/);
});
