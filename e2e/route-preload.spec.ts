// A first visit fetches its page's code beside the app's entry (scripts/lib/route-preload.mjs): every
// script the page loads, other than what index.html names itself, was asked for by a preload link that
// the preloader added for this address. If app-routes.tsx gains a page or a page's chunks change, this
// fails until ROUTE_MODULES follows.
import { expect, test } from "./fixtures";

const ADDRESSES = ["/", "/search?cond=asthma", "/study/NCT02513394", "/saved", "/list?ids=NCT02513394", "/kiosk"];

for (const address of ADDRESSES) {
  test(`${address}: the page's code is preloaded from the start`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
    const scripts = new Set<string>();
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin === origin && url.pathname.endsWith(".js")) scripts.add(url.pathname);
    });
    await page.goto(address);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    const { preloaded, named } = await page.evaluate(() => ({
      preloaded: Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'), (l) => new URL(l.href).pathname),
      // What index.html names itself: its module script and its own modulepreloads (parsed from the
      // served file, not the live DOM, which the preloader has added to).
      named: [] as string[],
    }));
    const html = await (await page.request.get("/")).text();
    named.push(...[...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? ""));
    const preloader = named.find((file) => file.includes("route-preload"));
    expect(preloader, "index.html loads the route preloader").toBeTruthy();
    // Scripts loaded once the page is up but not preloaded: lazy parts the reader reached (the map, the
    // markdown renderer, results) are allowed only if the page's first screen didn't need them.
    const missing = [...scripts].filter((file) => !named.includes(file) && !preloaded.includes(file));
    const lazyParts = /\/(site-map|markdown-renderer|result-part|results-body|posted-results|qr-code|lazy-qr-code|print-view|spelling|no-results|lay-terms|card-fit)[^/]*\.js$/;
    expect(missing.filter((file) => !lazyParts.test(file)), `loaded without a preload on ${address}`).toEqual([]);
    expect(preloaded.length, "the preloader named this page's code").toBeGreaterThan(0);
  });
}

test("a cold study link starts its record request beside the page's code, and the page reuses it: one request", async ({ page }) => {
  const records: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname === "/api/v2/studies/NCT02513394") records.push(`${request.resourceType()} ${url.search}`);
  });
  await page.goto("/study/NCT02513394");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  const preloads = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]'), (l) => l.href));
  expect(preloads).toHaveLength(1);
  // The preload itself ("other"); the app's fetch() of the same URL is answered from it, not sent again.
  expect(records).toEqual([`other ${new URL(preloads[0] ?? "").search}`]);
});

test("in the app, a page's files all start together when its code is wanted, not one import after another", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  const preloaded = () => page.evaluate(() => Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'), (l) => new URL(l.href).pathname));
  expect((await preloaded()).some((file) => /\/search-route-/.test(file))).toBe(false);
  // Using the start page's form starts the results page's code (home-route.tsx): every file of it at once.
  await page.getByLabel("Condition or disease").first().focus();
  await page.keyboard.type("asthma");
  await expect.poll(async () => (await preloaded()).filter((file) => /\/(search-route|results-query|record-kit)-/.test(file)).length).toBe(3);
});

test("a study's lower sections start their own imports with them, not after", async ({ page }) => {
  await page.goto("/study/NCT02513394");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  const preloaded = () => page.evaluate(() => Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'), (l) => new URL(l.href).pathname));
  expect((await preloaded()).some((file) => /\/deferred-sections-/.test(file))).toBe(false); // never at page load
  await page.mouse.move(20, 20); // the first interaction fetches them (deferred-section.tsx)
  await expect.poll(async () => (await preloaded()).filter((file) => /\/(deferred-sections|glossary|about-you-form)-/.test(file)).length).toBe(3);
});
