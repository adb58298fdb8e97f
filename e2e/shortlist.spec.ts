// The saved shortlist and shared lists (issue 6, parts 1 and 2): save, reload, remove; a corrupt stored
// value; the /saved → /list round trip; a hostile note shown as text; the print view; axe. Titles come
// from the corpus at run time.
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { briefTitle } from "./corpus";

const STORAGE_KEY = "trial-finder:saved";
const STUDY = "NCT04814381";
const LIST = ["NCT03944876", "NCT05989841", "NCT02782533"];
const HOSTILE_NOTE = '<script>alert(1)</script> <b>bold</b> javascript:alert(1) <img src=x onerror="alert(2)">';

/** Puts `value` in the saved-list storage before the app starts, on the first load only. */
async function seedStorage(page: Page, value: string): Promise<void> {
  await page.addInitScript(
    ([key, raw]) => {
      if (sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem(key, raw);
    },
    [STORAGE_KEY, value] as const,
  );
}

const savedValue = (ids: string[]) =>
  JSON.stringify({
    version: 1,
    items: ids.map((nctId) => ({ nctId, savedAt: "2025-01-15T12:00:00.000Z", seen: { status: "RECRUITING", lastUpdate: "2020-01-01", sites: 1 } })),
  });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Titles as links on the page, in order (the headings of /saved and /list items). */
const listedTitles = (page: Page) => page.locator("main article h3").allTextContents();

test.afterEach(({ pageErrors, externalRequests }) => {
  expect(externalRequests, "requests that left the machine").toEqual([]);
  expect(pageErrors, "page errors").toEqual([]);
});

test("save from a search result and from a study page, reload, see both on /saved, remove one", async ({ page }) => {
  await page.goto("/search?cond=cluster%20headache&status=all");
  const card = page.locator('ol[aria-label="Search results"] article').first();
  const cardId = (await card.locator("p.font-mono").first().textContent())?.trim() ?? "";
  expect(cardId).toMatch(/^NCT\d{8}$/);
  await card.getByRole("button", { name: /^Save\b/ }).click();
  await expect(card.getByRole("button", { name: /^Saved\b/ })).toHaveAttribute("aria-pressed", "true");

  const other = cardId === STUDY ? "NCT03986528" : STUDY;
  await page.goto(`/study/${other}`);
  await page.getByRole("button", { name: /^Save\b/ }).click();
  await page.reload();
  await expect(page.getByRole("button", { name: /^Saved\b/ })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("link", { name: "Saved studies (2)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Saved studies" })).toBeVisible();
  await expect(page.getByRole("link", { name: briefTitle(other), exact: false })).toBeVisible();
  await expect(page.getByRole("link", { name: briefTitle(cardId), exact: false })).toBeVisible();
  await expect(page.getByText("No changes since you saved it.")).toHaveCount(2);

  await page.getByRole("button", { name: `Remove: ${await page.locator("main article h3").first().textContent()}` }).click();
  await expect(page.locator("main article")).toHaveCount(1);
  await page.reload();
  await expect(page.locator("main article")).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 2, name: "Your studies (1)" })).toBeVisible();
});

test("a corrupt stored value gives a note, an empty list and no crash; saving works again", async ({ page }) => {
  await seedStorage(page, '{"version":1,"items":[{"nctId":"NCT0251');
  await page.goto("/saved");
  await expect(page.getByRole("heading", { name: "Your saved list could not be read and was cleared" })).toBeVisible();
  await expect(page.getByText("You have not saved any studies yet.")).toBeVisible();
  await page.goto(`/study/${STUDY}`);
  await page.getByRole("button", { name: /^Save\b/ }).click();
  await page.goto("/saved");
  await expect(page.getByRole("heading", { level: 2, name: "Your studies (1)" })).toBeVisible();
  await expect(page.getByText("Your saved list could not be read and was cleared")).toHaveCount(0);
});

test("an older snapshot shows what changed since it was saved", async ({ page }) => {
  await seedStorage(page, savedValue([LIST[2] ?? ""]));
  await page.goto("/saved");
  await expect(page.getByText("Changed since you saved it:")).toBeVisible();
  await expect(page.getByText(/^Status changed from recruiting to /)).toBeVisible();
  await expect(page.getByText(/^Updated on .* \(last update when saved: January 1, 2020\)\.$/)).toBeVisible();
});

test("the shortlist URL round trip: /saved → Share this list → /list shows the same studies in order", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await seedStorage(page, savedValue(LIST));
  await page.goto("/saved");
  // Titles in, not the NCT numbers each item shows while its record loads (the round trip below compares them).
  await expect(page.locator("main article h3")).toHaveText(LIST.map((id) => new RegExp(`^${escapeRegExp(briefTitle(id))}`)));
  const savedTitles = await listedTitles(page);

  await page.getByRole("button", { name: "Copy link to this list" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname + new URL(copied).search).toBe(`/list?ids=${LIST.join(",")}`);

  await page.getByRole("link", { name: "Share this list" }).click();
  await expect(page).toHaveURL(new RegExp(`/list\\?ids=${LIST.join(",")}$`));
  await expect(page.getByRole("heading", { level: 2, name: "Studies (3)" })).toBeVisible();
  await expect(page.locator("main article")).toHaveCount(3);
  expect(await listedTitles(page)).toEqual(savedTitles);
  await expect(page.getByRole("img", { name: "QR code of this list's address" })).toBeVisible();
});

