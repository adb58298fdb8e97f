import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/lib/chromium.mjs";

// e2e runs against a production build served by `vite preview` with the offline replica (no internet).
// E2E_PORT runs a second suite beside the first (its own port and build folder).
const port = process.env.E2E_PORT ?? "4173";
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
  webServer: {
    command: `node scripts/start.mjs --offline${port === "4173" ? "" : ` --port=${port}`}`, // builds, then previews
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
