// Finds a Chromium for Playwright, Lighthouse-style tools and scripts/size.mjs.
// Debian's package is the normal source here: Playwright's own browser download needs internet.
// Run directly (`node scripts/lib/chromium.mjs`) it prints the path, or the how-to and exits 1.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export const CHROMIUM_HELP = [
  "No Chromium found. Get one of these:",
  "  - Debian/Ubuntu: sudo apt-get install chromium",
  "  - or point CHROMIUM_PATH at an existing Chromium/Chrome binary",
  "  - or, where browser downloads are allowed: npx playwright install chromium",
].join("\n");

/** @returns {string | null} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null; // an explicit but wrong path should not be papered over
  // The wrapper /usr/bin/chromium comes first (it sets Debian's flags); its /dev/shm warning is harmless.
  for (const p of ["/usr/bin/chromium", "/usr/lib/chromium/chromium"]) if (existsSync(p)) return p;
  try {
    // Synchronous on purpose: playwright.config.ts calls this at load time.
    const { chromium } = createRequire(import.meta.url)("@playwright/test");
    const p = chromium.executablePath();
    if (p && existsSync(p)) return p;
  } catch {
    // @playwright/test missing or no browser registry: fall through
  }
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const p = findChromium();
  if (p) console.log(p);
  else {
    console.error(CHROMIUM_HELP);
    process.exit(1);
  }
}
