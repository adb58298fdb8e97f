// @vitest-environment node
// The gateway (scripts/gateway.mjs + deploy/nginx/gateway.conf.template) tested over HTTP with the real
// nginx: a small Node server plays the registry (counts requests per URL, and can answer slowly, fail
// with 500 or 429, hang, or drop the connection), and the gateway runs with short TTLs in front of it,
// serving a small static folder instead of a full Vite build.
// Without nginx these tests are skipped with a note, unless CI or GATEWAY_REQUIRED=1 is set: then they fail.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest, createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { createServer as createNetServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers.mjs";
import {
  canReach,
  findNginx,
  lookupUser,
  readSettings,
  renderGatewayConfig,
  TEMPLATE,
  writeGatewayConfig,
} from "../scripts/lib/gateway-config.mjs";
import { precompress } from "../scripts/lib/precompress.mjs";

const repo = fileURLToPath(new URL("..", import.meta.url));
const nginx = findNginx();
const required = !!process.env.GATEWAY_REQUIRED?.match(/^(1|true)$/) || !!process.env.CI?.match(/^(1|true)$/i);
if (!nginx && !required) {
  console.warn("[gateway.test] nginx is not installed (sudo apt-get install nginx): the gateway tests over HTTP are skipped. CI=true or GATEWAY_REQUIRED=1 makes that a failure.");
}
const isRoot = process.getuid?.() === 0;
const TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png";
const EXPECTED_HEADERS = securityHeaders({ tileUrl: TILE_URL });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const temps: string[] = [];

/** A folder everybody can enter (nginx's workers run as nobody when the tests run as root). */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  temps.push(dir);
  return dir;
}

// ── HTTP without fetch's automatic decompression, so Content-Encoding can be checked ──────────────
interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The body as text, gunzipped when it came gzipped. */
  text: string;
  ms: number;
}

function get(url: string, { headers = {}, method = "GET" }: { headers?: Record<string, string>; method?: string } = {}): Promise<Reply> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        const text = (res.headers["content-encoding"] === "gzip" ? gunzipSync(body) : body).toString("utf8");
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text, ms: Date.now() - started });
      });
      res.on("error", reject);
    });
    req.setTimeout(20_000, () => req.destroy(new Error(`${url}: no answer in 20 s`)));
    req.on("error", reject);
    req.end();
  });
}

