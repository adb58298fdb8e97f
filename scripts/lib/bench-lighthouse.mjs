// The Lighthouse part of `npm run bench`: Lighthouse 12.8 (mobile defaults: a Moto G Power-sized screen,
// 4× CPU slowdown, simulated slow 4G) on every route of the production build served by the gateway
// (compressed, as a clinic deploys it), and on a minimal page from the same server in the same run: the
// baseline shows what this machine scores for a page with nothing in it, so its noise is visible beside
// the app's figures.
//
// Per route, the median run (by performance score) of `runs`: the four category scores, the metrics the
// performance score is made of (FCP, LCP, TBT, CLS, speed index), DOM elements, and the JavaScript the
// visit loaded (same-origin scripts, bytes on the wire: gzip from the gateway).
import { writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export const LIGHTHOUSE_ROUTES = ["/", "/search?cond=asthma", "/study/NCT02513394", "/saved", "/kiosk"];
const BASELINE = "/bench-baseline.html";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** A page with one heading and one paragraph: the floor this machine and server allow. */
const BASELINE_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Lighthouse baseline"><title>Baseline</title></head>
<body><main><h1>Baseline</h1><p>A minimal page from the same server, to show what this machine scores for nothing.</p></main></body>
</html>
`;

/**
 * @param {{ origin: string, buildDir: string, executablePath: string, runs: number }} options
 *   buildDir: the folder the gateway serves (the baseline page is written into it).
 */
export async function benchLighthouse({ origin, buildDir, executablePath, runs }) {
  writeFileSync(`${buildDir}${BASELINE}`, BASELINE_HTML);
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const routes = [];
    for (const path of [BASELINE, ...LIGHTHOUSE_ROUTES]) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(origin + path, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES });
        if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
        const sample = summarise(result.lhr, origin);
        samples.push(sample);
        console.log(`lighthouse ${path} run ${i + 1}/${runs}: performance ${fmt(sample.scores.performance)}, LCP ${ms(sample.metrics.lcp)}, TBT ${ms(sample.metrics.tbt)}, CLS ${sample.metrics.cls.toFixed(3)}`);
      }
      // The run with the median performance score, whole (its metrics belong together).
      const ordered = [...samples].sort((a, b) => a.scores.performance - b.scores.performance);
      routes.push({ path, baseline: path === BASELINE, median: ordered[Math.floor((ordered.length - 1) / 2)], samples });
    }
    return { version: "12.8", formFactor: "mobile (Lighthouse defaults)", runs, routes };
  } finally {
    await chrome.kill();
  }
}

function summarise(lhr, origin) {
  const audits = lhr.audits;
  const value = (id) => audits[id]?.numericValue ?? NaN;
  const scripts = (audits["network-requests"]?.details?.items ?? []).filter(
    (r) => r.url.startsWith(origin) && (r.resourceType === "Script" || /\.m?js$/.test(new URL(r.url).pathname)),
  );
  const errors = Object.values(audits).filter((a) => a.errorMessage).map((a) => `${a.id}: ${a.errorMessage}`);
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? NaN])),
    metrics: {
      fcp: value("first-contentful-paint"),
      lcp: value("largest-contentful-paint"),
      tbt: value("total-blocking-time"),
      cls: value("cumulative-layout-shift"),
      speedIndex: value("speed-index"),
    },
    domElements: value("dom-size"),
    scriptBytes: scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    scriptFiles: scripts.length,
    // What fell short, so a score below 1 says why.
    failing: Object.values(lhr.categories)
      .flatMap((c) => c.auditRefs)
      .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && audits[ref.id]?.score < 0.9)
      .map((ref) => `${ref.id} ${audits[ref.id].displayValue ?? audits[ref.id].score}`),
    errors,
    warnings: lhr.runWarnings,
  };
}

export function printLighthouse(lh) {
  console.log(`\nLighthouse ${lh.version}, ${lh.formFactor}, through the gateway: the median run of ${lh.runs} per route`);
  const head = ["route", "perf", "a11y", "bp", "seo", "FCP", "LCP", "TBT", "CLS", "SI", "DOM", "JS gzip"];
  const widths = [24, 5, 5, 5, 5, 8, 8, 7, 6, 8, 6, 9];
  const line = (cells) => "  " + cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(" ");
  console.log(line(head));
  for (const { path, baseline, median: m } of lh.routes) {
    console.log(
      line([
        baseline ? `${path} (baseline)` : path,
        fmt(m.scores.performance),
        fmt(m.scores.accessibility),
        fmt(m.scores["best-practices"]),
        fmt(m.scores.seo),
        ms(m.metrics.fcp),
        ms(m.metrics.lcp),
        ms(m.metrics.tbt),
        m.metrics.cls.toFixed(3),
        ms(m.metrics.speedIndex),
        String(m.domElements),
        `${(m.scriptBytes / 1000).toFixed(1)} kB`,
      ]),
    );
    if (m.failing.length) console.log(`      below 0.9: ${m.failing.join("; ")}`);
    if (m.errors.length) console.log(`      audit errors: ${m.errors.join("; ")}`);
  }
}

const fmt = (score) => (Number.isFinite(score) ? score.toFixed(2) : "–");
const ms = (n) => (Number.isFinite(n) ? `${Math.round(n)} ms` : "–");
