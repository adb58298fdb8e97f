// "Could I take part?" (issue 15): About you against the record's age range, sex and healthy-volunteer
// rule, and the criteria as a checklist, answered by keyboard; kept in this tab only; gone after a kiosk reset.
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, isTileRequest } from "./fixtures";
import { briefTitle, corpusSize, idsWhere } from "./corpus";

const STUDY = "NCT00934284"; // adults, no healthy volunteers; three inclusion and three exclusion items

test.afterEach(({ pageErrors, externalRequests }) => {
  // Only the map's tiles (the study's sites), answered on the machine with a blank image.
  expect(externalRequests.filter((line) => !isTileRequest(line.replace(/^GET /, ""))), "requests that left the machine").toEqual([]);
  expect(pageErrors, "page errors").toEqual([]);
});

const section = (page: Page) => page.locator("section#prescreen");

/** Stored in this tab, by key prefix. */
const stored = (page: Page) =>
  page.evaluate(() => ({
    session: Object.keys(sessionStorage).filter((key) => key.startsWith("trial-finder:about-you") || key.startsWith("trial-finder:prescreen")),
    local: Object.keys(localStorage).length,
  }));

/** A record's age limit in years ("6 Months" is 0.5); undefined when it has none. */
function years(text: unknown): number | undefined {
  const match = typeof text === "string" ? /^(\d+(?:\.\d+)?)\s*(year|month|week|day|hour|minute)s?$/i.exec(text.trim()) : null;
  if (!match) return undefined;
  const per = { year: 1, month: 12, week: 52.1775, day: 365.25, hour: 8766, minute: 525960 }[match[2]!.toLowerCase() as "year"];
  return Number(match[1]) / per;
}

/** Studies whose own fields are open to a woman of `age` (a missing limit is no limit), counted from the records. */
const openToWomanOf = (age: number) =>
  idsWhere((record) => {
    const e = (record.protocolSection as { eligibilityModule?: Record<string, unknown> } | undefined)?.eligibilityModule;
    const min = years(e?.minimumAge);
    const max = years(e?.maximumAge);
    return (min === undefined || min <= age) && (max === undefined || max >= age) && (e?.sex === "FEMALE" || e?.sex === "ALL");
  }).size;

const studies = (n: number) => `${n.toLocaleString("en-US")} ${n === 1 ? "study" : "studies"}`;

test("on the search page, About you narrows the search with the registry's filters, never in the link, and each card shows the fit", async ({ page }) => {
  await page.goto("/search?status=all");
  await expect(page.getByRole("heading", { level: 2, name: studies(corpusSize()) })).toBeVisible();
  await page.getByRole("button", { name: "Tell us about you" }).click();
  await page.getByLabel("Age in years").fill("9");
  await page.getByRole("radio", { name: "Female" }).check();

  const open = openToWomanOf(9);
  expect(open).toBeGreaterThan(0);
  expect(open).toBeLessThan(corpusSize());
  await expect(page.getByRole("heading", { level: 2, name: studies(open) })).toBeVisible();
  await expect(page.getByText("Showing only studies open to you: age 9, female. This is not in the link.")).toBeVisible();
  expect(new URL(page.url()).search).toBe("?status=all");
  const card = page.getByRole("article").first();
  await expect(card.getByText("For you")).toBeVisible();
  await expect(card.getByText(/: you are 9$/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Every study again: the whole count, and still nothing in the address.
  const only = page.getByRole("checkbox", { name: "Only studies open to you" });
  await only.uncheck();
  await expect(page.getByRole("heading", { level: 2, name: studies(corpusSize()) })).toBeVisible();
  await expect(only).toBeFocused();
  await only.check();
  await expect(page.getByRole("heading", { level: 2, name: studies(open) })).toBeVisible();

  // The study page's pre-screen has what she told the search page.
  const title = (await card.getByRole("heading").innerText()).trim();
  await card.getByRole("heading").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title.replace(/\s*\(.*\)$/, "").slice(0, 30));
  await page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "Could I take part?" }).click();
  await expect(section(page).getByLabel("Age in years")).toHaveValue("9");
  await expect(section(page).getByRole("radio", { name: "Female" })).toBeChecked();
  // Ticking the box again removed the "every study" choice.
  expect(await stored(page)).toEqual({ session: ["trial-finder:about-you"], local: 0 });
});

