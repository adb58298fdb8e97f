// `npm run bench`: how fast the production build shows a study, measured in Chromium (not a test).
// Steps: offline build -> vite preview on a free port -> N cold loads (fresh browser context each, so
// an empty cache) -> median per milestone -> table, and JSON in bench-results.json.
//
// Milestones, in page time from navigation start:
//   h1       the study title (h1) is in the layout, with text (sampled every animation frame)
//   complete the fully rendered page: the article carries `data-study-ready` (every section of the
//            table of contents rendered) and no markdown is still waiting for its lazy renderer
//            ([data-markdown-pending]). Pages built before `data-study-ready` existed fall back to
//            "#summary markdown rendered and network idle"; the output names the rule it used.
// Per milestone: the JavaScript loaded by then (same-origin scripts whose response had ended; raw and
// gzip level 9, as `npm run size` counts) and long tasks (> 50 ms) so far: count, total, and blocking
// time (the part of each beyond 50 ms).
// Options: --runs N (default 5), --path /study/NCT… (default /study/NCT02513394), --cpu N (CPU slowdown, default 1).
/* global window, document, requestAnimationFrame -- used inside functions that run in the page */
import { writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_HELP, findChromium } from "./lib/chromium.mjs";
import { bin, freePort, exitCode, forwardSignals, node, root, run } from "./lib/run.mjs";

const args = parseArgs(process.argv.slice(2), { runs: "5", path: "/study/NCT02513394", cpu: "1" });
const RUNS = Number(args.runs);
const CPU = Number(args.cpu);
if (!(Number.isInteger(RUNS) && RUNS > 0 && CPU >= 1 && args.path.startsWith("/"))) usage();
const env = { CTGOV_REPLICA: "1" };
const OUT = "bench-results.json";

const executablePath = findChromium();
if (!executablePath) {
  console.error(CHROMIUM_HELP);
  process.exit(1);
}

// Runs in the page before any of its scripts: records the milestones and long tasks.
const RECORDER = () => {
  const bench = { h1: null, complete: null, summary: null, longTasks: [] };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  const pending = (scope) => document.querySelector(`${scope} [data-markdown-pending]`) !== null;
  const tick = () => {
    const now = performance.now();
    const h1 = document.querySelector("h1");
    if (bench.h1 === null && h1 && h1.textContent.trim() && h1.getBoundingClientRect().height > 0) bench.h1 = now;
    if (bench.summary === null && document.querySelector("#summary .markdown") && !pending("#summary")) bench.summary = now;
    if (bench.complete === null && document.querySelector("[data-study-ready]") && !pending("")) bench.complete = now;
    if (bench.complete === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

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
  await waitForServer(origin);
  browser = await chromium.launch({ executablePath, args: ["--disable-gpu", "--disable-quic"] });
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const sample = await coldLoad(browser, origin + args.path);
    samples.push(sample);
    console.log(`run ${i + 1}/${RUNS}: h1 ${ms(sample.h1.time)}, complete ${ms(sample.complete.time)} (${sample.rule})`);
  }
  const result = summarise(samples);
  printTable(result);
  writeFileSync(`${root}/${OUT}`, JSON.stringify(result, null, 2) + "\n");
  console.log(`\nWrote ${OUT}`);
} catch (err) {
  console.error(`[bench] ${err instanceof Error ? err.message : err}`);
  failed = true;
} finally {
  await browser?.close();
  if (server.exitCode === null) server.kill("SIGTERM");
  await serverExit;
}
process.exit(failed ? 1 : 0);

async function coldLoad(browser, url) {
  const context = await browser.newContext(); // empty cache: a first visit
  const page = await context.newPage();
  if (CPU > 1) await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: CPU });
  await page.addInitScript(RECORDER);
  const bodies = new Map(); // url -> Promise<Buffer> of every same-origin script
  page.on("response", (res) => {
    const isScript = res.request().resourceType() === "script" || /\.m?js$/.test(new URL(res.url()).pathname);
    if (res.url().startsWith(origin) && isScript && !bodies.has(res.url())) bodies.set(res.url(), res.body().catch(() => Buffer.alloc(0)));
  });
  try {
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(() => window.__bench.h1 !== null, null, { timeout: 30_000 });
    const heading = await page.locator("h1").first().getAttribute("id");
    if (heading !== "study-title") throw new Error(`the h1 is not the study title (id=${heading}): an error page?`);
    // The app says when it is complete (data-study-ready). Builds without that marker: the summary's
    // markdown rendered (if there is a summary) and the network quiet.
    await page.waitForLoadState("networkidle");
    const marked = await page
      .waitForSelector("[data-study-ready]", { state: "attached", timeout: 5_000 })
      .then(() => page.waitForFunction(() => window.__bench.complete !== null, null, { timeout: 30_000 }))
      .then(() => true, () => false);
    if (!marked) await page.waitForFunction(() => window.__bench.summary !== null || !document.querySelector("#summary"), null, { timeout: 30_000 });
    const data = await page.evaluate(() => ({
      bench: window.__bench,
      resources: performance.getEntriesByType("resource").map((r) => ({ name: r.name, end: r.responseEnd })),
    }));
    const rule = marked ? "data-study-ready, no markdown pending" : "no data-study-ready yet: #summary markdown rendered, network idle";
    const lastResource = Math.max(0, ...data.resources.map((r) => r.end));
    const completeTime = marked ? data.bench.complete : Math.max(data.bench.h1, data.bench.summary ?? 0, lastResource);
    const sizes = new Map();
    for (const [scriptUrl, body] of bodies) {
      const raw = await body;
      sizes.set(scriptUrl, { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length });
    }
    const at = (time) => milestone(time, data, sizes);
    return { rule, h1: at(data.bench.h1), complete: at(completeTime) };
  } finally {
    await context.close();
  }
}

