// `npm run bench`: how fast the app is, as a clinic deploys it, measured in Chromium (not a test).
// Steps: the production build served by the nginx gateway (scripts/gateway.mjs: compressed, same-origin
// API, production headers) in front of the offline replica (scripts/replica.mjs), each from this run's own
// folders -> the parts below -> tables, and JSON in bench-results.json (--out elsewhere).
//
// study     /study/NCT02513394, N cold loads (fresh browser context each, so an empty cache). Milestones,
//           in page time from navigation start:
//           h1        the study title (h1) is in the layout, with text (sampled every animation frame)
//           complete  the fully rendered page: the article carries `data-study-ready` and no markdown in
//                     the first screen is still waiting for its lazy renderer ([data-markdown-pending]).
//                     Builds before `data-study-ready` existed fall back to "#summary markdown rendered
//                     and network idle"; the output names the rule it used.
//           Per milestone: the JavaScript loaded by then (same-origin scripts whose response had ended; raw
//           and gzip level 9, as `npm run size` counts) and long tasks (> 50 ms) so far: count, total, and
//           blocking time (the part of each beyond 50 ms). And the DOM elements once fully rendered.
// search    bytes: the first page of a broad search as the app requests it (fields= card fields, 20
//           studies) and the same 20 studies as full records (filter.ids=…, no fields=), fetched from
//           Node: raw and gzip (zlib default level 6, as a server compresses a response), and the ratio.
//           submit: in a fresh context, 200 ms added to every /api/v2/studies response: a query typed on /
//           and submitted; page time from the click on "Search" to the first result card laid out
//           (`ol[aria-label="Search results"] article` with a height; sampled every animation frame, so it
//           includes loading the lazy /search chunk). Median of --runs.
//           typing: a 20-letter condition typed into /search at 80–120 ms a key (seeded, so every run
//           types alike): how many results-page requests carried it. The debounce allows at most 2; more
//           is a failure (exit 1), as a budget is in `npm run size`.
// open      a fresh visit to /search?cond=asthma with 200 ms added to every registry response; the
//           pointer rests 300 ms on the first result's study link, then clicks it: page time from the
//           click to the study's h1 laid out, and how many record requests left after the click (a
//           prefetch on hover leaves none). Median of --runs.
// map       the 437-site map of NCT02513394. After the page is complete, its sites section is scrolled
//           into view; from then until every placed site is on the map (single markers plus cluster
//           counts), the wall time and the main thread's long tasks. And the map chunk's size on disk.
// lighthouse  Lighthouse 12.8, mobile defaults, on /, /search?cond=asthma, /study/NCT02513394, /saved
//           and /kiosk, and on a minimal page from the same server as a baseline (scripts/lib/
//           bench-lighthouse.mjs): scores, FCP, LCP, TBT, CLS, speed index, DOM size, JS on the wire.
// markdown  a registry markup field may hold any 32,000 characters. The renderer's own code
//           (src/components/markdown/to-safe-html.ts with marked and DOMPurify, bundled and minified by
//           Vite as the app's markdown chunk is) runs in Chromium on 32,000-character pathological fields
//           and on the longest real field: per field, the median time of toSafeHtml, of inserting its HTML
//           into the page and laying it out, and whether the parser gave up. Target: well under 100 ms.
// criteria  the eligibility checklist (src/features/study/criteria-items.ts) over every saved record
//           ($CTGOV_CORPUS, default ../shared/ctgov/studies; scripts/lib/criteria-figures.mjs, which also
//           runs alone): records with criteria, records split into at least one inclusion and one
//           exclusion item, items per record (median, max), records shown whole. A record whose items
//           lose a word of its criteria is a failure (exit 1). Needs no server and no browser.
// Options: --runs N (default 5), --lighthouse-runs N (default 3), --path /study/NCT… (default
//          /study/NCT02513394), --cpu N (CPU slowdown for the study and markdown parts, default 1),
//          --search /search?… (the broad search for the bytes, default /search?status=all),
//          --query words (typed on / and submitted, default "cancer"; must find studies),
//          --only parts (comma-separated: study, search, open, map, lighthouse, markdown, criteria; default all; a
//          partial run replaces only its own parts in the output file), --out file (default
//          bench-results.json).
/* global window, document, requestAnimationFrame, Element -- used inside functions that run in the page */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { benchLighthouse, printLighthouse } from "./lib/bench-lighthouse.mjs";
import { CHROMIUM_HELP, findChromium } from "./lib/chromium.mjs";
import { criteriaFigures } from "./lib/criteria-figures.mjs";
import { freePort, exitCode, forwardSignals, node, root } from "./lib/run.mjs";

