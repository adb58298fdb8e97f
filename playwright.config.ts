import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/lib/chromium.mjs";
import { corpusSize } from "./e2e/corpus";

// e2e runs against what a clinic deploys: a production build behind the nginx gateway (npm run gateway:
// the same config, cache and headers), whose upstream is the offline replica as a plain HTTP server
// (npm run replica) instead of the registry. E2E_PORT runs a second suite beside the first (its own
// ports, build folder and gateway working folder).
const port = process.env.E2E_PORT ?? "4173";
const replicaPort = String(Number(port) + 1000);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "./e2e",
  // Each E2E_PORT run keeps its own artefacts: a run clears its output folder when it starts.
  outputDir: port === "4173" ? "test-results" : `test-results-${port}`,
  timeout: 30_000,
  workers: 1, // 2 cores: one browser beside the preview server
  retries: 0,
  forbidOnly: !!process.env.CI,
  // The JSON report is what scripts/test.mjs counts; it is gitignored.
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? ".pw.json" }]],
  use: { baseURL, trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          // Debian's Chromium (Playwright's own download needs internet); undefined lets Playwright say what's missing.
          executablePath: findChromium() ?? undefined,
          args: ["--disable-gpu", "--disable-quic"], // Playwright adds --headless, --no-sandbox etc. itself
        },
      },
    },
  ],
  webServer: [
    {
      command: "node scripts/replica.mjs",
      env: { REPLICA_PORT: replicaPort },
      url: `http://127.0.0.1:${replicaPort}/api/v2/version`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "node scripts/gateway.mjs", // builds, then serves
      env: {
        GATEWAY_PORT: port,
        GATEWAY_HOST: "127.0.0.1",
        GATEWAY_ROOT: `dist-e2e-${port}`,
        GATEWAY_WORKDIR: `.gateway-e2e-${port}`,
        CTGOV_UPSTREAM: `http://127.0.0.1:${replicaPort}`,
        // The suite is one fast visitor making thousands of requests: the registry's rate limit is not
        // what it tests (deploy/gateway.test.ts does).
        GATEWAY_UPSTREAM_RATE: "1000r/s",
        GATEWAY_UPSTREAM_BURST: "1000",
        GATEWAY_UPSTREAM_BURST_NOWAIT: "1000",
        // The replica serves a fixed sample: the app says so on every page.
        VITE_OFFLINE_SAMPLE: String(corpusSize()),
      },
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      // The script stops nginx (its own process group) on SIGTERM; the default SIGKILL would orphan it.
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
