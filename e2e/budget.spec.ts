// Sizes a first visit must stay within (issue 13): sizes, not timings (`npm run bench` measures speed).
// - JavaScript: every same-origin script a first visit loads, gzip level 9 as `npm run size` counts it.
//   Issue 13's budget: 130 kB on every route (route-preload.js included). Lazy parts the visit does not
//   reach (map, markdown renderer, QR, the study's lower sections, posted results) don't count.
// - Layout shift: the sum of every layout shift while the page loads, on a phone-sized screen, at most
//   0.02 (Lighthouse's CLS is at most this sum). Whatever arrives late must have its space reserved.
import { gzipSync } from "node:zlib";
import { expect, test } from "./fixtures";

const JS_BUDGET = 130_000;
const ROUTES = ["/", "/search?cond=asthma", "/study/NCT02513394", "/saved", "/kiosk"];
const MAX_LAYOUT_SHIFT = 0.02;

test.use({ viewport: { width: 412, height: 823 } }); // Lighthouse's mobile screen

for (const path of ROUTES) {
  test(`a first visit to ${path} loads at most ${JS_BUDGET / 1000} kB of JavaScript and shifts nothing`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
    const scripts = new Map<string, Promise<Buffer>>();
    page.on("response", (response) => {
      const url = new URL(response.url());
      const isScript = response.request().resourceType() === "script" || /\.m?js$/.test(url.pathname);
      if (url.origin === origin && isScript && !scripts.has(url.href)) {
        scripts.set(url.href, response.body().catch(() => Buffer.alloc(0)));
      }
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
          if (entry.hadRecentInput) continue;
          const sources = (entry.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 120) : String(s.node?.nodeName)));
          w.__shifts.push({ value: entry.value, sources });
        }
      }).observe({ type: "layout-shift", buffered: true });
    });

    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500); // chunks requested right after the data arrived

    let total = 0;
    const files: string[] = [];
    for (const [url, body] of scripts) {
      const gzip = gzipSync(await body, { level: 9 }).length;
      total += gzip;
      files.push(`${new URL(url).pathname} ${(gzip / 1000).toFixed(1)} kB`);
    }
    expect(files.length, "scripts seen").toBeGreaterThan(0);
    expect(total, `JavaScript, gzip:\n${files.join("\n")}`).toBeLessThanOrEqual(JS_BUDGET);

    const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);
    const shifted = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(shifted, `layout shifts: ${JSON.stringify(shifts, null, 1)}`).toBeLessThanOrEqual(MAX_LAYOUT_SHIFT);
  });
}