const args = parseArgs(process.argv.slice(2), {
  runs: "5",
  path: "/study/NCT02513394",
  cpu: "1",
  search: "/search?status=all",
  query: "cancer",
  only: "study,search,open,map,lighthouse,markdown,criteria",
  "lighthouse-runs": "3",
  out: "bench-results.json",
});
const RUNS = Number(args.runs);
const CPU = Number(args.cpu);
const PARTS = new Set(args.only.split(","));
const PART_NAMES = ["study", "search", "open", "map", "lighthouse", "markdown", "criteria"];
const LIGHTHOUSE_RUNS = Number(args["lighthouse-runs"]);
if (!(Number.isInteger(RUNS) && RUNS > 0 && Number.isInteger(LIGHTHOUSE_RUNS) && LIGHTHOUSE_RUNS > 0 && CPU >= 1 && args.path.startsWith("/") && args.search.startsWith("/search"))) usage();
if ([...PARTS].some((part) => !PART_NAMES.includes(part))) usage();
const NEEDS_APP = PART_NAMES.filter((part) => part !== "markdown" && part !== "criteria").some((part) => PARTS.has(part)); // the markdown and criteria parts need no server
const NEEDS_BROWSER = PART_NAMES.filter((part) => part !== "criteria").some((part) => PARTS.has(part)); // nor the criteria part a browser
const SEARCH_LATENCY_MS = 200;
const OPEN_SEARCH = "/search?cond=asthma";
const HOVER_MS = 300;
const TYPED_QUERY = "hypercholesterolemia"; // 20 letters
const TYPING_DELAY_MS = [80, 120];
const MAX_TYPING_SEARCHES = 2;
const OUT = resolve(root, args.out);
// Each run builds and serves from its own folders, so two benches (or a bench beside the e2e suite) never
// share a build.
const RUN_ID = `bench-${process.pid}`;
const BUILD_DIR = `dist-${RUN_ID}`;
const MAP_STUDY = "NCT02513394";
const MARKDOWN_FIELD = 32_000; // the registry's limit for a markup field
const BLANK_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR42mNgAAIAAAUAAen63NgAAAAASUVORK5CYII=",
  "base64",
);


