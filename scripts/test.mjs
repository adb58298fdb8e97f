// `npm test`: lint, type-check, unit tests (vitest) and e2e (Playwright), in that order, always all four,
// then a summary whose last line is `N passed, N failed[, N skipped]` (also written to .test-summary;
// .ci/run repeats it as CI's closing line). Counting:
//   passed = vitest passed + Playwright expected + Playwright flaky (flaky ones are named in the summary)
//   failed = vitest failed + vitest test files that did not load + Playwright unexpected + Playwright
//            top-level errors + 1 per failed lint / type-check + 1 per runner that exited non-zero without
//            any of those, or left no readable JSON report (never "0 failed" by accident)
// Exit code is 1 when anything failed.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM_HELP, findChromium } from "./lib/chromium.mjs";
import { bin, exitCode, forwardSignals, node, root } from "./lib/run.mjs";

let child = null;
let interrupted = false;
forwardSignals(() => child);
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => (interrupted = true)); // Ctrl-C stops the whole run

const steps = [];
const totals = { passed: 0, failed: 0, skipped: 0 };

async function step(name, script, args, env) {
  console.log(`\n━━ ${name}: node ${[script, ...args].join(" ")}`);
  const start = Date.now();
  child = node(script, args, env);
  const code = await exitCode(child);
  child = null;
  if (interrupted) process.exit(code || 130);
  return { name, code, ms: Date.now() - start };
}

/** @returns {any} the parsed report, or null when missing or unparseable (counted as a failure) */
function readReport(file) {
  try {
    return JSON.parse(readFileSync(join(root, file), "utf8"));
  } catch (err) {
    console.error(`[test] cannot read ${file}: ${err instanceof Error ? err.message : err}`);
    return null;
  }
}

/** Adds a runner's counts; no report, or a non-zero exit with no failing test, counts as one failure. */
function record(s, counts, note = "") {
  const c = counts ?? { passed: 0, failed: 0, skipped: 0 };
  let why = "";
  if (!counts) why = " (no usable report: counted as 1 failure)";
  else if (s.code !== 0 && c.failed === 0) why = ` (runner exited ${s.code} without a failing test: counted as 1 failure)`;
  const failed = c.failed + (why ? 1 : 0);
  s.ok = failed === 0;
  s.detail = `${c.passed} passed, ${failed} failed, ${c.skipped} skipped${note}${why}`;
  totals.passed += c.passed;
  totals.failed += failed;
  totals.skipped += c.skipped;
  steps.push(s);
}

function checkStep(s) {
  s.ok = s.code === 0;
  s.detail = s.ok ? "" : "counted as 1 failure";
  if (!s.ok) totals.failed += 1;
  steps.push(s);
}

// 0. The registry's types are generated from ../shared/ctgov's OpenAPI spec, not committed (its examples
// are real records): the type-check needs them.
checkStep(await step("generate API types", bin.openapiTypescript, ["../shared/ctgov/ctg-oas-v2.yaml", "-o", "src/api/schema.d.ts"]));

// 1-2. Lint and type-check: one failure each, whatever the number of findings.
// The cache (in node_modules, so never committed) makes local re-runs fast; CI starts without one.
checkStep(await step("lint", bin.eslint, [".", "--cache", "--cache-location", "node_modules/.cache/eslint/"]));
checkStep(await step("type-check", bin.tsc, ["-b"]));

// 3. Unit tests. Old reports are deleted first so a crashed run can never reuse them.
rmSync(join(root, ".vitest.json"), { force: true });
const unit = await step("unit (vitest)", bin.vitest, ["run", "--reporter=default", "--reporter=json", "--outputFile.json=.vitest.json"]);
const v = readReport(".vitest.json");
// A test file that fails to load has no failing test of its own: count it as one failure.
const brokenFiles = (v?.testResults ?? []).filter(
  (f) => f.status === "failed" && !(f.assertionResults ?? []).some((a) => a.status === "failed"),
).length;
record(
  unit,
  v && Number.isInteger(v.numPassedTests) && Number.isInteger(v.numFailedTests)
    ? {
        passed: v.numPassedTests,
        failed: v.numFailedTests + brokenFiles,
        skipped: (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0),
      }
    : null,
  brokenFiles ? ` (${brokenFiles} of the failed are test files that did not load)` : "",
);

// 4. e2e. Without a browser the suite can't run: say how to get one and count it as failed.
rmSync(join(root, ".pw.json"), { force: true });
if (!findChromium()) {
  console.error(`\n━━ e2e (playwright): not run\n${CHROMIUM_HELP}`);
  steps.push({ name: "e2e (playwright)", ok: false, ms: 0, detail: "no Chromium found: counted as 1 failure" });
  totals.failed += 1;
} else {
  const e2e = await step("e2e (playwright)", "scripts/e2e.mjs", [], { PLAYWRIGHT_JSON_OUTPUT_NAME: ".pw.json" });
  const report = readReport(".pw.json");
  const stats = report?.stats;
  const ok = stats && ["expected", "unexpected", "flaky", "skipped"].every((k) => Number.isInteger(stats[k]));
  // Top-level errors (a spec that doesn't load, the web server failing) are not tests: one failure each.
  const errors = report?.errors?.length ?? 0;
  const notes = [stats?.flaky && `${stats.flaky} of the passed were flaky`, errors && `${errors} runner error(s)`];
  record(
    e2e,
    ok ? { passed: stats.expected + stats.flaky, failed: stats.unexpected + errors, skipped: stats.skipped } : null,
    notes.filter(Boolean).map((n) => ` (${n})`).join(""),
  );
}

// Summary; the very last line is the machine-readable one.
const line = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`;
console.log("\n━━ Summary");
for (const s of steps) {
  console.log(`  ${s.ok ? "ok  " : "FAIL"}  ${s.name.padEnd(18)} ${(s.ms / 1000).toFixed(1).padStart(6)} s  ${s.detail}`);
}
writeFileSync(join(root, ".test-summary"), `${line}\n`);
console.log(line);
process.exit(totals.failed > 0 ? 1 : 0);
