// `npm run test:e2e [-- playwright args]`: Playwright against a production build with the offline replica.
// Finds Chromium first so a missing browser gives a how-to instead of Playwright's download advice.
import { CHROMIUM_HELP, findChromium } from "./lib/chromium.mjs";
import { bin, exitCode, forwardSignals, node } from "./lib/run.mjs";

const chromium = findChromium();
if (!chromium) {
  console.error(CHROMIUM_HELP);
  process.exit(1);
}
console.log(`[e2e] Chromium: ${chromium}`);

const child = node(bin.playwright, ["test", ...process.argv.slice(2)], { CHROMIUM_PATH: chromium });
forwardSignals(() => child);
process.exit(await exitCode(child));