const executablePath = NEEDS_BROWSER ? findChromium() : undefined;
if (NEEDS_BROWSER && !executablePath) {
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
  // Markdown still waiting for its renderer in the first screen (further down it loads on approach).
  const pending = (scope) =>
    [...document.querySelectorAll(`${scope} [data-markdown-pending]`)].some((el) => el.getBoundingClientRect().top < window.innerHeight);
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

let origin;
const servers = []; // the replica, then the gateway in front of it
if (NEEDS_APP) {
  // As a clinic deploys it: the production build behind the nginx gateway (compressed, cached, same
  // origin), with the offline replica as its registry.
  const replicaPort = await freePort(6300);
  const gatewayPort = await freePort(4400);
  origin = `http://127.0.0.1:${gatewayPort}`;
  servers.push(node("scripts/replica.mjs", [], { REPLICA_PORT: String(replicaPort) }));
  await waitFor(`http://127.0.0.1:${replicaPort}/api/v2/version`, "the replica");
  servers.push(
    node("scripts/gateway.mjs", [], {
      GATEWAY_PORT: String(gatewayPort),
      GATEWAY_HOST: "127.0.0.1",
      GATEWAY_ROOT: BUILD_DIR,
      GATEWAY_WORKDIR: `.gateway-${RUN_ID}`,
      CTGOV_UPSTREAM: `http://127.0.0.1:${replicaPort}`,
      // One fast visitor: the registry's rate limit is not what this measures.
      GATEWAY_UPSTREAM_RATE: "1000r/s",
      GATEWAY_UPSTREAM_BURST: "1000",
      GATEWAY_UPSTREAM_BURST_NOWAIT: "1000",
    }),
  );
  forwardSignals(() => servers.find((child) => child.exitCode === null));
}

let failed = false;
let browser;
try {
  if (NEEDS_APP) await waitFor(origin, "the gateway", 180);
  if (NEEDS_BROWSER) browser = await chromium.launch({ executablePath, args: ["--disable-gpu", "--disable-quic"] });
  let result = {};
  if (PARTS.has("study")) {
    const samples = [];
    for (let i = 0; i < RUNS; i++) {
      const sample = await coldLoad(browser, origin + args.path);
      samples.push(sample);
      console.log(`run ${i + 1}/${RUNS}: h1 ${ms(sample.h1.time)}, complete ${ms(sample.complete.time)} (${sample.rule})`);
    }
    result = summarise(samples);
    printTable(result);
  }
  if (PARTS.has("search")) {
    result.search = await benchSearch(browser);
    printSearch(result.search);
    failed ||= !result.search.typing.withinLimit;
  }
  if (PARTS.has("open")) {
    result.open = await benchOpen(browser);
    printOpen(result.open);
  }
  if (PARTS.has("map")) {
    result.map = await benchMap(browser);
    printMap(result.map);
  }
  if (PARTS.has("lighthouse")) {
    result.lighthouse = await benchLighthouse({ origin, buildDir: `${root}/${BUILD_DIR}`, executablePath, runs: LIGHTHOUSE_RUNS });
    printLighthouse(result.lighthouse);
  }
  if (PARTS.has("markdown")) {
    result.markdown = await benchMarkdown(browser);
    printMarkdown(result.markdown);
  }
  if (PARTS.has("criteria")) {
    const { figures, text } = await criteriaFigures();
    result.criteria = { date: new Date().toISOString(), commit: gitCommit(), ...figures };
    console.log(`\n${text}`);
    failed ||= figures.records === 0 || figures.lostWords.length > 0;
  }
  // A partial run (--only) keeps the other parts of the last full run.
  const previous = PARTS.size < PART_NAMES.length && existsSync(OUT) ? JSON.parse(readFileSync(OUT, "utf8")) : {};
  writeFileSync(OUT, JSON.stringify({ ...previous, ...result }, null, 2) + "\n");
  console.log(`\nWrote ${OUT}`);
} catch (err) {
  console.error(`[bench] ${err instanceof Error ? err.message : err}`);
  failed = true;
} finally {
  await browser?.close();
  for (const child of servers.reverse()) {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exitCode(child);
  }
  rmSync(`${root}/${BUILD_DIR}`, { recursive: true, force: true });
  rmSync(`${root}/.gateway-${RUN_ID}`, { recursive: true, force: true });
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
      elements: document.getElementsByTagName("*").length,
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
    return { rule, h1: at(data.bench.h1), complete: at(completeTime), domElements: data.elements };
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
    domElements: stats((s) => s.domElements),
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
  console.log(`  ${"DOM elements when fully rendered".padEnd(28)} ${result.domElements.median}`);
  console.log(`\n  scripts loaded by "fully rendered" (last run)   ${"raw".padStart(9)} ${"gzip".padStart(9)}`);
  for (const f of complete.files) console.log(`    ${f.file.padEnd(44)} ${kB(f.raw).padStart(9)} ${kB(f.gzip).padStart(9)}`);
}

// ---------------------------------------------------------------------------------------------------
// Search

// Function declarations, not consts: the top-level code above runs before consts down here exist.
function isStudiesList(url) {
  return new URL(url).pathname === "/api/v2/studies";
}
/** The no-results box's "how many?" requests (one id, NCTId only) are not results pages. */
function isCountRequest(params) {
  return params.get("pageSize") === "1" && params.get("fields") === "NCTId";
}
function isResultsPage(url) {
  return isStudiesList(url) && !isCountRequest(new URL(url).searchParams);
}

async function benchSearch(browser) {
  const bytes = await searchBytes(browser);
  console.log(
    `\nsearch bytes: card fields ${bytes.cards.raw} B raw / ${bytes.cards.gzip} B gzip; full records ${bytes.full.raw} B raw / ${bytes.full.gzip} B gzip`,
  );
  const submits = [];
  for (let i = 0; i < RUNS; i++) {
    const sample = await submitToFirstCard(browser);
    submits.push(sample);
    console.log(
      `search run ${i + 1}/${RUNS}: submit → first card ${ms(sample.firstCard)} (request sent at ${ms(sample.firstRequest)}, answered at ${ms(sample.firstResponse)})`,
    );
  }
  const typing = await typingRequests(browser);
  console.log(`typing: ${typing.searches} results-page request(s) with the condition, ${typing.allRequests} /api/v2/studies request(s) in all`);
  return {
    bytes,
    submit: {
      path: "/",
      query: args.query,
      addedLatencyMs: SEARCH_LATENCY_MS,
      runs: RUNS,
      firstCard: stats(submits.map((s) => s.firstCard)),
      firstRequest: stats(submits.map((s) => s.firstRequest)),
      firstResponse: stats(submits.map((s) => s.firstResponse)),
      samples: submits,
    },
    typing,
  };
}

/** The first page as the app asks for it (its own request, captured in Chromium) vs the same studies in full. */
async function searchBytes(browser) {
  const context = await browser.newContext();
  let appUrl;
  try {
    const page = await context.newPage();
    const [request] = await Promise.all([
      page.waitForRequest((req) => isResultsPage(req.url()) && !new URL(req.url()).searchParams.has("pageToken")),
      page.goto(origin + args.search),
    ]);
    appUrl = request.url();
  } finally {
    await context.close();
  }
  const cardsBody = await download(appUrl);
  const ids = (JSON.parse(cardsBody.toString("utf8")).studies ?? []).map((s) => s.protocolSection?.identificationModule?.nctId);
  if (ids.length === 0 || ids.some((id) => typeof id !== "string")) throw new Error(`${args.search}: the first page has no studies`);
  const fullUrl = `${origin}/api/v2/studies?${new URLSearchParams({ "filter.ids": ids.join(","), pageSize: String(ids.length) })}`;
  const fullBody = await download(fullUrl);
  const fullIds = (JSON.parse(fullBody.toString("utf8")).studies ?? []).map((s) => s.protocolSection?.identificationModule?.nctId);
  if (fullIds.length !== ids.length || !ids.every((id) => fullIds.includes(id))) {
    throw new Error(`filter.ids returned ${fullIds.length} of the ${ids.length} studies`);
  }
  const size = (body) => ({ raw: body.length, gzip: gzipSync(body).length });
  const cards = size(cardsBody);
  const full = size(fullBody);
  const appParams = new URL(appUrl).searchParams;
  return {
    search: args.search,
    studies: ids.length,
    request: `/api/v2/studies?${appParams}`,
    fieldsCount: appParams.get("fields")?.split(",").length ?? 0,
    cards,
    full,
    ratio: { raw: full.raw / cards.raw, gzip: full.gzip / cards.gzip },
  };
}

async function download(url) {
  const res = await fetch(url, { headers: { "accept-encoding": "identity" }, signal: AbortSignal.timeout(30_000) });
  if (!res.ok) throw new Error(`${url} answered HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

// Runs in the page before its scripts: the click on the search form's submit button, and the first card.
function searchRecorder() {
  const bench = { submit: null, firstCard: null };
  window.__searchBench = bench;
  document.addEventListener(
    "click",
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('form[role="search"] [type="submit"]') : null;
      if (target && bench.submit === null) bench.submit = performance.now();
    },
    true, // capture: before the app handles it
  );
  const tick = () => {
    if (bench.submit !== null && bench.firstCard === null) {
      const card = document.querySelector('ol[aria-label="Search results"] article');
      if (card && card.getBoundingClientRect().height > 0) bench.firstCard = performance.now();
    }
    if (bench.firstCard === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** A first visit (nothing cached) where every registry answer takes SEARCH_LATENCY_MS longer. */
async function slowRegistryContext(browser) {
  const context = await browser.newContext();
  await context.route(
    (url) => url.pathname.startsWith("/api/v2/studies"),
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, SEARCH_LATENCY_MS));
      await route.continue();
    },
  );
  return context;
}

async function submitToFirstCard(browser) {
  const context = await slowRegistryContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(searchRecorder);
    await page.goto(origin + "/");
    const form = page.getByRole("search", { name: "Search for clinical trials" });
    await form.getByLabel("Condition or disease").fill(args.query);
    await page.waitForLoadState("networkidle");
    await form.getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForFunction(() => window.__searchBench.firstCard !== null, null, { timeout: 30_000 }).catch(() => {
      throw new Error(`no result card for "${args.query}" within 30 s (does the query find studies?)`);
    });
    // The first results page's response, in page time (resource timing includes the added latency).
    const { submit, firstCard, firstRequestStart, firstResponseEnd } = await page.evaluate(() => {
      const api = performance
        .getEntriesByType("resource")
        .filter((e) => new URL(e.name).pathname === "/api/v2/studies" && e.responseEnd > (window.__searchBench.submit ?? 0));
      const first = api.sort((a, b) => a.startTime - b.startTime)[0];
      return { ...window.__searchBench, firstRequestStart: first?.startTime ?? NaN, firstResponseEnd: first?.responseEnd ?? NaN };
    });
    return { firstCard: firstCard - submit, firstRequest: firstRequestStart - submit, firstResponse: firstResponseEnd - submit };
  } finally {
    await context.close();
  }
}

/** Deterministic 80–120 ms delays, so every run types with the same rhythm. */
function* keyDelays(seed = 7) {
  let x = seed;
  const [lo, hi] = TYPING_DELAY_MS;
  for (;;) {
    x = (x * 48271) % 2147483647; // Park–Miller: exact in doubles
    yield lo + Math.round((x / 2147483647) * (hi - lo));
  }
}

async function typingRequests(browser) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(origin + "/search");
    await page.locator('ol[aria-label="Search results"] article').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState("networkidle");
    const all = [];
    page.on("request", (req) => {
      if (isStudiesList(req.url())) all.push(new URL(req.url()).searchParams);
    });
    const input = page.getByRole("search", { name: "Search for clinical trials" }).getByLabel("Condition or disease");
    await input.click();
    const delays = keyDelays();
    const started = Date.now();
    for (const ch of TYPED_QUERY) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(delays.next().value);
    }
    const typingMs = Date.now() - started;
    await page.waitForTimeout(1_500); // the debounce, the request and anything late
    await page.waitForLoadState("networkidle");
    const searches = all.filter((p) => !isCountRequest(p) && p.has("query.cond"));
    const finalUrl = new URL(page.url());
    if (finalUrl.searchParams.get("cond") !== TYPED_QUERY) throw new Error(`after typing, the URL is ${finalUrl.pathname}${finalUrl.search}`);
    return {
      query: TYPED_QUERY,
      keyDelayMs: TYPING_DELAY_MS,
      typingMs,
      searches: searches.length,
      searched: searches.map((p) => p.get("query.cond")),
      allRequests: all.length,
      limit: MAX_TYPING_SEARCHES,
      withinLimit: searches.length <= MAX_TYPING_SEARCHES,
    };
  } finally {
    await context.close();
  }
}

function printSearch(search) {
  const { bytes, submit, typing } = search;
  const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
  const times = (n) => `${n.toFixed(1)}×`;
  const range = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
  console.log(`\n${bytes.search}: first page of results, ${bytes.studies} studies, uncompressed and gzip`);
  console.log(`  ${"".padEnd(40)} ${"raw".padStart(10)} ${"gzip".padStart(10)}`);
  console.log(`  ${`card fields (fields=, ${bytes.fieldsCount} pieces)`.padEnd(40)} ${kB(bytes.cards.raw).padStart(10)} ${kB(bytes.cards.gzip).padStart(10)}`);
  console.log(`  ${"the same studies as full records".padEnd(40)} ${kB(bytes.full.raw).padStart(10)} ${kB(bytes.full.gzip).padStart(10)}`);
  console.log(`  ${"full records ÷ card fields".padEnd(40)} ${times(bytes.ratio.raw).padStart(10)} ${times(bytes.ratio.gzip).padStart(10)}`);
  console.log(`\nSubmit on / ("${submit.query}"), ${submit.addedLatencyMs} ms added to each registry response: median of ${submit.runs} fresh visits (min–max)`);
  console.log(`  ${"click → results request sent".padEnd(40)} ${range(submit.firstRequest)}`);
  console.log(`  ${"click → its response received".padEnd(40)} ${range(submit.firstResponse)}`);
  console.log(`  ${"click → first card laid out".padEnd(40)} ${range(submit.firstCard)}`);
  const [lo, hi] = typing.keyDelayMs;
  console.log(`\nTyping "${typing.query}" (${typing.query.length} letters, ${lo}–${hi} ms a key, ${ms(typing.typingMs)}) into Condition on /search`);
  console.log(`  ${"searches sent (results pages)".padEnd(40)} ${String(typing.searches)} (limit ${typing.limit}): ${typing.withinLimit ? "PASS" : "FAIL"}`);
  console.log(`  ${"all /api/v2/studies requests".padEnd(40)} ${String(typing.allRequests)}`);
}

// ---------------------------------------------------------------------------------------------------
// Opening a study from the results

// Runs in the page before its scripts: the click on a result's study link, then the study's h1 laid out.
function openRecorder() {
  const bench = { click: null, h1: null };
  window.__openBench = bench;
  const tick = () => {
    const h1 = document.querySelector("h1#study-title");
    if (h1 && h1.textContent.trim() && h1.getBoundingClientRect().height > 0) bench.h1 = performance.now();
    else requestAnimationFrame(tick);
  };
  document.addEventListener(
    "click",
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('ol[aria-label="Search results"] a[href*="/study/"]') : null;
      if (link && bench.click === null) {
        bench.click = performance.now();
        requestAnimationFrame(tick);
      }
    },
    true, // capture: before the app handles it
  );
}

/** A search's first result card: the pointer rests on its link, then clicks it; page time to the study's h1. */
async function cardToStudy(browser) {
  const context = await slowRegistryContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(openRecorder);
    await page.goto(origin + OPEN_SEARCH);
    const link = page.locator('ol[aria-label="Search results"] article').first().locator('a[href*="/study/"]').first();
    await link.waitFor({ timeout: 30_000 });
    await page.waitForLoadState("networkidle");
    const records = [];
    page.on("request", (req) => {
      if (/^\/api\/v2\/studies\/NCT\d{8}$/.test(new URL(req.url()).pathname)) records.push(req.url());
    });
    await link.hover();
    await page.waitForTimeout(HOVER_MS);
    const beforeClick = records.length;
    await link.click();
    await page.waitForFunction(() => window.__openBench.h1 !== null, null, { timeout: 30_000 });
    const { click, h1 } = await page.evaluate(() => window.__openBench);
    return { h1: h1 - click, recordRequestsOnHover: beforeClick, recordRequestsAfterClick: records.length - beforeClick };
  } finally {
    await context.close();
  }
}

async function benchOpen(browser) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const sample = await cardToStudy(browser);
    samples.push(sample);
    console.log(
      `open run ${i + 1}/${RUNS}: click → study h1 ${ms(sample.h1)} (record requests: ${sample.recordRequestsOnHover} while hovering, ${sample.recordRequestsAfterClick} after the click)`,
    );
  }
  return { search: OPEN_SEARCH, addedLatencyMs: SEARCH_LATENCY_MS, hoverMs: HOVER_MS, runs: RUNS, h1: stats(samples.map((s) => s.h1)), samples };
}

function printOpen(open) {
  const range = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
  console.log(`\nOpening a study from ${open.search}: the pointer rests ${open.hoverMs} ms on the first card's link, then clicks; ${open.addedLatencyMs} ms added to each registry response; median of ${open.runs} fresh visits (min–max)`);
  console.log(`  ${"click → study h1 laid out".padEnd(40)} ${range(open.h1)}`);
}

async function benchMap(browser) {
  const placed = placedSites(MAP_STUDY);
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Tiles get a blank image (no tile server is called); nothing else leaves the machine.
    await context.route(
      (url) => url.hostname !== "127.0.0.1",
      (route) => (route.request().resourceType() === "image" ? route.fulfill({ contentType: "image/png", body: BLANK_PNG }) : route.abort()),
    );
    await context.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: "longtask", buffered: true });
    });
    const page = await context.newPage();
    await page.goto(`${origin}/study/${MAP_STUDY}`);
    await page.waitForSelector("[data-study-ready]");
    await page.waitForLoadState("networkidle");
    const start = await page.evaluate(() => {
      const t = performance.now();
      document.getElementById("locations")?.scrollIntoView();
      return t;
    });
    await page.waitForFunction(
      (expected) => {
        const map = document.querySelector(".leaflet-container");
        if (!map) return false;
        const singles = map.querySelectorAll(".leaflet-marker-icon:not(.site-cluster)").length;
        const clustered = [...map.querySelectorAll(".site-cluster [aria-hidden='true']")].reduce((n, el) => n + Number(el.textContent), 0);
        return singles + clustered === expected;
      },
      placed,
      { timeout: 30_000, polling: "raf" },
    );
    const sample = await page.evaluate((t0) => {
      const tasks = window.__longTasks.filter((task) => task.start >= t0);
      return {
        renderMs: performance.now() - t0,
        longTasks: tasks.length,
        longTaskMs: tasks.reduce((n, task) => n + task.duration, 0),
        blockingMs: tasks.reduce((n, task) => n + Math.max(0, task.duration - 50), 0),
      };
    }, start);
    samples.push(sample);
    console.log(`map run ${i + 1}/${RUNS}: ${placed} markers in ${ms(sample.renderMs)}, long tasks ${sample.longTasks} (${ms(sample.longTaskMs)})`);
    await context.close();
  }
  return {
    study: MAP_STUDY,
    markers: placed,
    runs: RUNS,
    renderMs: stats(samples.map((s) => s.renderMs)),
    longTaskMs: stats(samples.map((s) => s.longTaskMs)),
    blockingMs: stats(samples.map((s) => s.blockingMs)),
    samples,
    chunk: mapChunkSize(),
  };
}

