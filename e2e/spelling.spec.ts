// "Did you mean …?": a misspelt condition that finds nothing offers the corrected search as a real link.
// The counts come from the offline replica at run time; the word list is the app's own static file.
import { test, expect, expectNoAxeViolations } from "./fixtures";

test.afterEach(({ pageErrors, externalRequests }) => {
  expect(externalRequests, "requests that left the machine").toEqual([]);
  expect(pageErrors, "page errors").toEqual([]);
});

test("a misspelt condition offers the corrected search, and following it finds studies", async ({ page }) => {
  const wordList = page.waitForResponse((response) => new URL(response.url()).pathname === "/words/conditions.txt");
  await page.goto("/search?cond=brest+cancer&status=all");
  await expect(page.getByRole("heading", { name: "No studies match this search" })).toBeVisible();
  expect((await wordList).status()).toBe(200);

  const link = page.getByRole("link", { name: "Did you mean breast cancer?" });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", "/search?cond=breast+cancer&status=all");
  // The count beside it is what the corrected search will find.
  const counted = page.locator("p", { has: link }).getByText(/\(\d+ stud(y|ies)\)/);
  await expect(counted).toBeVisible();
  const count = Number(/\d+/.exec((await counted.textContent()) ?? "")?.[0]);
  expect(count).toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  await link.click();
  await expect(page).toHaveURL(/\/search\?cond=breast\+cancer&status=all$/);
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${count} stud(y|ies)`) })).toBeVisible();
  await expect(page.locator('ol[aria-label="Search results"] > li')).toHaveCount(count);
  await expect(page.getByRole("link", { name: /Did you mean/ })).toHaveCount(0);
});

test("a search with results never fetches the word list", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/words/")) fetched.push(request.url());
  });
  await page.goto("/search?cond=breast+cancer&status=all");
  await expect(page.locator('ol[aria-label="Search results"] > li').first()).toBeVisible();
  expect(fetched).toEqual([]);
});
