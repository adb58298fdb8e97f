import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { briefTitle } from "./corpus";
import { openDisclosures, smallTargets } from "./targets";

// Kiosk mode (issue 6): /kiosk or ?kiosk=1, no way out of the app, the idle warning and reset, no Back
// into the last visitor's pages, and 44 px touch targets. The build uses the default settings (120 s idle,
// a 30 s warning).

/** Recruiting, one site (so a map), two central contacts with tel:/mailto:, and a PubMed reference. */
const CONTACT_STUDY = "NCT02910323";
/** Its detailed description cites a bare URL, which the markdown renderer turns into a plain <a>. */
const MARKDOWN_LINK_STUDY = "NCT04171557";
const IDLE_MS = 120_000;

const kioskOn = (page: Page) => expect(page.locator("html")).toHaveAttribute("data-kiosk", "");

test("/kiosk starts kiosk mode; ?kiosk=1 turns it on anywhere and it stays while navigating", async ({ page }) => {
  await page.goto("/kiosk");
  await kioskOn(page);
  await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();
  await expect(page.getByText("This screen forgets everything after 2 minutes without use.")).toBeVisible();
  await expect(page.getByRole("search", { name: "Search for clinical trials" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("button", { name: "Start over" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Take it with you" })).toHaveCount(2); // header and page

  const fresh = await page.context().newPage(); // its own sessionStorage: not a kiosk yet
  await fresh.goto("/search?cond=cluster+headache&kiosk=1");
  await expect(fresh).toHaveURL((url) => url.pathname + url.search === "/search?cond=cluster+headache");
  await kioskOn(fresh);
  await fresh.getByRole("main").getByRole("link").filter({ hasText: /cluster headache/i }).first().click();
  await expect(fresh).toHaveURL(/\/study\/NCT\d{8}$/);
  await expect(fresh.getByRole("heading", { level: 1 })).toBeVisible();
  await kioskOn(fresh);
  await expect(fresh.getByRole("button", { name: "Start over" })).toBeVisible();

  await fresh.goto("/?kiosk=0");
  await expect(fresh.locator("html")).not.toHaveAttribute("data-kiosk");
  await expect(fresh.getByRole("button", { name: "Start over" })).toHaveCount(0);
});

test("idle: the warning counts down from 30 s, input continues, and at zero everything is forgotten", async ({ page, pageErrors }) => {
  await page.clock.install();
  await page.goto("/kiosk");
  await page.getByRole("textbox", { name: /condition/i }).fill("cluster headache");
  await page.getByRole("radio", { name: "kilometres" }).check(); // stored in localStorage
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/search\?cond=cluster\+headache/);
  await page.getByRole("main").getByRole("link").filter({ hasText: /cluster headache/i }).first().click();
  const title = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
  expect(title.length).toBeGreaterThan(10);
  await page.getByRole("button", { name: /^Save\b/ }).first().click(); // the shortlist, in localStorage
  const studyUrl = page.url();

  // The warning: a modal alertdialog, focus on its button, at least 20 s to answer (WCAG 2.2.1).
  await page.clock.fastForward(IDLE_MS);
  const warning = page.getByRole("alertdialog", { name: "Are you still there?" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/start over and forget what you looked at in 30 seconds/);
  await expect(warning.getByRole("button", { name: "I’m still here" })).toBeFocused();
  await page.keyboard.press("Tab"); // trapped: the only control keeps focus… and Tab is input, so it continues
  await expect(warning).toBeHidden();
  await page.clock.fastForward(IDLE_MS);
  await expect(warning).toBeVisible();
  await expect(warning.getByRole("timer")).toHaveText("30 seconds");
  await page.clock.runFor(9_000);
  await expect(warning.getByRole("timer")).toHaveText("21 seconds");
  await expectNoAxeViolations(page);
  await warning.getByRole("button", { name: "I’m still here" }).click();
  await expect(warning).toBeHidden();
  await expect(page).toHaveURL(studyUrl);

  // A full idle time again, then a key press also continues.
  await page.clock.fastForward(IDLE_MS - 5_000);
  await expect(warning).toBeHidden();
  await page.clock.fastForward(5_000);
  await expect(warning).toBeVisible();
  await page.keyboard.press("Shift");
  await expect(warning).toBeHidden();

  // Nobody answers: back to the start, storage and cache emptied.
  await page.clock.fastForward(IDLE_MS);
  await expect(warning).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(page).toHaveURL((url) => url.pathname === "/kiosk" && url.search === "");
  await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeFocused();
  await expect(warning).toBeHidden();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const storage = await page.evaluate(() => ({ local: { ...localStorage }, session: Object.keys(sessionStorage).sort() }));
  expect(storage.local).toEqual({});
  expect(storage.session).toEqual(["trial-finder:kiosk", "trial-finder:kiosk-history"]);
  await expect(page.getByRole("textbox", { name: /condition/i })).toHaveValue("");
  await page.getByRole("banner").getByRole("button", { name: "Take it with you" }).click();
  await expect(page.getByRole("dialog", { name: "Take your list with you" })).toContainText("You have not saved any studies yet");
  await page.keyboard.press("Escape");

  // Back and Back again: never a glimpse of the last visitor's study or search.
  await page.evaluate((text) => {
    const seen: string[] = [];
    (window as unknown as { leaked: string[] }).leaked = seen;
    new MutationObserver(() => {
      const main = document.querySelector("main")?.textContent ?? "";
      if (main.includes(text) || /cluster headache/i.test(main) || /cluster headache/i.test(document.title)) seen.push(main.slice(0, 80));
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, title);
  for (let i = 0; i < 2; i++) {
    // Into the last visitor's search, then their start page (before them is about:blank, outside the app).
    await page.goBack();
    await expect(page).toHaveURL((url) => url.pathname === "/kiosk");
    await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();
  }
  await expect(page.getByText(title)).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { leaked: string[] }).leaked)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test("Start over asks first, then forgets at once", async ({ page }) => {
  await page.goto("/kiosk");
  // A pasted registry link opens the study: an in-app navigation, so there is an entry to go Back to.
  await page.getByRole("textbox", { name: /condition/i }).fill(`clinicaltrials.gov/study/${CONTACT_STUDY}`);
  await expect(page).toHaveURL(new RegExp(`/study/${CONTACT_STUDY}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle(CONTACT_STUDY));
  await page.getByRole("button", { name: /^Save\b/ }).first().click();
  await page.getByRole("banner").getByRole("button", { name: "Take it with you" }).click();
  const take = page.getByRole("dialog", { name: "Take your list with you" });
  await expect(take.getByRole("img", { name: "QR code of your saved studies" })).toBeVisible();
  await expect(take).toContainText(`/list?ids=${CONTACT_STUDY}`);
  await take.getByRole("button", { name: "Close" }).click();

  await page.getByRole("button", { name: "Start over" }).click();
  const ask = page.getByRole("dialog", { name: "Start over?" });
  await expect(ask.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab"); // focus stays in the dialog: from the last button back to the first
  await expect(ask.getByRole("button", { name: "Yes, start over" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(ask.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(ask).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/study/${CONTACT_STUDY}$`));
  await page.getByRole("button", { name: "Start over" }).click();
  await ask.getByRole("button", { name: "Yes, start over" }).click();
  await expect(page).toHaveURL(/\/kiosk$/);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.goBack(); // the last visitor's start page: replaced by a new one
  await expect(page).toHaveURL(/\/kiosk$/);
  await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();
  await page.goForward(); // nothing after it: the study's entry was replaced by the reset
  await expect(page).toHaveURL(/\/kiosk$/);
  await expect(page.getByText(briefTitle(CONTACT_STUDY))).toHaveCount(0);
});

test("in-page #links the browser follows itself stay usable, with Back and Forward", async ({ page }) => {
  await page.goto("/study/NCT02513394?kiosk=1");
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toContainText(briefTitle("NCT02513394"), { timeout: 15_000 }); // 437 sites: a large record
  await page.mouse.move(1, 1); // a first interaction loads the later sections, as a reader's would
  await page.locator("#contacts").getByRole("link", { name: "Where the study runs" }).click(); // a plain <a href="#locations">
  await expect(page).toHaveURL(/\/study\/NCT02513394#locations$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/study\/NCT02513394$/);
  await page.goForward();
  await expect(page).toHaveURL(/\/study\/NCT02513394#locations$/);
  await expect(title).toContainText(briefTitle("NCT02513394"));
});

test("links out of the app show a QR code instead: registry, PubMed, tel:, mailto:, markdown, map credits", async ({ page, context, pageErrors, externalRequests }) => {
  const opened: string[] = [];
  context.on("page", (p) => opened.push(p.url()));
  await page.goto(`/study/${CONTACT_STUDY}?kiosk=1`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle(CONTACT_STUDY));
  await page.mouse.move(1, 1); // a first interaction loads the later sections, as a reader's would
  const url = page.url();
  const dialog = page.getByRole("dialog", { name: "Scan to open this on your phone" });

  const expectQr = async (text: string | RegExp, href: string) => {
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(text);
    await expect(dialog.getByRole("img", { name: /^QR code for/ })).toBeVisible();
    await expect(dialog).toContainText(href);
    expect(page.url()).toBe(url);
  };

  await page.getByRole("button", { name: /Official record on ClinicalTrials.gov/ }).click();
  await expectQr("Official record on ClinicalTrials.gov", `https://clinicaltrials.gov/study/${CONTACT_STUDY}`);
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: /Official record on ClinicalTrials.gov/ })).toBeFocused();

  await page.getByRole("button", { name: /PubMed 23771276/ }).click();
  await expectQr("PubMed 23771276", "https://pubmed.ncbi.nlm.nih.gov/23771276");
  await dialog.getByRole("button", { name: "Close" }).click();

  // Plain <a> links, caught by the document-wide guard: a tap, and Enter on the keyboard.
  const tel = page.locator('#contacts a[href^="tel:"]').first();
  await tel.click();
  await expectQr(/713-486-7771/, "tel:");
  await dialog.getByRole("button", { name: "Close" }).click();
  await tel.focus();
  await page.keyboard.press("Enter");
  await expectQr(/713-486-7771/, "tel:");
  await page.keyboard.press("Escape");
  await page.locator('#contacts a[href^="mailto:"]').first().click();
  await expectQr("nctt.wec@uth.tmc.edu", "mailto:nctt.wec@uth.tmc.edu");
  await page.keyboard.press("Escape");
  await page.locator(".leaflet-control-attribution a[href^='http']").first().click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");

  // window.open from anywhere is caught as well.
  await page.evaluate(() => window.open("https://example.org/", "_blank"));
  await expectQr("https://example.org/", "https://example.org/");
  await page.keyboard.press("Escape");

  await page.goto(`/study/${MARKDOWN_LINK_STUDY}`); // still a kiosk: the flag is kept
  await kioskOn(page);
  await page.getByText("Read the detailed description").click();
  const markdownLink = page.locator('.markdown a[href^="http://aktivsundhed.dk"]').first();
  await markdownLink.click();
  await expect(dialog).toContainText("aktivsundhed.dk");
  expect(page.url()).toMatch(new RegExp(`/study/${MARKDOWN_LINK_STUDY}$`));
  await page.keyboard.press("Escape");

  await page.waitForTimeout(300); // a popup would have been reported by now
  expect(opened).toEqual([]);
  expect(externalRequests.filter((r) => !/tile/.test(r))).toEqual([]); // nothing was fetched from those sites either
  expect(pageErrors).toEqual([]);
});

test("kiosk pages have no axe violations", async ({ page }) => {
  await page.goto("/kiosk");
  await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/study/${CONTACT_STUDY}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle(CONTACT_STUDY));
  await kioskOn(page);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: /Official record on ClinicalTrials.gov/ }).click();
  await expect(page.getByRole("dialog", { name: "Scan to open this on your phone" }).getByRole("img")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("touch targets in kiosk mode are at least 44 px", async ({ page }) => {
  test.slow(); // three pages, one with hundreds of sites and a map, measured element by element
  await page.goto("/kiosk");
  await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();
  await openDisclosures(page);
  expect(await smallTargets(page)).toEqual([]);

  await page.goto(`/study/${CONTACT_STUDY}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle(CONTACT_STUDY));
  await page.locator("#locations").scrollIntoViewIfNeeded(); // the map loads on approach
  await page.locator(".leaflet-container").waitFor();
  expect(await smallTargets(page)).toEqual([]);

  await page.goto("/study/NCT02513394");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle("NCT02513394"), { timeout: 15_000 });
  await page.mouse.move(1, 1); // a first interaction loads the later sections, as a reader's would
  await expect(page.locator("[data-deferred]")).toHaveCount(0);
  await openDisclosures(page);
  await page.getByText(/^The map shows/).scrollIntoViewIfNeeded(); // the map loads on approach
  await page.locator(".leaflet-container").waitFor();
  expect(await smallTargets(page)).toEqual([]);
});

// Kiosk privacy (issue 10): nothing of a visitor may wait on the kiosk for the next one.
const SHARED_LIST = ["NCT02513394", "NCT00405041"];
const COPY_OR_SHARE = /copy|share…/i;

/** A saved study in this tab's storage, and the Web Share API, so that Share… would be offered if allowed. */
async function prepareVisitor(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "share", { value: () => Promise.resolve(), configurable: true });
  });
  await page.goto("/kiosk?kiosk=0"); // an origin to write storage on, outside kiosk mode
  await page.evaluate((nctId) => {
    const items = [{ nctId, savedAt: "2026-01-01T00:00:00.000Z", seen: { sites: 1 } }];
    localStorage.setItem("trial-finder:saved", JSON.stringify({ version: 1, items }));
  }, CONTACT_STUDY);
}

/** The copy and share controls on the page now: button names, and fields of the note form. */
async function copyAndShareControls(page: Page): Promise<string[]> {
  const buttons = await page.getByRole("main").getByRole("button", { name: COPY_OR_SHARE }).allTextContents();
  const noteFields = await page.getByRole("textbox", { name: /note/i }).count();
  return [...buttons.map((name) => name.trim()), ...(noteFields > 0 ? ["note form"] : [])];
}

/** Opens each page where a visitor's list or study can be shared, and returns what copy/share controls each has. */
async function shareControlsOnEachPage(page: Page, kiosk: boolean) {
  const found: Record<string, string[]> = {};
  const suffix = kiosk ? "?kiosk=1" : "";
  await page.goto(`/saved${suffix}`);
  await expect(page.getByRole("heading", { level: 2, name: "Your studies (1)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Share this list" })).toBeVisible();
  found.saved = await copyAndShareControls(page);
  await page.goto(`/list?ids=${SHARED_LIST.join(",")}`);
  await expect(page.getByRole("img", { name: "QR code of this list's address" })).toBeVisible(); // stays in kiosk mode
  found.list = await copyAndShareControls(page);
  await page.goto(`/study/${CONTACT_STUDY}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle(CONTACT_STUDY));
  await expect(page.getByRole("button", { name: "Print", exact: true })).toBeVisible();
  found.study = await copyAndShareControls(page);
  return found;
}

test("kiosk mode offers no Copy link, Share… or note form; Take it with you and the list's QR code stay", async ({ page }) => {
  await prepareVisitor(page);
  // Outside kiosk mode they are there, so the absence below is kiosk mode's doing.
  expect(await shareControlsOnEachPage(page, false)).toEqual({
    saved: ["Copy link to this list", "Copy link with the note", "note form"],
    list: ["Copy link", "Share…"],
    study: ["Copy link", "Share…"],
  });
  expect(await shareControlsOnEachPage(page, true)).toEqual({ saved: [], list: [], study: [] });
  await kioskOn(page);
  await page.getByRole("banner").getByRole("button", { name: "Take it with you" }).click();
  const take = page.getByRole("dialog", { name: "Take your list with you" });
  await expect(take.getByRole("img", { name: "QR code of your saved studies" })).toBeVisible();
  await expect(take).toContainText(`/list?ids=${CONTACT_STUDY}`);
});

test("in kiosk mode every field has autocomplete=off, so the browser offers nothing the last visitor typed", async ({ page }) => {
  await prepareVisitor(page);
  const seen: string[] = [];
  const collect = async (path: string, ready: () => Promise<void>) => {
    await page.goto(path);
    await ready();
    await expect(page.getByRole("button", { name: "Start over" })).toBeVisible();
    await openDisclosures(page);
    const fields = await page
      .locator("input, textarea, select, form")
      .evaluateAll((els) => els.map((el) => `${el.tagName.toLowerCase()}[name=${el.getAttribute("name") ?? el.id}] ${el.getAttribute("autocomplete")}`));
    seen.push(...fields.map((field) => `${path} ${field}`));
  };
  await collect("/kiosk", () => expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible());
  await collect("/search?cond=asthma", () => expect(page.getByRole("combobox", { name: "Sort by" })).toBeVisible());
  await collect("/study/NCT02513394", async () => {
    await expect(page.locator("[data-study-ready]")).toBeAttached({ timeout: 15_000 });
    await page.mouse.move(1, 1); // a first interaction loads the later sections, as a reader's would
    await expect(page.getByRole("form", { name: "Filter sites" })).toBeVisible();
  });
  await collect("/saved", () => expect(page.getByRole("heading", { level: 2, name: "Your studies (1)" })).toBeVisible());
  await collect(`/list?ids=${SHARED_LIST.join(",")}`, () => expect(page.getByRole("img", { name: "QR code of this list's address" })).toBeVisible());
  expect(seen.filter((field) => field.includes("/kiosk ")).length).toBeGreaterThan(5);
  expect(seen.filter((field) => field.includes("/search")).length).toBeGreaterThan(5);
  expect(seen.filter((field) => field.includes("/study/")).length).toBeGreaterThan(1);
  expect(seen.filter((field) => !field.endsWith(" off"))).toEqual([]);
});

test("kiosk: the study page's table of contents and the shortlist pages have 44 px targets", async ({ page }) => {
  await prepareVisitor(page);
  const tocLinks = () => page.getByRole("navigation", { name: "On this page" }).getByRole("link");
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/study/NCT02513394?kiosk=1");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle("NCT02513394"), { timeout: 15_000 });
    const toggle = page.getByRole("button", { name: "On this page" });
    if (await toggle.isVisible()) await toggle.click(); // narrow screens: the list is behind a button
    await expect(tocLinks().first()).toBeVisible();
    const boxes = await tocLinks().evaluateAll((links) =>
      links.map((link) => {
        const r = link.getBoundingClientRect();
        return { text: link.textContent, width: Math.round(r.width), height: Math.round(r.height) };
      }),
    );
    expect(boxes.length).toBeGreaterThan(3);
    expect(boxes.filter((box) => box.width < 44 || box.height < 44), `at ${width} px`).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/saved");
  await expect(page.getByRole("heading", { level: 2, name: "Your studies (1)" })).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
  await page.goto(`/list?ids=${SHARED_LIST.join(",")}`);
  await expect(page.getByRole("img", { name: "QR code of this list's address" })).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
});
