// @vitest-environment node
// `npm run replica` (scripts/replica.mjs): the replica as a plain HTTP server in its own process, answering
// exactly what handleRequest answers in-process, and stopping cleanly on SIGTERM.
// Requests go over a raw socket: the suite-wide MSW server (src/testing/setup.ts) intercepts fetch and
// node:http in this process and would reject requests to a local server as unhandled.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { api, corpusDir, hasCorpus, rawGet, searchUrl } from "./test-support.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

describe.skipIf(!hasCorpus)("npm run replica", () => {
  let child: ChildProcess;
  let port = 0;
  const output: string[] = [];

  beforeAll(async () => {
    child = spawn(process.execPath, ["scripts/replica.mjs"], {
      cwd: root,
      env: { ...process.env, REPLICA_PORT: "0", CTGOV_CORPUS: corpusDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stderr?.on("data", (chunk: Buffer) => output.push(String(chunk)));
    port = await new Promise<number>((resolve, reject) => {
      child.stdout?.on("data", (chunk: Buffer) => {
        output.push(String(chunk));
        const found = /at http:\/\/127\.0\.0\.1:(\d+)\/api\/v2/.exec(output.join(""));
        if (found) resolve(Number(found[1]));
      });
      child.on("exit", (code) => reject(new Error(`replica exited (${code}) before listening:\n${output.join("")}`)));
    });
  }, 60_000);

  afterAll(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });

  test("announces the corpus it serves", () => {
    expect(output.join("")).toMatch(/^\[replica\] \d+ studies from .+ at http:\/\/127\.0\.0\.1:\d+\/api\/v2$/m);
    expect(output.join("")).toContain(corpusDir);
  });

  test("a study record: the same bytes and headers as handleRequest", async () => {
    const path = "/api/v2/studies/NCT02513394";
    const [http, direct] = [await rawGet(`http://127.0.0.1:${port}`, path), api(path)];
    expect(http.status).toBe(200);
    expect(http.headers.get("content-type")).toBe("application/json");
    expect(http.body).toBe(direct.body);
    expect((JSON.parse(http.body) as { protocolSection: { identificationModule: { nctId: string } } }).protocolSection
      .identificationModule.nctId).toBe("NCT02513394");
  });

  test("a search's first and next page, as the app asks for them", async () => {
    const params = { "query.cond": "cancer", pageSize: "3", fields: "NCTId|BriefTitle", countTotal: "true" };
    const first = await rawGet(`http://127.0.0.1:${port}`, searchUrl(params));
    expect(first.status).toBe(200);
    expect(first.body).toBe(api(searchUrl(params)).body);
    const page = JSON.parse(first.body) as { studies: unknown[]; totalCount: number; nextPageToken?: string };
    expect(page.studies).toHaveLength(3);
    expect(page.totalCount).toBeGreaterThan(3);
    const nextUrl = searchUrl({ ...params, countTotal: "false", pageToken: page.nextPageToken ?? "" });
    const next = await rawGet(`http://127.0.0.1:${port}`, nextUrl);
    expect(next.status).toBe(200);
    expect(next.body).toBe(api(nextUrl).body);
  });

  test("errors like the registry's; only /api/v2 is served", async () => {
    expect((await rawGet(`http://127.0.0.1:${port}`, "/api/v2/studies/NCT123")).status).toBe(400);
    const outside = await rawGet(`http://127.0.0.1:${port}`, "/study/NCT02513394");
    expect(outside.status).toBe(404);
    expect(outside.headers.get("content-type")).toMatch(/^text\/plain/);
  });

  test("SIGTERM stops it cleanly: exit code 0, port closed", async () => {
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    await expect(rawGet(`http://127.0.0.1:${port}`, "/api/v2/version")).rejects.toThrow(/ECONNREFUSED/);
  });
});
