// Issue 13: the study page's first render is light. A size budget on the DOM (not a timing), the sites
// list in steps that the keyboard can walk to the end, the later sections rendering when wanted, and
// print holding everything.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect } from "./fixtures";
import { briefTitle, corpusDir } from "./corpus";

const ID = "NCT02513394";
const DOM_BUDGET = 1_500; // elements, as Lighthouse counts them: document.querySelectorAll("*")
const sites = (): unknown[] =>
  (JSON.parse(readFileSync(join(corpusDir, `${ID}.json`), "utf8")) as { protocolSection: { contactsLocationsModule: { locations: unknown[] } } })
    .protocolSection.contactsLocationsModule.locations;

async function openStudy(page: import("@playwright/test").Page, hash = "") {
  await page.goto(`/study/${ID}${hash}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle(ID));
  await page.waitForSelector("[data-study-ready]", { state: "attached" });
}

test("first render: within the DOM budget, with every section's heading in place", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => void (request.resourceType() === "script" && scripts.push(new URL(request.url()).pathname)));
  await openStudy(page);
  await page.waitForLoadState("networkidle");
  const { total, perSection, headings, toc } = await page.evaluate(() => ({
    total: document.querySelectorAll("*").length,
    perSection: Object.fromEntries(Array.from(document.querySelectorAll("section[id]")).map((s) => [s.id, s.querySelectorAll("*").length])),
    headings: Array.from(document.querySelectorAll("section.study-section > h2")).map((h) => h.parentElement?.id),
    toc: Array.from(document.querySelectorAll('nav[aria-label="On this page"] a')).map((a) => a.getAttribute("href")?.slice(1)),
  }));
  console.info(`DOM elements on first render of /study/${ID}: ${total}`, perSection, scripts);
  expect(total).toBeLessThanOrEqual(DOM_BUDGET);
  // Every entry of the table of contents has its section and heading from the start.
  expect(toc.length).toBeGreaterThan(8);
  expect(headings).toEqual(toc);
  // The sites: the first step, and the count says how many of all.
  const locations = page.locator("section#locations");
  await locations.scrollIntoViewIfNeeded();
  await expect(locations).toContainText(`Showing 20 of ${sites().length} sites`);
  await expect(locations.locator("[data-site]")).toHaveCount(20);
});

test("the sites: Show all by keyboard moves focus into the list, and the last site is reachable", async ({ page }) => {
  const total = sites().length;
  await openStudy(page, "#locations");
  const locations = page.locator("section#locations");
  const showAll = locations.getByRole("button", { name: `Show all ${total} sites` });
  await showAll.focus();
  await page.keyboard.press("Enter");
  await expect(locations.locator("[data-site]")).toHaveCount(total);
  await expect(locations).toContainText(`Showing all ${total} sites`);
  // Focus went to the first site just added (the 21st).
  const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-site"));
  expect(await locations.locator("[data-site]").nth(20).getAttribute("data-site")).toBe(focused);
  // From the one before the last, Tab reaches the last site's own controls.
  const last = locations.locator("[data-site]").last();
  await locations.locator("[data-site]").nth(total - 2).focus();
  let inLast = false;
  for (let presses = 0; presses < 8 && !inLast; presses++) {
    await page.keyboard.press("Tab");
    inLast = await last.evaluate((el) => el.contains(document.activeElement));
  }
  expect(inLast).toBe(true);
  await expect(last).toBeInViewport();
});

test("the filters work over all sites, not only the first step", async ({ page }) => {
  const total = sites().length;
  const all = sites() as { city?: string }[];
  await openStudy(page, "#locations");
  const locations = page.locator("section#locations");
  const madrid = all.filter((site) => site.city === "Madrid").length;
  await locations.getByLabel("Search sites").fill("Madrid");
  await expect(locations).toContainText(`Showing ${madrid} of ${total} sites`);
  await expect(locations.locator("[data-site]")).toHaveCount(madrid);
});

test("a table-of-contents link renders the section it leads to", async ({ page }) => {
  await openStudy(page);
  await page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "Publications and links" }).click();
  const section = page.locator("section#references");
  await expect(section.locator("[data-deferred]")).toHaveCount(0);
  await expect(section.getByRole("heading", { level: 2 })).toBeInViewport();
  await expect(section.locator("li").first()).toBeVisible();
});

test("print: every section rendered and all sites listed", async ({ page }) => {
  await openStudy(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("[data-deferred]")).toHaveCount(0);
  await expect(page.locator("section#locations [data-site]")).toHaveCount(sites().length);
  await expect(page.locator("section#locations [data-site]").last()).toBeVisible();
  await expect(page.getByRole("button", { name: /^Show all/ })).toBeHidden();
});