test("a visitor fills in About you and answers the checklist by keyboard; nothing leaves the tab", async ({ page }) => {
  await page.goto(`/study/${STUDY}#prescreen`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle(STUDY));
  const prescreen = section(page);
  await expect(prescreen.getByRole("heading", { level: 2, name: "Could I take part?" })).toBeVisible();

  await prescreen.getByLabel("Age in years").focus();
  await page.keyboard.type("45");
  await prescreen.getByRole("radio", { name: "Female" }).focus();
  await page.keyboard.press("ArrowDown"); // Male
  await expect(prescreen.getByRole("radio", { name: "Male", exact: true })).toBeChecked();
  await prescreen.getByRole("radio", { name: "As someone who has the condition" }).focus();
  await page.keyboard.press("ArrowDown"); // as a healthy volunteer
  await expect(prescreen.getByRole("radio", { name: "As a healthy volunteer" })).toBeChecked();
  await expect(prescreen.getByRole("heading", { name: "Something you told us may rule you out" })).toBeVisible();
  await expect(prescreen.getByText("Does not take healthy volunteers")).toBeVisible();

  const groups = prescreen.getByRole("radiogroup");
  await expect(groups).toHaveCount(6);
  // Inclusions: Yes to each (Space on the first radio). Exclusions: No (one arrow to the second radio).
  for (let i = 0; i < 6; i++) {
    await groups.nth(i).getByRole("radio").first().focus();
    if (i < 3) await page.keyboard.press("Space");
    else await page.keyboard.press("ArrowDown");
  }
  await expect(prescreen.getByText("Nothing you answered rules you out")).toBeVisible();
  await groups.nth(5).getByRole("radio", { name: "Not sure" }).focus();
  await page.keyboard.press("Space");
  await expect(prescreen.getByText("Nothing you answered rules you out; 1 question to ask the study team")).toBeVisible();
  await groups.nth(3).getByRole("radio", { name: "Yes, this applies to me" }).focus();
  await page.keyboard.press("Space");
  await expect(prescreen.getByText("One answer may rule you out")).toBeVisible();
  await expect(prescreen.getByText(/^You said yes to an exclusion: /)).toBeVisible();
  await expect(prescreen).not.toContainText(/\beligible\b/i);

  expect(await stored(page)).toEqual({ session: ["trial-finder:about-you", `trial-finder:prescreen:${STUDY}`], local: 0 });
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(`/study/${STUDY}`); // nothing in the address
  await expectNoAxeViolations(page);

  // A reload keeps them (the same tab).
  await page.reload();
  await expect(section(page).getByRole("radio", { name: "Male", exact: true })).toBeChecked();

  // The questions marked Not sure, as a printable page whose link names the questions, never an answer.
  const question = (await section(page).getByRole("radiogroup").nth(5).locator("> div").first().innerText()).trim();
  await section(page).getByRole("link", { name: "Your questions for the study team, to print or share" }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/study/${STUDY}/questions` && url.search === "?items=ex-3");
  await expect(page.getByRole("heading", { level: 1, name: "Questions for the study team" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: question.slice(0, 40) })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Whom to ask" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.evaluate(() => {
    const w = window as unknown as { prints: number };
    w.prints = 0;
    window.print = () => void (w.prints += 1);
  });
  await page.getByRole("button", { name: "Print these questions" }).click();
  expect(await page.evaluate(() => (window as unknown as { prints: number }).prints)).toBe(1);
});

test("kiosk: Start over leaves no answer behind", async ({ page }) => {
  await page.goto(`/study/${STUDY}?kiosk=1#prescreen`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle(STUDY));
  await section(page).getByLabel("Age in years").fill("30");
  await section(page).getByRole("radiogroup").first().getByRole("radio", { name: "Not sure" }).check();
  expect((await stored(page)).session).toHaveLength(2);

  await page.getByRole("button", { name: "Start over" }).click();
  await page.getByRole("dialog", { name: "Start over?" }).getByRole("button", { name: "Yes, start over" }).click();
  await expect(page).toHaveURL(/\/kiosk$/);
  expect(await stored(page)).toEqual({ session: [], local: 0 });

  await page.goto(`/study/${STUDY}?kiosk=1#prescreen`);
  await expect(section(page).getByLabel("Age in years")).toHaveValue("");
  await expect(section(page).getByRole("radio", { name: "Prefer not to say" })).toBeChecked();
  await expect(section(page).getByRole("radiogroup").getByRole("radio", { checked: true })).toHaveCount(0);
});
