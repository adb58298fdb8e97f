// Focus and announcements for keyboard and screen-reader users (issue 11, item 4): where focus lands
// after a submit, "Load 20 more", opening a study and removing a saved study; the results live region
// speaks once results settle, not at every pause in typing; every loaded card is in the DOM.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const RESULTS = 'ol[aria-label="Search results"]';
/** The results heading (h2 "N studies"), which a submit focuses. */
const resultsHeading = (page: Page) => page.getByRole("heading", { level: 2, name: /^(No studies|[\d,]+ stud(y|ies))$/ });
const condition = (page: Page) => page.getByRole("search", { name: "Search for clinical trials" }).getByLabel("Condition or disease");
/** The search's own live region (the first thing in the results section; "still trying" has its own). */
const LIVE_REGION = 'main section > p[role="status"]:first-child';

/** No automatic loading, so each page comes from a press of the button. */
const withoutAutoLoad = (page: Page) =>
  page.addInitScript(() => {
    delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
  });

test.afterEach(({ pageErrors, externalRequests }) => {
  expect(externalRequests, "requests that left the machine").toEqual([]);
  expect(pageErrors, "page errors").toEqual([]);
});

test("keyboard journey: submit, Load 20 more, open a study, save, remove on /saved", async ({ page }) => {
  await withoutAutoLoad(page);
  await page.goto("/search?status=all");
  await expect(resultsHeading(page)).toBeVisible();
  // The first load leaves focus where the browser puts it.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

  // Submit: the results heading.
  await condition(page).focus();
  await page.keyboard.type("cancer");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/cond=cancer/);
  await expect(resultsHeading(page)).toBeFocused();

  // Load 20 more: the first new result's title link, and the next Tab goes on from there.
  const more = page.getByRole("button", { name: "Load 20 more" });
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^Showing 40 of/)).toBeVisible();
  const firstNew = page.locator(`${RESULTS} > li`).nth(20).locator("article :is(h2, h3) a");
  await expect(firstNew).toBeFocused();
  const newId = /\/study\/(NCT\d{8})/.exec((await firstNew.getAttribute("href")) ?? "")?.[1] ?? "";
  expect(newId).toMatch(/^NCT\d{8}$/);
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("li")?.getAttribute("aria-posinset"))).toBe("21");

  // Save that result, then open it: the study's h1.
  await page.keyboard.press("Shift+Tab");
  await expect(firstNew).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/study/${newId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  const save = page.getByRole("main").getByRole("button", { name: /^Save\b/ });
  await save.focus();
  await page.keyboard.press("Enter");

  // Back to the results, save the first one there too.
  await page.goBack();
  const firstCard = page.locator(`${RESULTS} > li`).first();
  await firstCard.getByRole("button", { name: /^Save\b/ }).focus();
  await page.keyboard.press("Enter");
  await expect(firstCard.getByRole("button", { name: /^Saved\b/ })).toBeVisible();

  // /saved from the header: its h1. Remove the first: the next one's Remove; remove that: the h1.
  await page.getByRole("link", { name: "Saved studies (2)" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Saved studies" })).toBeFocused();
  const removes = page.getByRole("button", { name: /^Remove: / });
  await expect(removes).toHaveCount(2);
  // Titles in (a Remove button is named by the NCT number until its record arrives), so the name read next stays.
  await expect(page.locator("main article h3")).toHaveCount(2);
  await expect(page.locator("main article h3").filter({ hasText: /^\s*NCT\d{8}\s*$/ })).toHaveCount(0);
  const second = (await removes.nth(1).getAttribute("aria-label")) ?? "";
  await removes.first().focus();
  await page.keyboard.press("Enter");
  await expect(removes).toHaveCount(1);
  await expect(page.getByRole("button", { name: second })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("You have not saved any studies yet.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Saved studies" })).toBeFocused();
});

test("a #section link keeps focusing the section, not the h1", async ({ page }) => {
  await page.goto("/search?status=all");
  await expect(resultsHeading(page)).toBeVisible();
  // An in-app navigation to /study/…#eligibility (the router sees the history change).
  await page.evaluate(() => {
    window.history.pushState({}, "", "/study/NCT02513394#eligibility");
    window.dispatchEvent(new PopStateEvent("popstate"));
  });
  await expect(page.getByRole("heading", { level: 2, name: "Who can join" })).toBeFocused();
});

test("typing slowly: the live region speaks once, when results settle; focus stays in the field", async ({ page }) => {
  await page.goto("/search?status=all");
  await expect(resultsHeading(page)).toBeVisible();
  await expect(page.locator(LIVE_REGION)).toHaveText(/found\.|No studies match/);
  await page.evaluate((selector) => {
    const region = document.querySelector(selector);
    const said: string[] = [];
    (window as { said?: string[] }).said = said;
    new MutationObserver(() => {
      const text = region?.textContent?.trim() ?? "";
      if (text && text !== said.at(-1)) said.push(text);
    }).observe(region!, { childList: true, characterData: true, subtree: true });
  }, LIVE_REGION);

  await condition(page).focus();
  // Slower than the 400 ms search delay, so every letter is a search of its own.
  await page.keyboard.type("brest cancer", { delay: 600 });
  await expect(page).toHaveURL(/cond=brest\+cancer|cond=brest%20cancer/);
  await expect(condition(page)).toBeFocused();
  await expect(page.locator(LIVE_REGION)).toHaveText(/found\.|No studies match/);
  await page.waitForTimeout(2_500); // anything late would show up by now
  const said = await page.evaluate(() => (window as { said?: string[] }).said ?? []);
  console.log(`[focus.spec] announcements while typing "brest cancer": ${said.length}: ${JSON.stringify(said)}`);
  expect(said, "one announcement, of the settled result").toHaveLength(1);
  const heading = (await resultsHeading(page).textContent()) ?? "";
  expect(said.at(-1)).toBe(heading === "No studies" ? "No studies match this search." : (await page.locator(LIVE_REGION).textContent()));
  expect(said.at(-1)).toMatch(heading === "No studies" ? /^No studies match/ : new RegExp(`^${heading} found\\.`));
  await expect(condition(page)).toBeFocused();
});

test("after loading 40 results, all 40 study headings are in the DOM", async ({ page }) => {
  await withoutAutoLoad(page);
  await page.goto("/search?status=all");
  await expect(resultsHeading(page)).toBeVisible();
  await page.getByRole("button", { name: "Load 20 more" }).click();
  await expect(page.getByText(/^Showing 40 of/)).toBeVisible();
  await expect(page.locator(RESULTS).getByRole("heading")).toHaveCount(40);
});
