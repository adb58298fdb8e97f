import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect } from "./fixtures";
import { corpusDir } from "./corpus";

// One status freshness rule (src/lib/status-freshness.ts) behind every status. The app has no clock
// injection here, so this uses a real record that is stale on the real date: NCT03840928, recorded as
// Recruiting, with its status last verified more than two years ago and an anticipated end that has
// passed. Its dates are read from the record (../shared/ctgov), not copied here.
const NCT = "NCT03840928";
type DateStruct = { date?: string; type?: string };
const status = (
  JSON.parse(readFileSync(join(corpusDir, `${NCT}.json`), "utf8")) as {
    protocolSection?: {
      statusModule?: {
        overallStatus?: string;
        statusVerifiedDate?: string;
        completionDateStruct?: DateStruct;
        lastUpdatePostDateStruct?: DateStruct;
      };
    };
  }
).protocolSection?.statusModule;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const parts = (date: string | undefined) => (date ?? "").split("-").map(Number);
/** "2023-12" → "December 2023"; "2023-12-13" with `day` → "December 13, 2023". */
function words(date: string | undefined, day = false): string {
  const [year, month, dayOfMonth] = parts(date);
  return day ? `${MONTHS[(month ?? 0) - 1]} ${dayOfMonth}, ${year}` : `${MONTHS[(month ?? 0) - 1]} ${year}`;
}
/** The first day after the month `months` after a "YYYY-MM[-DD]" date. */
const monthsAfter = (date: string | undefined, months: number) => {
  const [year, month] = parts(date);
  return new Date(year ?? 0, (month ?? 1) + months, 1);
};

const verified = words(status?.statusVerifiedDate);
const expectedEnd = words(status?.completionDateStruct?.date);
const LINE = `Last reported as Recruiting; status last confirmed ${verified}; was expected to end ${expectedEnd}.`;

test("a stale Recruiting status reads the same on its search card and on its study page", async ({ page, pageErrors }) => {
  // What makes the record stale today: what the page must show follows from it.
  expect(status?.overallStatus).toBe("RECRUITING");
  expect(status?.completionDateStruct?.type).toBe("ESTIMATED");
  expect(Date.now(), "over two years since the status was verified").toBeGreaterThan(monthsAfter(status?.statusVerifiedDate, 24).getTime());
  expect(Date.now(), "the anticipated end has passed").toBeGreaterThan(monthsAfter(status?.completionDateStruct?.date, 0).getTime());

  await page.goto(`/search?id=${NCT}&status=all`);
  const card = page.getByRole("article").filter({ has: page.locator(`a[href^="/study/${NCT}"]`) });
  await expect(card).toHaveCount(1);
  // Shown as the registry would after two years unconfirmed, never as a green "Recruiting".
  await expect(card.locator(".rounded-full").first()).toHaveText(/^\?\s*Status unknown$/);
  await expect(card.locator(".status-note")).toHaveText(`⚠ ${LINE}`);

  await page.goto(`/study/${NCT}`);
  const keyFacts = page.getByRole("region", { name: "Key facts" });
  await expect(keyFacts).toContainText(`Status unknown. ⚠ ${LINE}`);
  await expect(page.getByText(`Status unknown: last reported as Recruiting; status last confirmed ${verified}.`)).toBeVisible();
  // The record's age reads the same way wherever the page gives it.
  const updated = words(status?.lastUpdatePostDateStruct?.date, true);
  await expect(page.locator(".freshness-note").first()).toContainText(
    new RegExp(`Record last updated (almost|about|over) \\d+ years? ago \\(${updated}\\)`),
  );
  expect(pageErrors).toEqual([]);
});
