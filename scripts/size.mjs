// `npm run size`: gzip size of the JavaScript a first visit really loads, per page, against a budget.
// Measured in a browser (not from dist/ file sizes) so lazy chunks count only when a page pulls them in.
// Steps: offline build -> vite preview on a free port -> Chromium visits each page in a fresh context ->
// every same-origin script response (incl. modulepreload) is gzipped at level 9 -> table + PASS/FAIL.
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_HELP, findChromium } from "./lib/chromium.mjs";
import { bin, freePort, exitCode, forwardSignals, node, run } from "./lib/run.mjs";

const PAGES = ["/", "/search?cond=cancer&status=all", "/study/NCT02513394", "/saved", "/kiosk"];
const BUDGET = 130_000; // bytes of gzip per page; kB below means 1000 bytes, as in Vite's build output
const env = { CTGOV_REPLICA: "1" };
const kB = (n) => (n / 1000).toFixed(1).padStart(8);

const executablePath = findChromium();
if (!executablePath) {
  console.error(CHROMIUM_HELP);
  process.exit(1);
}


const built = await run(bin.vite, ["build", "--logLevel", "warn"], env);
if (built !== 0) process.exit(built);

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = node(bin.vite, ["preview", "--port", String(port), "--strictPort", "--logLevel", "warn"], env);
const serverExit = exitCode(server);
forwardSignals(() => server);

let failed = false;
let browser;
try {
  // Wait for the server (or its early death).
  for (let i = 0; ; i++) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    if (i > 150) throw new Error(`vite preview did not answer on ${origin} within 30 s`);
    if (await fetch(origin).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }

  browser = await chromium.launch({ executablePath, args: ["--disable-gpu", "--disable-quic"] });
  for (const path of PAGES) {
    const context = await browser.newContext(); // fresh context = empty cache, a real first visit
    const page = await context.newPage();
    const scripts = new Map(); // url -> Promise<Buffer>
    page.on("response", (res) => {
      const url = new URL(res.url());
      const isScript = res.request().resourceType() === "script" || /\.m?js$/.test(url.pathname);
      if (url.origin === origin && isScript && !scripts.has(res.url())) scripts.set(res.url(), res.body().catch(() => Buffer.alloc(0)));
    });

    let note = "";
    await page.goto(origin + path, { waitUntil: "networkidle" });
    try {
      await page.locator("h1").first().waitFor({ state: "visible", timeout: 15_000 });
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(500); // chunks requested right after the data arrived
    } catch {
      note = " (no visible h1 within 15 s: page missing or broken?)";
    }

    const rows = [];
    for (const [url, body] of scripts) {
      const raw = await body;
      rows.push({ file: new URL(url).pathname, raw: raw.length, gz: gzipSync(raw, { level: 9 }).length });
    }
    const total = rows.reduce((sum, r) => sum + r.gz, 0);
    const pass = total <= BUDGET && rows.length > 0 && !note;
    failed ||= !pass;

    console.log(`\n${path}${note}`);
    console.log(`  ${"file".padEnd(48)} ${"raw kB".padStart(8)} ${"gzip kB".padStart(8)}`);
    for (const r of rows.sort((a, b) => b.gz - a.gz)) console.log(`  ${r.file.padEnd(48)} ${kB(r.raw)} ${kB(r.gz)}`);
    const rawTotal = rows.reduce((sum, r) => sum + r.raw, 0);
    console.log(`  ${"total".padEnd(48)} ${kB(rawTotal)} ${kB(total)}`);
    console.log(`  ${pass ? "PASS" : "FAIL"}: ${(total / 1000).toFixed(1)} kB gzip of JS, budget ${BUDGET / 1000} kB`);
    await context.close();
  }
} catch (err) {
  console.error(`[size] ${err instanceof Error ? err.message : err}`);
  failed = true;
} finally {
  await browser?.close();
  if (server.exitCode === null) server.kill("SIGTERM");
  await serverExit;
}
process.exit(failed ? 1 : 0);
