// Shared Playwright fixtures: import { test, expect } from "./fixtures" in every spec.
// - No request may leave the machine: tile images get a blank PNG, everything else is aborted,
//   and all of them are recorded in `externalRequests` so a spec can assert on it.
// - Uncaught page errors and console errors are collected in `pageErrors`.
// - Content-Security-Policy violations (the preview server sends the production policy of
//   deploy/security-headers.mjs) go into `pageErrors` as "csp: <directive> <blocked URI>", and fail
//   every test at teardown, also in specs that filter `pageErrors` or don't look at it.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

export { expect };

/** 1×1 transparent PNG: Leaflet sizes tiles with CSS, so this is enough for a "loaded" tile. */
export const BLANK_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR42mNgAAIAAAUAAen63NgAAAAASUVORK5CYII=",
  "base64",
);

const isLocal = (url: URL) => ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
const isInternal = (url: URL) => !/^(https?|wss?):$/.test(url.protocol); // data:, blob: never leave
/** Map tile servers (tile.openstreetmap.org, a.tile.…, tiles.stadiamaps.com, basemaps.cartocdn.com, …). */
export const isTileRequest = (url: string) => /(^|\.)(tiles?|basemaps)\.|arcgisonline\.com$/.test(new URL(url).hostname);

type Fixtures = {
  /** Every http(s) request to a host other than 127.0.0.1/localhost, in order ("GET https://…"). */
  externalRequests: string[];
  /** "pageerror: …" for uncaught exceptions, "console.error: …" for console errors (incl. failed loads). */
  pageErrors: string[];
};

export const test = base.extend<Fixtures>({
  externalRequests: [
    async ({ context }, use) => {
      await use(await blockExternalRequests(context));
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ context, page }, use) => {
      const errors: string[] = [];
      await watchCspViolations(context, errors);
      page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
      page.on("console", (msg) => {
        if (msg.type() !== "error") return;
        const where = msg.location().url;
        errors.push(`console.error: ${msg.text()}${where ? ` (${where})` : ""}`);
      });
      await use(errors);
      const csp = errors.filter((line) => line.startsWith("csp: "));
      expect(csp, "Content-Security-Policy violations (see deploy/security-headers.mjs)").toEqual([]);
    },
    { auto: true },
  ],
});

const CSP_BINDING = "__e2eCspViolation";

/**
 * Runs in every frame before the page's own scripts. Each distinct violation is reported once per
 * document: the same event reaches document and window, and the policy comes twice (the header and
 * index.html's <meta>), so each violation fires once per policy.
 */
function reportCspViolations(binding: string): void {
  const reported = new Set<string>();
  const report = (event: SecurityPolicyViolationEvent): void => {
    const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber}:${event.columnNumber})` : "";
    const line = `csp: ${event.violatedDirective} ${event.blockedURI || "(no URI)"}${where}`;
    if (reported.has(line)) return;
    reported.add(line);
    const send = (window as unknown as Record<string, ((line: string) => void) | undefined>)[binding];
    send?.(line);
  };
  document.addEventListener("securitypolicyviolation", report, true);
  window.addEventListener("securitypolicyviolation", report, true);
}

/**
 * What the `pageErrors` fixture does about CSP, for contexts a spec opens itself (browser.newContext()):
 * every `securitypolicyviolation` in any page or frame of `context` is pushed to `errors`.
 * (The app starts no workers; a worker's violations would fire in the worker, not here.)
 */
export async function watchCspViolations(context: BrowserContext, errors: string[]): Promise<void> {
  await context.exposeBinding(CSP_BINDING, (_source, line: string) => void errors.push(line));
  await context.addInitScript(reportCspViolations, CSP_BINDING);
}

/**
 * What the `externalRequests` fixture does, for contexts a spec opens itself (browser.newContext()):
 * tiles get a blank PNG, every other request off the machine is aborted; returns the list it records.
 */
export async function blockExternalRequests(context: BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  await context.route(
    (url) => !isLocal(url) && !isInternal(url),
    (route) => {
      const req = route.request();
      seen.push(`${req.method()} ${req.url()}`);
      if (req.resourceType() === "image" && isTileRequest(req.url())) {
        // CORS header so tiles requested with crossOrigin (Leaflet's option) load too.
        const headers = { "access-control-allow-origin": "*" };
        return route.fulfill({ status: 200, contentType: "image/png", headers, body: BLANK_PNG });
      }
      return route.abort("internetdisconnected");
    },
  );
  return seen;
}

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe on the current page and fails with one line per violation: id, help, target selectors. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const lines = violations.map(
    (v) => `- ${v.id} (${v.impact ?? "?"}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  // Compare the count, not the array: the message already lists what matters, without axe's full JSON.
  expect(violations.length, `axe found ${violations.length} violation(s) on ${page.url()}:\n${lines.join("\n")}`).toBe(0);
}
