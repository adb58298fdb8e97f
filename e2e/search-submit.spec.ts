// The results request does not wait for the results page's code (issue 13): a submit on the start page,
// and a search link opened cold, send the first results page's request while that code is still loading,
// and the page then uses that response (one request, so the same key). Checked by order, not by time:
// the search page's chunk is held back until the request has been seen, so a request that waited for
// the page would never be sent before the chunk is let go, and the chunk goes only after a long bound.
import type { Page, Request } from "@playwright/test";
import { expect, test } from "./fixtures";

const SEARCH_ROUTE_CHUNK = /\/assets\/search-route-[\w-]+\.js$/;
const firstCard = (page: Page) => page.locator('ol[aria-label="Search results"] article').first();

/** A first results page (not a later page, nor a "how many?" count) of a search for `cond`. */
const isFirstResultsPage = (request: Request, cond: string) => {
  const url = new URL(request.url());
  return (
    url.pathname === "/api/v2/studies" &&
    url.searchParams.get("query.cond") === cond &&
    !url.searchParams.has("pageToken") &&
    url.searchParams.get("pageSize") !== "1"
  );
};

/**
 * Holds every request for the search page's chunk until a results request for `cond` has been sent (or
 * 10 s have passed, so a failing app still loads), and tells which of the two released it.
 */
async function holdSearchPageCode(page: Page, cond: string) {
  const requests: Request[] = [];
  let sent: () => void = () => undefined;
  const requestSent = new Promise<"request sent">((resolve) => (sent = () => resolve("request sent")));
  page.on("request", (request) => {
    if (!isFirstResultsPage(request, cond)) return;
    requests.push(request);
    sent();
  });
  const released: string[] = [];
  await page.route(SEARCH_ROUTE_CHUNK, async (route) => {
    const timeout = new Promise<"timed out">((resolve) => setTimeout(() => resolve("timed out"), 10_000));
    released.push(await Promise.race([requestSent, timeout]));
    await route.continue();
  });
  return { requests, released };
}

test("a submit on the start page sends the results request while the results page's code is held back", async ({ page, pageErrors }) => {
  const held = await holdSearchPageCode(page, "asthma");
  await page.goto("/");
  const form = page.getByRole("search", { name: "Search for clinical trials" });
  await form.getByLabel("Condition or disease").fill("asthma");
  await form.getByRole("button", { name: "Search", exact: true }).click();
  await expect(firstCard(page)).toBeVisible({ timeout: 20_000 });
  expect(held.released.length, "the search page's code was loaded through the hold").toBeGreaterThan(0);
  expect(held.released, "what let the search page's code through").toEqual(held.released.map(() => "request sent"));
  expect(held.requests, "one first-page request: the page used the one the submit started").toHaveLength(1);
  expect(pageErrors).toEqual([]);
});

test("a search link opened cold sends its results request while the search page's code is held back", async ({ page, pageErrors }) => {
  const held = await holdSearchPageCode(page, "asthma");
  await page.goto("/search?cond=asthma");
  await expect(firstCard(page)).toBeVisible({ timeout: 20_000 });
  expect(held.released.length, "the search page's code was loaded through the hold").toBeGreaterThan(0);
  expect(held.released, "what let the search page's code through").toEqual(held.released.map(() => "request sent"));
  expect(held.requests, "one first-page request: the page used the early one").toHaveLength(1);
  expect(pageErrors).toEqual([]);
});