async function freePort(): Promise<number> {
  const srv = createNetServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const address = srv.address();
  await new Promise((r) => srv.close(r));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

// ── the fake registry ──────────────────────────────────────────────────────────────────────────────
type Failure = "500" | "429" | "hang" | "close";
interface Rule {
  fail?: Failure;
  status?: number;
  delayMs?: number;
  gzip?: boolean;
  headers?: Record<string, string>;
}

class FakeRegistry {
  readonly counts = new Map<string, number>();
  readonly rules = new Map<string, Rule>();
  readonly seen = new Map<string, IncomingHttpHeaders>();
  private readonly sockets = new Set<Socket>();
  private server: Server | undefined;
  port = 0;

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  count(path: string) {
    return this.counts.get(path) ?? 0;
  }

  async start() {
    this.server = createServer((req, res) => {
      const path = req.url ?? "/";
      const n = this.count(path) + 1;
      this.counts.set(path, n);
      this.seen.set(path, req.headers);
      const rule = this.rules.get(path) ?? {};
      const answer = () => {
        if (rule.fail === "hang") return; // never answers; the socket is destroyed at the end
        if (rule.fail === "close") return req.socket.destroy();
        if (rule.fail === "500") return res.writeHead(500, { "content-type": "text/plain" }).end("Internal error\n");
        if (rule.fail === "429") return res.writeHead(429, { "content-type": "text/plain" }).end("Too many requests\n");
        const status = rule.status ?? 200;
        if (status !== 200) return res.writeHead(status, { "content-type": "text/plain", ...rule.headers }).end(`Status ${status} for ${path}\n`);
        // Versioned by request count, so a test can tell the first answer from a refreshed one; padded
        // past gzip_min_length.
        const json = Buffer.from(JSON.stringify({ path, version: n, padding: "study ".repeat(200) }));
        const headers = {
          "content-type": "application/json",
          "cache-control": "no-store, no-cache", // ignored by the gateway
          "set-cookie": "registry=1; Path=/", // hidden and ignored
          ...rule.headers,
        };
        if (rule.gzip) res.writeHead(200, { ...headers, "content-encoding": "gzip" }).end(gzipSync(json));
        else res.writeHead(200, headers).end(json);
      };
      if (rule.delayMs) setTimeout(answer, rule.delayMs);
      else answer();
    });
    this.server.on("connection", (s: Socket) => {
      this.sockets.add(s);
      s.on("close", () => this.sockets.delete(s));
    });
    await new Promise<void>((r) => this.server?.listen(0, "127.0.0.1", r));
    const address = this.server.address();
    if (!address || typeof address === "string") throw new Error("no port");
    this.port = address.port;
  }

  /** Stops listening (connection refused from now on) and drops every open connection. */
  async stop() {
    const closed = new Promise((r) => this.server?.close(r));
    for (const s of this.sockets) s.destroy();
    await closed;
  }
}

// ── the gateway under test ─────────────────────────────────────────────────────────────────────────
interface Gateway {
  url: string;
  child: ChildProcess;
  workdir: string;
  output: () => string;
  /** Signals the script and resolves with its exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/** A static folder standing in for the build: index.html, a hashed asset, the ZIP table. */
function makeSite(): string {
  const site = tempDir("gw-site-");
  mkdirSync(join(site, "assets"));
  mkdirSync(join(site, "geo"));
  writeFileSync(join(site, "index.html"), `<!doctype html><html><head><title>Trial Finder</title></head><body><div id="root"></div>\n<!-- ${"index ".repeat(150)} --></body></html>\n`);
  writeFileSync(join(site, "assets", "index-AbC123.js"), `export const app = ${JSON.stringify("javascript ".repeat(300))};\n`);
  writeFileSync(join(site, "geo", "us-zip.txt"), Array.from({ length: 300 }, (_, i) => `${String(i).padStart(5, "0")}\t42.36\t-71.06`).join("\n"));
  return site;
}

function startGateway(
  registry: FakeRegistry,
  env: Record<string, string> = {},
  options: { site?: string; uid?: number; gid?: number; viaShell?: boolean } = {},
): Promise<Gateway> {
  return (async () => {
    const port = await freePort();
    const parent = tempDir("gw-work-");
    if (options.uid !== undefined) chownSync(parent, options.uid, options.gid ?? -1);
    const workdir = join(parent, "w");
    const site = options.site ?? makeSite();
    let out = "";
    // viaShell: as `npm run gateway` starts it, under `sh -c`.
    const command = options.viaShell ? ["sh", ["-c", `"${process.execPath}" scripts/gateway.mjs --no-build`]] as const : [process.execPath, ["scripts/gateway.mjs", "--no-build"]] as const;
    const child = spawn(command[0], command[1], {
      cwd: repo,
      env: {
        ...process.env,
        CTGOV_UPSTREAM: registry.url,
        GATEWAY_PORT: String(port),
        GATEWAY_HOST: "127.0.0.1",
        GATEWAY_ROOT: site,
        GATEWAY_WORKDIR: workdir,
        GATEWAY_WORKERS: "1",
        GATEWAY_TTL_STUDY: "1s",
        GATEWAY_TTL_SEARCH: "1s",
        GATEWAY_TTL_OTHER: "1s",
        GATEWAY_UPSTREAM_TIMEOUT: "1s",
        GATEWAY_UPSTREAM_RATE: "100r/s",
        GATEWAY_UPSTREAM_BURST: "100",
        GATEWAY_UPSTREAM_BURST_NOWAIT: "100",
        GATEWAY_RETRY_AFTER: "7",
        VITE_TILE_URL: TILE_URL,
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
      uid: options.uid,
      gid: options.gid,
    });
    child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    const ready = await Promise.race([
      (async () => {
        for (let i = 0; i < 200 && !out.includes("[gateway] ready:"); i++) await sleep(50);
        return out.includes("[gateway] ready:");
      })(),
      exited.then(() => false),
    ]);
    if (!ready) {
      child.kill("SIGKILL");
      throw new Error(`the gateway did not start:\n${out}`);
    }
    return {
      url: `http://127.0.0.1:${port}`,
      child,
      workdir,
      output: () => out,
      stop: async (signal: NodeJS.Signals = "SIGTERM") => {
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
        return exited;
      },
    };
  })();
}

/** The nginx master (from its pid file) and its children (workers, cache manager and loader). */
function nginxProcesses(workdir: string): { master: number; children: number[] } {
  const master = Number(readFileSync(join(workdir, "nginx.pid"), "utf8").trim());
  const children = readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === master;
      } catch {
        return false;
      }
    })
    .map(Number);
  return { master, children };
}