/** What had happened by `time`: scripts loaded and long tasks. */
function milestone(time, data, sizes) {
  let raw = 0;
  let gzip = 0;
  const files = [];
  for (const r of data.resources) {
    const size = sizes.get(r.name);
    if (!size || r.end > time) continue;
    raw += size.raw;
    gzip += size.gzip;
    files.push({ file: new URL(r.name).pathname, raw: size.raw, gzip: size.gzip });
  }
  const tasks = data.bench.longTasks.filter((t) => t.start < time);
  return {
    time,
    js: { raw, gzip, files },
    longTasks: {
      count: tasks.length,
      total: tasks.reduce((sum, t) => sum + t.duration, 0),
      blocking: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    },
  };
}

function summarise(samples) {
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const stats = (pick) => {
    const values = samples.map(pick);
    return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
  };
  const of = (name) => ({
    time: stats((s) => s[name].time),
    jsRaw: stats((s) => s[name].js.raw),
    jsGzip: stats((s) => s[name].js.gzip),
    longTaskCount: stats((s) => s[name].longTasks.count),
    longTaskTotal: stats((s) => s[name].longTasks.total),
    blockingTime: stats((s) => s[name].longTasks.blocking),
    files: samples.at(-1)[name].js.files,
  });
  return {
    date: new Date().toISOString(),
    commit: gitCommit(),
    path: args.path,
    runs: RUNS,
    cpuSlowdown: CPU,
    chromium: browser.version(),
    completeRule: [...new Set(samples.map((s) => s.rule))].join("; "),
    milestones: { h1: of("h1"), complete: of("complete") },
    samples,
  };
}

function printTable(result) {
  const { h1, complete } = result.milestones;
  const range = (s, f) => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
  const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
  const rows = [
    ["time from navigation start", range(h1.time, ms), range(complete.time, ms)],
    ["JavaScript loaded, gzip", kB(h1.jsGzip.median), kB(complete.jsGzip.median)],
    ["JavaScript loaded, raw", kB(h1.jsRaw.median), kB(complete.jsRaw.median)],
    ["long tasks (count)", String(h1.longTaskCount.median), String(complete.longTaskCount.median)],
    ["long tasks (total)", ms(h1.longTaskTotal.median), ms(complete.longTaskTotal.median)],
    ["blocking time (> 50 ms)", ms(h1.blockingTime.median), ms(complete.blockingTime.median)],
  ];
  console.log(`\n${result.path}: median of ${result.runs} cold loads (min–max), Chromium ${result.chromium}, CPU slowdown ${result.cpuSlowdown}×`);
  console.log(`  "complete" = ${result.completeRule}\n`);
  console.log(`  ${"".padEnd(28)} ${"h1 visible".padEnd(24)} ${"fully rendered".padEnd(24)}`);
  for (const [label, a, b] of rows) console.log(`  ${label.padEnd(28)} ${a.padEnd(24)} ${b.padEnd(24)}`);
  console.log(`\n  scripts loaded by "fully rendered" (last run)   ${"raw".padStart(9)} ${"gzip".padStart(9)}`);
  for (const f of complete.files) console.log(`    ${f.file.padEnd(44)} ${kB(f.raw).padStart(9)} ${kB(f.gzip).padStart(9)}`);
}

function ms(n) {
  return `${Math.round(n)} ms`;
}

function gitCommit() {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

/** `--name value` pairs over defaults. */
function parseArgs(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]?.replace(/^--/, "");
    if (!name || !(name in defaults) || argv[i + 1] === undefined) usage();
    out[name] = argv[i + 1];
  }
  return out;
}

function usage() {
  console.error("Usage: npm run bench -- [--runs N] [--path /study/NCT…] [--cpu N]");
  process.exit(2);
}

/** First free port from 4200 up (4173 may be held by `npm start`, 4180+ by `npm run size`; 4190 is on
 * the fetch standard's blocked-port list, which Node and Chromium both refuse). */

async function waitForServer(url) {
  for (let i = 0; ; i++) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    if (i > 150) throw new Error(`vite preview did not answer on ${url} within 30 s`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}
