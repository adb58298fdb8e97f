// @vitest-environment node
// The plugin mounted in real Vite dev and preview servers: the replica must answer under /api/v2
// before Vite's SPA fallback, and leave every other path to Vite.
// Requests go over a raw socket: the suite-wide MSW server (src/testing/setup.ts) intercepts
// fetch and node:http and would reject requests to these local servers as unhandled.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, createServer, preview } from "vite";
import type { Logger } from "vite";
import { afterAll, describe, expect, test } from "vitest";
import { corpus, hasCorpus, rawGet } from "./test-support.ts";
import { ctgovReplica } from "./vite-plugin.ts";

const root = mkdtempSync(join(tmpdir(), "replica-vite-"));
const html = "<!doctype html><title>spa</title><div id=root></div>";
writeFileSync(join(root, "index.html"), html);
mkdirSync(join(root, "dist"));
writeFileSync(join(root, "dist", "index.html"), html);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function capturingLogger(lines: string[]): Logger {
  const silent = createLogger("silent");
  return { ...silent, info: (message: string) => void lines.push(message) };
}

async function exercise(base: string): Promise<void> {
  const version = await rawGet(base, "/api/v2/version");
  expect(version.status).toBe(200);
  expect(version.headers.get("content-type")).toBe("application/json");
  expect((JSON.parse(version.body) as { apiVersion: string }).apiVersion).toBe("2.0.5");

  const search = await rawGet(base, "/api/v2/studies?query.cond=headache&pageSize=1&fields=NCTId&countTotal=true");
  expect((JSON.parse(search.body) as { totalCount: number }).totalCount).toBeGreaterThan(0);

  // Unknown API paths get the replica's 404, not the SPA's index.html.
  const unknown = await rawGet(base, "/api/v2/nope");
  expect(unknown.status).toBe(404);
  expect(unknown.headers.get("content-type")).toMatch(/^text\/plain/);

  const alias = await rawGet(base, "/api/v2/studies/NCT02380456?fields=NCTId");
  expect(alias.status).toBe(301);
  expect(alias.headers.get("location")).toBe("/api/v2/studies/NCT02300909?fields=NCTId");

  // Everything else is Vite's business (SPA fallback serves index.html).
  const page = await rawGet(base, "/trials/NCT02513394");
  expect(page.status).toBe(200);
  expect(page.body).toContain("<title>spa</title>");
}

describe.skipIf(!hasCorpus)("ctgovReplica Vite plugin", () => {
  test("dev server", async () => {
    const lines: string[] = [];
    const server = await createServer({
      configFile: false,
      root,
      customLogger: capturingLogger(lines),
      server: { host: "127.0.0.1", port: 0, ws: false },
      plugins: [ctgovReplica(corpus)],
    });
    await server.listen();
    try {
      const base = server.resolvedUrls?.local[0]?.replace(/\/$/, "") ?? "";
      await exercise(base);
      expect(lines).toContain(`Offline replica: ${corpus.studies.length} studies from ${corpus.dir}`);
    } finally {
      await server.close();
    }
  });

  test("preview server", async () => {
    const lines: string[] = [];
    const server = await preview({
      configFile: false,
      root,
      customLogger: capturingLogger(lines),
      preview: { host: "127.0.0.1", port: 0 },
      plugins: [ctgovReplica(corpus)],
    });
    try {
      const base = server.resolvedUrls?.local[0]?.replace(/\/$/, "") ?? "";
      await exercise(base);
      expect(lines).toContain(`Offline replica: ${corpus.studies.length} studies from ${corpus.dir}`);
    } finally {
      await server.close();
    }
  });
});