const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
};

const uidOf = (pid: number) => Number(/^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);

/** Polls until `check` passes or `ms` have gone by (then one last, reported check). */
async function eventually<T>(probe: () => Promise<T>, check: (value: T) => boolean, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (check(value) || Date.now() > end) return value;
    await sleep(100);
  }
}

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

// ── settings and rendering (no nginx needed) ───────────────────────────────────────────────────────
describe("gateway settings", () => {
  it("renders the documented defaults into the key directives", () => {
    const s = readSettings({ GATEWAY_RESOLVER: "192.0.2.53" }, { isRoot: false });
    const conf = renderGatewayConfig(s)["nginx.conf"] ?? "";
    expect(conf).not.toMatch(/\{\{/);
    for (const line of [
      "listen 8080 default_server;",
      "proxy_cache_key $request_uri;",
      "proxy_ignore_headers Cache-Control Expires X-Accel-Expires Set-Cookie Vary;",
      "proxy_cache_valid 200 1h;",
      "proxy_cache_valid 200 10m;",
      "proxy_cache_valid 200 1d;",
      "inactive=1d",
      "resolver 192.0.2.53 valid=300s ipv6=off;",
      "max_size=1g",
      "proxy_cache_lock on;",
      "proxy_cache_lock_timeout 10s;",
      "proxy_cache_use_stale error timeout updating http_429 http_500 http_502 http_503 http_504;",
      "proxy_cache_background_update on;",
      "add_header X-Cache-Status $upstream_cache_status always;",
      "limit_req_zone ctgov zone=ctgov_upstream:1m rate=40r/m;",
      "limit_req zone=ctgov_upstream burst=8 delay=5;",
      "limit_req_status 429;",
      "add_header Retry-After 5 always;",
      'set $ctgov_upstream "https://clinicaltrials.gov";',
      'proxy_set_header Host "clinicaltrials.gov";',
      "proxy_ssl_server_name on;",
      "proxy_read_timeout 8s;",
      "proxy_read_timeout 10s;",
      "gzip_static on;",
      "gzip_vary on;",
      "try_files $uri =404;",
      "try_files $uri /index.html;",
      'add_header Cache-Control "public, max-age=31536000, immutable";',
    ]) {
      expect(conf, line).toContain(line);
    }
    expect(conf).not.toMatch(/^user /m); // not root: no user directive
    const headers = renderGatewayConfig(s)["security-headers.conf"] ?? "";
    for (const name of Object.keys(securityHeaders({}))) expect(headers).toContain(`add_header ${name} "`);
  });

  it("refuses bad values, naming the variable", () => {
    expect(() => readSettings({ GATEWAY_RESOLVER: "192.0.2.53", GATEWAY_TTL_SEARCH: "soon" }, { isRoot: false })).toThrow(/GATEWAY_TTL_SEARCH/);
    expect(() => readSettings({ GATEWAY_RESOLVER: "192.0.2.53", GATEWAY_PORT: "70000" }, { isRoot: false })).toThrow(/GATEWAY_PORT/);
    expect(() => readSettings({ GATEWAY_RESOLVER: "192.0.2.53", CTGOV_UPSTREAM: "https://clinicaltrials.gov/api/v2" }, { isRoot: false })).toThrow(/CTGOV_UPSTREAM/);
    expect(() => readSettings({ GATEWAY_RESOLVER: "192.0.2.53", GATEWAY_UPSTREAM_RATE: "40" }, { isRoot: false })).toThrow(/GATEWAY_UPSTREAM_RATE/);
    expect(() => readSettings({ GATEWAY_RESOLVER: "192.0.2.53", GATEWAY_CACHE_SIZE: "lots" }, { isRoot: false })).toThrow(/GATEWAY_CACHE_SIZE/);
    expect(() => readSettings({ GATEWAY_RESOLVER: "192.0.2.53", GATEWAY_ROOT: '/tmp/"x' }, { isRoot: false })).toThrow(/GATEWAY_ROOT/);
  });

  it("rejects a placeholder it does not know", () => {
    expect(() => renderGatewayConfig(readSettings({ GATEWAY_RESOLVER: "192.0.2.53" }, { isRoot: false }), readFileSync(TEMPLATE, "utf8") + "{{NOPE}}")).toThrow(/NOPE/);
  });

  it("precompresses text files of a build once, and only where it pays", () => {
    const site = makeSite();
    writeFileSync(join(site, "tiny.txt"), "small");
    writeFileSync(join(site, "assets", "logo.png"), Buffer.alloc(2000));
    const first = precompress(site);
    expect(first.files).toBe(3); // index.html, the asset, the ZIP table
    expect(first.gzipBytes).toBeLessThan(first.bytes / 2);
    const gz = readFileSync(join(site, "assets", "index-AbC123.js.gz"));
    expect(gunzipSync(gz).equals(readFileSync(join(site, "assets", "index-AbC123.js")))).toBe(true);
    expect(() => readFileSync(join(site, "tiny.txt.gz"))).toThrow();
    expect(() => readFileSync(join(site, "assets", "logo.png.gz"))).toThrow();
    expect(precompress(site)).toEqual(first);
  });

  it("says how to install nginx when there is none", async () => {
    const child = spawn(process.execPath, ["scripts/gateway.mjs", "--no-build"], {
      cwd: repo,
      env: { ...process.env, GATEWAY_NGINX: "/nonexistent/sbin/nginx" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    const code = await new Promise((r) => child.on("exit", r));
    expect(out).toContain("nginx is not installed: sudo apt-get install nginx");
    expect(code).toBe(1);
  });
});

it.runIf(required)("nginx is installed (required: CI or GATEWAY_REQUIRED=1)", () => {
  expect(nginx, "nginx is not installed: sudo apt-get install nginx").not.toBeNull();
});

// ── over HTTP ──────────────────────────────────────────────────────────────────────────────────────
describe.skipIf(!nginx && !required)("gateway over HTTP (nginx)", () => {
  const registry = new FakeRegistry();
  let gw: Gateway;
  let site: string;

  beforeAll(async () => {
    expect(nginx, "nginx is not installed: sudo apt-get install nginx").not.toBeNull();
    await registry.start();
    site = makeSite();
    precompress(site);
    gw = await startGateway(registry, {}, { site });
  }, 20_000);

  afterAll(async () => {
    await gw?.stop();
    await registry.stop();
  });

  it("renders configs that nginx accepts (nginx -t), defaults and edge settings alike", () => {
    const variants: Record<string, string>[] = [
      { GATEWAY_RESOLVER: "192.0.2.53" }, // the defaults: https://clinicaltrials.gov, 40r/m burst 8 delay 5
      { CTGOV_UPSTREAM: "http://127.0.0.1:5998", GATEWAY_UPSTREAM_BURST: "0" },
      { CTGOV_UPSTREAM: "http://localhost:5998/", GATEWAY_UPSTREAM_BURST: "3", GATEWAY_UPSTREAM_BURST_NOWAIT: "0", GATEWAY_WORKERS: "2" },
      { CTGOV_UPSTREAM: "https://[::1]:8443", GATEWAY_UPSTREAM_BURST_NOWAIT: "99", GATEWAY_HOST: "::1", GATEWAY_UPSTREAM_TIMEOUT: "500ms" },
      { GATEWAY_RESOLVER: "[2001:db8::53] 192.0.2.53", GATEWAY_HOST: "127.0.0.1", GATEWAY_TTL_STUDY: "90", GATEWAY_CACHE_SIZE: "300m", GATEWAY_STALE: "12h" },
    ];
    for (const env of variants) {
      const workdir = join(tempDir("gw-conf-"), "with space");
      const settings = readSettings({ GATEWAY_ROOT: site, GATEWAY_WORKDIR: workdir, ...env });
      const conf = writeGatewayConfig(settings);
      const check = spawnSync(nginx ?? "nginx", ["-e", "stderr", "-t", "-q", "-p", `${workdir}/`, "-c", conf], { encoding: "utf8" });
      expect(check.status, `${JSON.stringify(env)}\n${check.stderr}`).toBe(0);
    }
  });

  it("answers an API request from the registry once (MISS), then from the cache (HIT), for each kind of path", async () => {
    for (const path of ["/api/v2/studies?query.cond=asthma&pageSize=20", "/api/v2/studies/NCT00000101", "/api/v2/version"]) {
      const first = await get(gw.url + path, { headers: { Referer: "http://app/search?cond=secret", Cookie: "visitor=1" } });
      expect(first.status, path).toBe(200);
      expect(first.headers["x-cache-status"], path).toBe("MISS");
      const second = await get(gw.url + path);
      expect(second.headers["x-cache-status"], path).toBe("HIT");
      expect(second.text).toBe(first.text);
      expect(registry.count(path), path).toBe(1);
      // The registry's caching and cookie headers neither decide nor leak; the visitor's page stays private.
      expect(first.headers["set-cookie"]).toBeUndefined();
      expect(registry.seen.get(path)?.referer).toBeUndefined();
      expect(registry.seen.get(path)?.cookie).toBeUndefined();
      expect(registry.seen.get(path)?.["accept-encoding"]).toBe("gzip");
    }
  });

  it("sends 30 identical requests arriving together to the registry once (cache lock)", async () => {
    const path = "/api/v2/studies?query.cond=lock";
    registry.rules.set(path, { delayMs: 600 });
    const replies = await Promise.all(Array.from({ length: 30 }, () => get(gw.url + path)));
    expect(replies.map((r) => r.status)).toEqual(Array(30).fill(200));
    expect(new Set(replies.map((r) => r.text)).size).toBe(1);
    expect(registry.count(path)).toBe(1);
    expect(replies.filter((r) => r.headers["x-cache-status"] === "MISS")).toHaveLength(1);
  });

  it("caches only 200s: a 404 goes to the registry every time, as plain text", async () => {
    const path = "/api/v2/studies/NCT99999999";
    registry.rules.set(path, { status: 404 });
    for (let i = 1; i <= 2; i++) {
      const r = await get(gw.url + path);
      expect(r.status).toBe(404);
      expect(r.headers["x-cache-status"]).toBe("MISS");
      expect(r.text).toContain("Status 404");
    }
    expect(registry.count(path)).toBe(2);
  });

  // The slow ones (each waits for a TTL or the rate) run side by side, each with its own paths.
  it.concurrent("serves the stale copy (STALE, old body) after the TTL when the registry fails: 500, 429, timeout, dropped connection", async () => {
    const kinds: Failure[] = ["500", "429", "hang", "close"];
    await Promise.all(
      kinds.map(async (kind) => {
        const path = `/api/v2/studies?query.cond=stale-${kind}`;
        const fresh = await get(gw.url + path);
        expect(fresh.headers["x-cache-status"]).toBe("MISS");
        await sleep(2200); // TTL 1 s; nginx counts whole seconds
        registry.rules.set(path, { fail: kind });
        const before = registry.count(path);
        const stale = await get(gw.url + path);
        expect(stale.headers["x-cache-status"], kind).toBe("STALE");
        expect(stale.text, kind).toBe(fresh.text);
        // The background refresh did ask the registry, failed, and the copy is still served.
        await eventually(async () => registry.count(path), (n) => n > before);
        await sleep(kind === "hang" ? 1600 : 300); // the registry's 1 s timeout
        const again = await get(gw.url + path);
        expect(again.status, kind).toBe(200);
        expect(["STALE", "UPDATING"], kind).toContain(again.headers["x-cache-status"]);
        expect(again.text, kind).toBe(fresh.text);
      }),
    );
  }, 15_000);

  it.concurrent("refreshes the stale copy in the background once the registry is back", async () => {
    const path = "/api/v2/studies/NCT00000202";
    const fresh = await get(gw.url + path);
    await sleep(2200);
    const stale = await get(gw.url + path);
    expect(stale.headers["x-cache-status"]).toBe("STALE");
    expect(stale.text).toBe(fresh.text);
    const refreshed = await eventually(() => get(gw.url + path), (r) => r.headers["x-cache-status"] === "HIT");
    expect(refreshed.headers["x-cache-status"]).toBe("HIT");
    expect(JSON.parse(refreshed.text).version).toBe(2);
  }, 10_000);

  it.concurrent("serves stale copies when the registry refuses connections", async () => {
    const own = new FakeRegistry();
    await own.start();
    const g = await startGateway(own);
    try {
      const path = "/api/v2/studies/NCT00000404";
      const fresh = await get(g.url + path);
      expect(fresh.headers["x-cache-status"]).toBe("MISS");
      await sleep(2200);
      await own.stop();
      const stale = await get(g.url + path);
      expect(stale.headers["x-cache-status"]).toBe("STALE");
      expect(stale.text).toBe(fresh.text);
      const none = await get(g.url + "/api/v2/studies/NCT00000405");
      expect(none.status).toBe(502);
    } finally {
      await g.stop();
    }
  }, 15_000);

  it.concurrent("limits requests to the registry: a burst waits, beyond it 429 with Retry-After; cache hits do not count", async () => {
    const own = new FakeRegistry();
    await own.start();
    // 30 per minute = one every 2 s; one more may wait its turn; the next is refused.
    const g = await startGateway(own, {
      GATEWAY_UPSTREAM_RATE: "30r/m",
      GATEWAY_UPSTREAM_BURST: "1",
      GATEWAY_UPSTREAM_BURST_NOWAIT: "0",
      GATEWAY_RETRY_AFTER: "9",
      GATEWAY_UPSTREAM_TIMEOUT: "5s",
      GATEWAY_TTL_SEARCH: "1h",
    });
    try {
      const paths = [1, 2, 3].map((i) => `/api/v2/studies?query.cond=rate-${i}`);
      const first = await get(g.url + paths[0]);
      expect(first.status).toBe(200);
      const [second, third] = await Promise.all([get(g.url + paths[1]), get(g.url + paths[2])]);
      const byStatus = [second, third].sort((a, b) => a.status - b.status);
      expect(byStatus.map((r) => r.status)).toEqual([200, 429]);
      const [waited, refused] = byStatus as [Reply, Reply];
      expect(waited.ms).toBeGreaterThan(1000); // waited for its turn
      expect(refused.headers["retry-after"]).toBe("9");
      expect(refused.headers["content-type"]).toMatch(/^text\/plain/);
      expect(refused.text).toMatch(/busy/);
      expect(own.count(paths[0] ?? "") + own.count(paths[1] ?? "") + own.count(paths[2] ?? "")).toBe(2);
      // The bucket is full again after `waited`; hits never reach the limiter.
      const hits = await Promise.all(Array.from({ length: 5 }, () => get(g.url + paths[0])));
      expect(hits.map((r) => `${r.status} ${r.headers["x-cache-status"]}`)).toEqual(Array(5).fill("200 HIT"));
      expect(readFileSync(join(g.workdir, "logs", "upstream.log"), "utf8").trim().split("\n")).toHaveLength(3);
    } finally {
      await g.stop();
      await own.stop();
    }
  }, 15_000);

  it("answers before the app gives up when there is no stale copy: 504 after the upstream timeout, 429 with Retry-After", async () => {
    const hang = "/api/v2/studies?query.cond=hang-new";
    registry.rules.set(hang, { fail: "hang" });
    const timedOut = await get(gw.url + hang);
    expect(timedOut.status).toBe(504);
    expect(timedOut.ms).toBeLessThan(4000); // GATEWAY_UPSTREAM_TIMEOUT=1s; the app waits 12 s

    const busy = "/api/v2/studies?query.cond=busy-new";
    registry.rules.set(busy, { fail: "429" });
    const r = await get(gw.url + busy);
    expect(r.status).toBe(429);
    expect(r.headers["retry-after"]).toBe("7");
    expect(r.headers["content-type"]).toMatch(/^text\/plain/);
    expect(r.text).toMatch(/try again in 7 seconds/);
  });

  it("keeps the registry's redirects (alias ids) on this site", async () => {
    const path = "/api/v2/studies/NCT00000303";
    registry.rules.set(path, { status: 301, headers: { location: `${registry.url}/api/v2/studies/NCT00000304` } });
    const r = await get(gw.url + path);
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe("/api/v2/studies/NCT00000304");
  });

  it("sends the production headers on every response: app, assets, API, errors", async () => {
    registry.rules.set("/api/v2/studies?query.cond=busy-headers", { fail: "429" });
    const cases: [string, number, string?][] = [
      ["/", 200],
      ["/index.html", 200],
      ["/study/NCT02513394", 200],
      ["/assets/index-AbC123.js", 200],
      ["/assets/nope.js", 404],
      ["/geo/us-zip.txt", 200],
      ["/api/v2/version", 200],
      ["/api/v2/studies/NCT99999999", 404],
      ["/api/v2/studies?query.cond=busy-headers", 429],
      ["/api/other", 404],
      ["/api/v2/studies", 403, "POST"],
    ];
    for (const [path, status, method] of cases) {
      const r = await get(gw.url + path, { method });
      expect(r.status, path).toBe(status);
      for (const [name, value] of Object.entries(EXPECTED_HEADERS)) expect(r.headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
      if (path.startsWith("/api/v2/") && method !== "POST") expect(r.headers["x-cache-status"], path).toBeDefined();
    }
    expect(EXPECTED_HEADERS["Content-Security-Policy"]).toContain("https://tiles.example.org");
  });

  it("serves the app: index.html for app paths (no-cache), hashed assets for a year, a 404 for a missing asset", async () => {
    const index = readFileSync(join(site, "index.html"), "utf8");
    for (const path of ["/", "/study/NCT02513394", "/search?cond=asthma&status=all", "/kiosk"]) {
      const r = await get(gw.url + path);
      expect(r.status, path).toBe(200);
      expect(r.headers["content-type"], path).toMatch(/^text\/html/);
      expect(r.headers["cache-control"], path).toBe("no-cache");
      expect(r.text, path).toBe(index);
    }
    const asset = await get(gw.url + "/assets/index-AbC123.js");
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(asset.headers["content-type"]).toMatch(/^application\/javascript/);
    const missing = await get(gw.url + "/assets/nope.js");
    expect(missing.status).toBe(404);
    expect(missing.text).not.toContain("Trial Finder");
    expect(missing.headers["cache-control"]).toBeUndefined(); // a 404 must not be cached for a year
    const zip = await get(gw.url + "/geo/us-zip.txt");
    expect(zip.headers["content-type"]).toMatch(/^text\/plain/);
  });

  it("compresses when the client accepts gzip (the precompressed file as it is), and not otherwise", async () => {
    const gz = { "Accept-Encoding": "gzip, deflate, br" };
    for (const [path, file] of [
      ["/study/NCT02513394", "index.html"],
      ["/assets/index-AbC123.js", "assets/index-AbC123.js"],
      ["/geo/us-zip.txt", "geo/us-zip.txt"],
    ] as const) {
      const r = await get(gw.url + path, { headers: gz });
      expect(r.headers["content-encoding"], path).toBe("gzip");
      expect(r.headers.vary, path).toBe("Accept-Encoding");
      expect(r.body.equals(readFileSync(join(site, `${file}.gz`))), `${path} is the .gz from the build`).toBe(true);
      const plain = await get(gw.url + path);
      expect(plain.headers["content-encoding"], path).toBeUndefined();
      expect(plain.body.equals(readFileSync(join(site, file))), path).toBe(true);
    }
    // API: gzipped whether the registry compressed it (kept as is) or not (compressed once), and
    // unpacked for a client that does not take gzip.
    for (const registryGzips of [false, true]) {
      const path = `/api/v2/studies?query.cond=gzip-${registryGzips}`;
      registry.rules.set(path, { gzip: registryGzips });
      const r = await get(gw.url + path, { headers: gz });
      expect(r.headers["content-encoding"], path).toBe("gzip");
      expect(r.headers.vary, path).toBe("Accept-Encoding");
      expect(JSON.parse(r.text).path).toBe(path);
      const plain = await get(gw.url + path);
      expect(plain.headers["x-cache-status"]).toBe("HIT");
      expect(plain.headers["content-encoding"], path).toBeUndefined();
      expect(JSON.parse(plain.body.toString("utf8")).path).toBe(path);
    }
  });

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`stops on ${signal} with no nginx process left`, async () => {
      const g = await startGateway(registry);
      const { master, children } = nginxProcesses(g.workdir);
      expect(alive(master)).toBe(true);
      expect(children.length).toBeGreaterThanOrEqual(2); // a worker and the cache manager at least
      // One gateway per working folder.
      const twin = spawn(process.execPath, ["scripts/gateway.mjs", "--no-build"], {
        cwd: repo,
        env: { ...process.env, GATEWAY_ROOT: site, GATEWAY_WORKDIR: g.workdir, GATEWAY_PORT: String(await freePort()) },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let twinOut = "";
      twin.stderr.on("data", (d: Buffer) => (twinOut += d.toString()));
      expect(await new Promise((r) => twin.on("exit", r))).toBe(1);
      expect(twinOut).toContain("already running");

      const code = await g.stop(signal);
      expect(code).toBe(0);
      expect(g.output()).toContain("no nginx process left");
      for (const pid of [master, ...children]) expect(alive(pid), `pid ${pid}`).toBe(false);
    });
  }

  it("stops when the shell that started it goes away without passing a signal on (npm run under a process manager)", async () => {
    const g = await startGateway(registry, {}, { viaShell: true });
    const { master, children } = nginxProcesses(g.workdir);
    expect(alive(master)).toBe(true);
    g.child.kill("SIGHUP"); // dash dies of it without telling its child
    const gone = await eventually(async () => [master, ...children].filter(alive), (left) => left.length === 0, 8000);
    expect(gone).toEqual([]);
    // It says so once it has seen them go, which can be a moment after they are gone.
    expect(await eventually(async () => g.output(), (output) => output.includes("no nginx process left"))).toContain("no nginx process left");
  }, 15_000);

  describe.skipIf(!isRoot)("as root (CI runs as root)", () => {
    it("runs the workers as nobody when nobody can reach the files", async () => {
      const g = await startGateway(registry);
      try {
        const { master, children } = nginxProcesses(g.workdir);
        expect(uidOf(master)).toBe(0);
        for (const pid of children) expect(uidOf(pid)).toBe(lookupUser("nobody")?.uid);
        const path = "/api/v2/studies?query.cond=as-nobody";
        expect((await get(g.url + path)).headers["x-cache-status"]).toBe("MISS");
        expect((await get(g.url + path)).headers["x-cache-status"]).toBe("HIT"); // the cache is writable
      } finally {
        await g.stop();
      }
    });

    it("runs the workers as root when nobody cannot reach the files (a repository under /root)", async () => {
      const closed = tempDir("gw-closed-");
      chmodSync(closed, 0o700);
      const hidden = join(closed, "site");
      mkdirSync(hidden);
      writeFileSync(join(hidden, "index.html"), "<!doctype html><title>hidden</title>\n");
      const g = await startGateway(registry, {}, { site: hidden });
      try {
        expect(g.output()).toContain("workers run as root");
        const { children } = nginxProcesses(g.workdir);
        for (const pid of children) expect(uidOf(pid)).toBe(0);
        expect((await get(g.url + "/study/NCT02513394")).text).toContain("hidden");
      } finally {
        await g.stop();
      }
    });

    const nobody = lookupUser("nobody");
    const nobodyCanRun = !!nobody && canReach(join(repo, "scripts", "gateway.mjs"), nobody) && canReach(join(repo, "node_modules", "vite", "package.json"), nobody);
    it.skipIf(!nobodyCanRun)("runs as a normal user (the script started as nobody): no `user` directive, everything as that user", async () => {
      const g = await startGateway(registry, {}, { uid: nobody?.uid, gid: nobody?.gid });
      try {
        const { master, children } = nginxProcesses(g.workdir);
        for (const pid of [master, ...children]) expect(uidOf(pid)).toBe(nobody?.uid);
        expect(readFileSync(join(g.workdir, "nginx.conf"), "utf8")).not.toMatch(/^user /m);
        const path = "/api/v2/studies?query.cond=normal-user";
        expect((await get(g.url + path)).headers["x-cache-status"]).toBe("MISS");
        expect((await get(g.url + path)).headers["x-cache-status"]).toBe("HIT");
      } finally {
        expect(await g.stop()).toBe(0);
      }
    });
  });
});
