import { test, expect } from "./fixtures";

// One status freshness rule (src/lib/status-freshness.ts) behind every status. The app has no clock
// injection here, so this uses a real record that is stale on any date from 2026 on: NCT03840928,
// recorded as Recruiting, status verified December 2023, anticipated completion March 2025.
const NCT = "NCT03840928";
const LINE = "Last reported as Recruiting; status last confirmed December 2023; was expected to end March 2025.";

test("a stale Recruiting status reads the same on its search card and on its study page", async ({ page, pageErrors }) => {
  await page.goto(`/search?id=${NCT}&status=all`);
  const card = page.getByRole("article").filter({ has: page.locator(`a[href^="/study/${NCT}"]`) });
  await expect(card).toHaveCount(1);
  // Shown as the registry would after two years unconfirmed, never as a green "Recruiting".
  await expect(card.locator(".rounded-full").first()).toHaveText(/^\?\s*Status unknown$/);
  await expect(card.locator(".status-note")).toHaveText(`⚠ ${LINE}`);
  const cardLine = (await card.locator(".status-note").textContent())?.replace(/^⚠\s*/, "");

  await page.goto(`/study/${NCT}`);
  const keyFacts = page.getByRole("region", { name: "Key facts" });
  await expect(keyFacts).toContainText(`Status unknown. ⚠ ${LINE}`);
  expect(cardLine).toBe(LINE);
  await expect(page.getByText("Status unknown: last reported as Recruiting; status last confirmed December 2023.")).toBeVisible();
  // The record's age reads the same way wherever the page gives it.
  await expect(page.locator(".freshness-note").first()).toContainText(/Record last updated (almost|about|over) \d+ years? ago \(December 13, 2023\)/);
  expect(pageErrors).toEqual([]);
});