/** Sites of the record with a usable position, as the app counts them (0,0 is no position). */
function placedSites(nctId) {
  const dir = process.env.CTGOV_CORPUS ?? `${root}/../shared/ctgov/studies`;
  const record = JSON.parse(readFileSync(`${dir}/${nctId}.json`, "utf8"));
  const sites = record.protocolSection?.contactsLocationsModule?.locations ?? [];
  return sites.filter(({ geoPoint: g }) => typeof g?.lat === "number" && typeof g?.lon === "number" && !(g.lat === 0 && g.lon === 0)).length;
}

/** The map's lazy chunk (Leaflet, clustering, our component) and its CSS, gzip level 9 as `npm run size` counts. */
function mapChunkSize() {
  const dir = `${root}/${BUILD_DIR}/assets`;
  const files = readdirSync(dir).filter((name) => /^site-map-.*\.(js|css)$/.test(name)); // not the .gz copies
  return files.map((name) => {
    const body = readFileSync(`${dir}/${name}`);
    return { file: name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
}

function printMap(map) {
  const range = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
  console.log(`\nMap of ${map.study}: ${map.markers} sites with a position, median of ${map.runs} (min–max), from scrolling to its sites`);
  console.log(`  ${"until every marker is on the map".padEnd(40)} ${range(map.renderMs)}`);
  console.log(`  ${"main-thread long tasks in that time".padEnd(40)} ${range(map.longTaskMs)}`);
  console.log(`  ${"blocking time (beyond 50 ms each)".padEnd(40)} ${range(map.blockingMs)}`);
  for (const file of map.chunk) console.log(`  ${file.file.padEnd(40)} ${(file.raw / 1000).toFixed(1)} kB raw, ${(file.gzip / 1000).toFixed(1)} kB gzip`);
}

// ---------------------------------------------------------------------------------------------------
// Markdown renderer

/** `unit` repeated to the field limit, between `prefix` and `suffix`. */
function fill(unit, prefix = "", suffix = "") {
  return prefix + unit.repeat(Math.floor((MARKDOWN_FIELD - prefix.length - suffix.length) / unit.length)) + suffix;
}

/** Pathological fields, each as long as the registry allows. */
function markdownFields() {
  return {
    "list nested 16,000 deep": () => fill("- ", "", "x"),
    "quote nested 16,000 deep": () => fill("> ", "", "x"),
    "list indented deeper each line": () => {
      let text = "";
      for (let i = 0; text.length < MARKDOWN_FIELD; i++) text += `${"  ".repeat(i)}- item\n`;
      return text.slice(0, MARKDOWN_FIELD);
    },
    "bare URL + 31,979 ')'": () => fill(")", "https://example.org/a"),
    "unmatched emphasis 'a*_'": () => fill("a*_"),
    "emphasis run '*a'": () => fill("*a"),
    "strong/emphasis openers '**a* '": () => fill("**a* "),
    "'[' run": () => fill("["),
    "'<' run": () => fill("<"),
    "'&amp;' run": () => fill("&amp;"),
    "8,000 headings '# a'": () => fill("# a\n"),
    "16,000 empty list items '-'": () => fill("-\n"),
    "10,660 reference links '[x]'": () => fill("[x]", "[x]: https://a.org\n\n"),
    "10,666 paragraphs 'a'": () => fill("a\n\n"),
    "2,000 bare URLs": () => fill("https://a.org/x "),
    "one 32,000-character line": () => fill("word "),
  };
}

/** The renderer's code as the app ships it: to-safe-html.ts and its imports, bundled and minified by Vite. */
async function markdownBundle() {
  const { build } = await import("vite");
  const dir = mkdtempSync(join(tmpdir(), "markdown-bench-"));
  try {
    const entry = join(dir, "entry.js");
    const source = (file) => JSON.stringify(`${root}/src/components/markdown/${file}`);
    writeFileSync(entry, `export { toSafeHtml } from ${source("to-safe-html.ts")};\nexport { markdownToHtml } from ${source("parse-markdown.ts")};\n`);
    const output = await build({
      configFile: false,
      root,
      logLevel: "warn",
      build: { write: false, minify: true, lib: { entry, formats: ["iife"], name: "markdownBench" } },
    });
    return [output].flat()[0].output[0].code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The longest markup field of the saved records, as a real-world yardstick. */
function longestRealField() {
  const dir = process.env.CTGOV_CORPUS ?? `${root}/../shared/ctgov/studies`;
  let longest = { id: "", text: "" };
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    const protocol = JSON.parse(readFileSync(`${dir}/${name}`, "utf8")).protocolSection;
    for (const text of [protocol?.eligibilityModule?.eligibilityCriteria, protocol?.descriptionModule?.detailedDescription]) {
      if (typeof text === "string" && text.length > longest.text.length) longest = { id: name.replace(".json", ""), text };
    }
  }
  return longest;
}

async function benchMarkdown(browser) {
  const code = await markdownBundle();
  const real = longestRealField();
  const fields = Object.entries(markdownFields()).map(([name, make]) => ({ name, text: make() }));
  if (real.text) fields.push({ name: `real: longest field (${real.id})`, text: real.text });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (CPU > 1) await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: CPU });
    await page.setContent("<!doctype html><html><body></body></html>");
    await page.addScriptTag({ content: code });
    await page.evaluate(() => window.markdownBench.toSafeHtml("warm **up** https://example.org")); // compile once
    const results = [];
    for (const { name, text } of fields) {
      const sample = await page.evaluate(
        ({ text, runs }) => {
          const { toSafeHtml, markdownToHtml } = window.markdownBench;
          let gaveUp = false;
          try {
            markdownToHtml(text);
          } catch {
            gaveUp = true;
          }
          const render = [];
          const insert = [];
          let html = "";
          for (let i = 0; i < runs; i++) {
            const t0 = performance.now();
            html = toSafeHtml(text);
            const t1 = performance.now();
            const box = document.body.appendChild(document.createElement("div"));
            box.innerHTML = html;
            box.getBoundingClientRect(); // layout, as the page must before it paints
            insert.push(performance.now() - t1);
            render.push(t1 - t0);
            box.remove();
          }
          const box = document.createElement("div");
          box.innerHTML = html;
          return { render, insert, gaveUp, htmlChars: html.length, elements: box.querySelectorAll("*").length };
        },
        { text, runs: RUNS },
      );
      const result = { name, chars: text.length, ...sample, renderMs: stats(sample.render), insertMs: stats(sample.insert) };
      results.push(result);
      console.log(`markdown: ${name}: ${ms(result.renderMs.median)} + insert ${ms(result.insertMs.median)}${sample.gaveUp ? " (plain paragraphs)" : ""}`);
    }
    return { date: new Date().toISOString(), commit: gitCommit(), chromium: browser.version(), runs: RUNS, cpuSlowdown: CPU, fields: results };
  } finally {
    await context.close();
  }
}

function printMarkdown(markdown) {
  const range = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
  console.log(`\nMarkdown renderer on ${MARKDOWN_FIELD.toLocaleString("en-US")}-character fields, median of ${markdown.runs} (min–max), Chromium ${markdown.chromium}`);
  console.log(`  ${"field".padEnd(40)} ${"toSafeHtml".padEnd(20)} ${"insert + layout".padEnd(20)} output`);
  for (const f of markdown.fields) {
    const output = `${f.elements} elements${f.gaveUp ? ", plain paragraphs" : ""}`;
    console.log(`  ${f.name.padEnd(40)} ${range(f.renderMs).padEnd(20)} ${range(f.insertMs).padEnd(20)} ${output}`);
  }
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1) };
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
  console.error('Usage: npm run bench -- [--runs N] [--path /study/NCT…] [--cpu N] [--search "/search?…"] [--query words] [--only study,search,open,map,lighthouse,markdown,criteria] [--lighthouse-runs N] [--out file.json]');
  process.exit(2);
}

/** Waits until `url` answers 200 (or a server we started dies). */
async function waitFor(url, what, seconds = 60) {
  for (let i = 0; ; i++) {
    const dead = servers.find((child) => child.exitCode !== null);
    if (dead) throw new Error(`${what}: a server exited with ${dead.exitCode}`);
    if (i > seconds * 5) throw new Error(`${what} did not answer on ${url} within ${seconds} s`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}
