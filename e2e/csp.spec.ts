// The production headers on every page (deploy/security-headers.mjs, sent by vite preview), and the
// fixture's CSP watch: a violation anywhere must reach `pageErrors` (and so fail the test that caused it).
import { securityHeaders } from "../deploy/security-headers.mjs";
import { expect, test } from "./fixtures";

test("pages come with the production security headers and no inline code", async ({ page }) => {
  // Offline builds call the replica on this origin: no registry origin in connect-src.
  const expected = securityHeaders({ tileUrl: process.env.VITE_TILE_URL || undefined });
  for (const path of ["/", "/study/NCT02513394", "/kiosk"]) {
    const response = await page.goto(path);
    const headers = response?.headers() ?? {};
    for (const [name, value] of Object.entries(expected)) expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
  }
  // No inline <script> or <style> in the page ('unsafe-inline' is not allowed; style="…" attributes that
  // the CSSOM writes, e.g. from React's style props, are fine, and any other one is a reported violation).
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.locator("script:not([src]), style").count()).toBe(0);
});

test("the fixture reports every violation as csp: <directive> <blocked URI>", async ({ page, pageErrors }) => {
  await page.goto("/");
  await page.evaluate(async () => {
    const box = document.createElement("div");
    box.innerHTML = '<span style="color: red">inline style attribute</span>';
    const script = document.createElement("script");
    script.textContent = "window.inlineScriptRan = true;";
    document.body.append(box, script);
    new Image().src = "https://images.example.org/x.png";
    await fetch("https://clinicaltrials.gov/api/v2/version").catch(() => undefined);
  });
  const csp = () => pageErrors.filter((line) => line.startsWith("csp: ")).map((line) => line.replace(/ \(.*\)$/, ""));
  await expect.poll(() => csp().sort()).toEqual(
    [
      "csp: connect-src https://clinicaltrials.gov/api/v2/version",
      "csp: img-src https://images.example.org/x.png",
      "csp: script-src-elem inline",
      "csp: style-src-attr inline",
    ].sort(),
  );
  expect(await page.evaluate(() => (window as { inlineScriptRan?: boolean }).inlineScriptRan)).toBeUndefined();
  // Caused on purpose: clear them so the fixture's own check at the end passes.
  pageErrors.length = 0;
});