test("a hostile note is shown as text: no dialog, no element, no link, from the URL and from the /saved form", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const expectInert = async () => {
    const note = page.getByRole("heading", { level: 2, name: "Note from the person who shared this list" }).locator("..");
    await expect(note.getByText(HOSTILE_NOTE, { exact: true })).toBeVisible();
    await expect(page.locator("main b, main script, main img")).toHaveCount(0);
    await expect(note.locator("a")).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  };

  await page.goto(`/list?ids=${LIST[0]}&note=${encodeURIComponent(HOSTILE_NOTE)}`);
  await expectInert();

  await seedStorage(page, savedValue([LIST[0] ?? ""]));
  await page.goto("/saved");
  await page.getByRole("textbox", { name: "Note to go with the list (optional)" }).fill(HOSTILE_NOTE);
  await page.getByRole("link", { name: "Open the list with this note" }).click();
  await expect(page).toHaveURL(/\/list\?ids=/);
  await expectInert();
  expect(dialogs).toEqual([]);
});

test("Print this list: a second request, print() once, then one printed page per study", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { prints: number }).prints = 0;
    window.print = () => void ((window as unknown as { prints: number }).prints += 1);
  });
  const requests: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/v2/studies") requests.push(request.url());
  });
  await page.goto(`/list?ids=${LIST.join(",")}&note=Bring%20this%20list&near=42.36,-71.06`);
  await expect(page.locator("main article")).toHaveCount(3);
  expect(requests).toHaveLength(1);
  await expect(page.locator("[data-print-page]")).toHaveCount(0);

  await page.getByRole("button", { name: "Print this list" }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { prints: number }).prints)).toBe(1);
  expect(requests).toHaveLength(2);
  expect(new URL(requests[1] ?? "").searchParams.get("fields")).toContain("EligibilityCriteria");

  const pages = page.locator("[data-print-page]");
  await expect(pages.first()).toBeHidden(); // on screen, the print view is hidden
  await page.emulateMedia({ media: "print" });
  await expect(pages).toHaveCount(3);
  for (let i = 0; i < 3; i += 1) await expect(pages.nth(i)).toBeVisible();
  const breaks = await pages.evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakAfter));
  expect(breaks).toEqual(["page", "page", "auto"]);
  await expect(page.getByRole("heading", { level: 1, name: "Shortlist of clinical trials" })).toBeHidden();
  await expect(pages.first()).toContainText("Bring this list");
  await expect(pages.first()).toContainText("Nearest sites");
  await expect(pages.nth(1).getByRole("img", { name: `QR code of the page for ${LIST[1]}` })).toBeVisible();
  await page.emulateMedia({ media: "screen" });
});

test("axe finds nothing on /saved (empty and with studies) and on /list with notes", async ({ page }) => {
  await page.goto("/saved");
  await expect(page.getByText("You have not saved any studies yet.")).toBeVisible();
  await expectNoAxeViolations(page);

  await seedStorage(page, savedValue(LIST));
  await page.goto("/saved");
  await expect(page.getByText("Changed since you saved it:").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/list?ids=${LIST.join(",")},hello&note=${encodeURIComponent("See you on Tuesday.\nBring your letters.")}`);
  await expect(page.locator("main article")).toHaveCount(3);
  await expect(page.getByRole("img", { name: "QR code of this list's address" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("keyboard: Save toggles with Space, Remove all confirms with Enter", async ({ page }) => {
  await page.goto(`/study/${STUDY}`);
  const save = page.getByRole("button", { name: /^Save\b/ });
  await save.focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: /^Saved\b/ })).toHaveAttribute("aria-pressed", "true");
  await page.goto("/saved");
  await page.getByRole("button", { name: "Remove all" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Yes, remove all" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("You have not saved any studies yet.")).toBeVisible();
});

test("when storage refuses, Remove says the study could not be removed instead of announcing it", async ({ page }) => {
  await seedStorage(page, savedValue(LIST.slice(0, 2)));
  await page.goto("/saved");
  await expect(page.getByRole("heading", { level: 2, name: "Your studies (2)" })).toBeVisible();
  // Titles in: until its record arrives an item (and its Remove button) is named by its NCT number.
  await expect(page.locator("main article h3")).toHaveText(LIST.slice(0, 2).map((id) => new RegExp(`^${escapeRegExp(briefTitle(id))}`)));
  await page.evaluate(() => {
    const refuse = () => {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    };
    Storage.prototype.setItem = refuse;
    Storage.prototype.removeItem = refuse;
  });
  const first = (await page.locator("main article h3").first().textContent())?.trim() ?? "";
  await page.getByRole("button", { name: `Remove: ${first}` }).click();
  await expect(page.getByRole("alert")).toHaveText(
    `${first} could not be removed: this browser is not letting the site store anything, so your list stays as it was.`,
  );
  await expect(page.getByRole("status").filter({ hasText: /^Removed/ })).toHaveCount(0);
  await expect(page.locator("main article")).toHaveCount(2);
  await page.getByRole("button", { name: "Remove all" }).click();
  await page.getByRole("button", { name: "Yes, remove all" }).click();
  await expect(page.getByRole("alert")).toContainText("Your saved studies could not be removed");
  await expect(page.getByRole("heading", { level: 2, name: "Your studies (2)" })).toBeVisible();
});
