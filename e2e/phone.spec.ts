// The app on a phone (issue 11, item 3): no route scrolls sideways at 320 px or with 200% text (WCAG
// 1.4.10, 1.4.4), the search form reads condition → where → Search with the button on the first screen,
// a ZIP code typed as a place name is offered as a distance search, touch screens get 44 px targets,
// and in kiosk mode the whole result card opens the study.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { briefTitle } from "./corpus";
import { openDisclosures, smallTargets } from "./targets";

const searchForm = (page: Page) => page.getByRole("search", { name: "Search for clinical trials" });
const firstCard = (page: Page) => page.locator('ol[aria-label="Search results"] article').first();
const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

test.afterEach(({ pageErrors, externalRequests }) => {
  expect(externalRequests, "requests that left the machine").toEqual([]);
  expect(pageErrors, "page errors").toEqual([]);
});

/** The browser's own text-size setting (as a person sets it), not a CSS zoom: every rem follows it. */
async function setTextSize(page: Page, percent: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.enable");
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: (16 * percent) / 100, fixed: (13 * percent) / 100 } });
}

/** What sticks out past the right edge: the page's scroll width and the outermost culprits, outside tables and maps. */
async function sideways(page: Page): Promise<{ scrollWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits = Array.from(document.querySelectorAll("body *"))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !el.closest("table, .leaflet-container"))
      .filter((el) => !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 0.5))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`);
    return { scrollWidth: document.documentElement.scrollWidth, culprits };
  });
}

async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  const { scrollWidth, culprits } = await sideways(page);
  expect(scrollWidth, `${what}: wider than the ${width} px screen because of ${culprits.join(", ")}`).toBeLessThanOrEqual(width);
}

/** Every page with every disclosure open (filters, more fields, the chosen statuses, every result part). */
async function walkEveryRoute(page: Page): Promise<void> {
  await page.goto("/kiosk?kiosk=0"); // an origin to write storage on
  await page.evaluate(() => {
    const items = [{ nctId: "NCT03840928", savedAt: "2026-01-01T00:00:00.000Z", seen: { sites: 1 } }];
    localStorage.setItem("trial-finder:saved", JSON.stringify({ version: 1, items }));
  });

  await page.goto("/");
  await expect(h1(page)).toHaveText("Find a clinical trial");
  await openDisclosures(page);
  await expectNoSidewaysScroll(page, "/");

  for (const path of ["/search?cond=asthma", "/search?cond=asthma&near=02115&radius=250mi"]) {
    await page.goto(path);
    await expect(firstCard(page)).toBeVisible();
    await openDisclosures(page);
    await searchForm(page).getByRole("radio", { name: "Choose statuses" }).check();
    await openDisclosures(page); // the filters' own disclosures (Dates) come with their code
    await expect(searchForm(page).getByRole("group", { name: "Last update posted" })).toBeVisible();
    await expectNoSidewaysScroll(page, path);
  }

  for (const nctId of ["NCT02513394", "NCT03840928"]) {
    await page.goto(`/study/${nctId}?near=02115`);
    await expect(h1(page)).toContainText(briefTitle(nctId), { timeout: 15_000 });
    await openDisclosures(page);
    // Results come on demand, in a section whose body comes with the lower sections.
    const results = page.locator("section#results");
    if (await results.count()) {
      await results.scrollIntoViewIfNeeded();
      await results.getByRole("button", { name: "Posted results" }).click();
      await results.getByRole("button", { name: "Show all results" }).click();
    }
    await expectNoSidewaysScroll(page, `/study/${nctId}`);
  }

  await page.goto("/saved");
  await expect(page.getByRole("heading", { level: 2, name: "Your studies (1)" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(briefTitle("NCT03840928"));
  await expectNoSidewaysScroll(page, "/saved");

  await page.goto("/list?ids=NCT02513394,NCT03840928");
  await expect(page.getByRole("main")).toContainText(briefTitle("NCT02513394"));
  await expectNoSidewaysScroll(page, "/list");

  await page.goto("/study/NCT1234");
  await expect(h1(page)).toBeVisible();
  await expectNoSidewaysScroll(page, "a malformed study number");

  await page.goto("/kiosk");
  await expect(h1(page)).toContainText("Welcome");
  await openDisclosures(page);
  await expectNoSidewaysScroll(page, "/kiosk");
}

test.describe("at 320 × 640", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test("no route scrolls sideways", async ({ page }) => {
    test.slow(); // ten pages, two of them large records with every part open
    await walkEveryRoute(page);
  });
});

test.describe("at 390 × 844 with 200% text", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("no route scrolls sideways", async ({ page }) => {
    test.slow();
    await setTextSize(page, 200);
    await walkEveryRoute(page);
  });
});

test.describe("on a touch phone (390 × 844)", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the form reads condition, where, Search, and Search is on the first screen", async ({ page }) => {
    for (const path of ["/", "/search?cond=asthma"]) {
      await page.goto(path);
      const form = searchForm(page);
      const search = form.getByRole("button", { name: "Search", exact: true });
      await expect(search).toBeVisible();
      // Tab order: the condition, then the place, then (after the distance controls) Search, then the rest.
      const order = await form.evaluate((el) =>
        Array.from(el.querySelectorAll<HTMLElement>("input[name=cond], input[name=near], button[type=submit], summary")).map(
          (control) => control.getAttribute("name") ?? (control.tagName === "SUMMARY" ? "summary" : "submit"),
        ),
      );
      expect(order, path).toEqual(["cond", "near", "submit", "summary", "summary"]);
      const box = await search.boundingBox();
      expect((box?.y ?? Infinity) + (box?.height ?? 0), `${path}: Search ends on the first screen`).toBeLessThanOrEqual(844);
    }
  });

  test("primary controls and result cards are at least 44 px tall on touch screens", async ({ page }) => {
    await page.goto("/search?cond=asthma");
    await expect(firstCard(page)).toBeVisible();
    await openDisclosures(page);
    expect(await page.evaluate(() => matchMedia("(pointer: coarse)").matches)).toBe(true);
    expect(await smallTargets(page)).toEqual([]);
  });
});

test("a ZIP code typed as a hospital, city or country is offered as a distance search", async ({ page }) => {
  await page.goto("/search?cond=cancer&status=all");
  await expect(firstCard(page)).toBeVisible();
  const form = searchForm(page);
  await form.locator("summary", { hasText: "More search fields" }).click();
  await form.getByLabel("Hospital, city or country").fill("02115");
  const offer = form.getByRole("button", { name: "Search within 50 miles of 02115 instead" });
  await offer.click();
  await expect(page).toHaveURL((url) => url.searchParams.get("near") === "02115" && !url.searchParams.has("locn"));
  await expect(form.getByLabel("Near (US ZIP code or town)")).toHaveValue("02115");
  await expect(form.getByLabel("Hospital, city or country")).toHaveValue("");
  await expect(firstCard(page)).toContainText("Nearest site");
  // A town and state is offered the same way; a country is a text match and gets no offer.
  await form.getByLabel("Hospital, city or country").fill("France");
  await expect(form.getByRole("button", { name: /instead$/ })).toHaveCount(0);
});

test.describe("kiosk", () => {
  test.use({ viewport: { width: 1080, height: 1920 } });
  test("the whole result card opens the study, and its Save button still saves", async ({ page }) => {
    await page.goto("/kiosk");
    await searchForm(page).getByLabel("Condition or disease").fill("asthma");
    await searchForm(page).getByRole("button", { name: "Search", exact: true }).click();
    const card = firstCard(page);
    await expect(card).toBeVisible();
    const href = (await card.locator(":is(h2, h3) a").getAttribute("href")) ?? "";
    const nctId = /NCT\d{8}/.exec(href)?.[0] ?? "";
    expect(nctId).not.toBe("");

    await card.getByRole("button", { name: /^Save\b/ }).click();
    await expect(page).toHaveURL(/\/search/);
    await expect(card.getByRole("button", { name: /^(Saved|Remove)\b/ })).toBeVisible();

    // A tap on the card's lower part, far from its title link.
    const box = await card.boundingBox();
    if (!box) throw new Error("no card box");
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 12);
    await expect(page).toHaveURL(new RegExp(`/study/${nctId}`));
    await expect(h1(page)).toContainText(briefTitle(nctId));
  });
});
