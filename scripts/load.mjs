// `npm run load`: how the gateway holds up under many clients (a benchmark, not a test; not in npm test).
//
//   autocannon ──► gateway (nginx, `node scripts/gateway.mjs`) ──► fault proxy ──► replica (scripts/replica.mjs)
//   N clients      app files, /api/v2 cache, upstream limit       +200 ms, 5% 429   the saved study records
//
// It starts the standalone replica on a free port, a small fault-injecting proxy in front of it (every
// request waits --latency ms, then --errors of them are answered 429 with Retry-After instead of being
// passed on; it counts every request that reaches it: these are the requests that would have reached
// the registry), and the gateway with CTGOV_UPSTREAM pointing at the proxy. The gateway serves the last
// build in dist-gateway/ (`--no-build`); it builds first only when there is none, or with --build.
// Its working folder is .gateway-load/ (cache and logs, kept after the run for a look; wiped at start).
//
// Then, for each number of concurrent clients, autocannon replays this mix through the gateway, one
// request at a time per client on a keep-alive connection, every request drawn at random by weight:
//   10%  an app page: / (4), /search?cond=… (3), /study/NCT… (3): index.html
//   15%  a file of the home page: what index.html loads (script, modulepreload, style sheet), the
//        favicon, and the home, search and study route chunks
//   30%  a search's first page, as the app asks for it: query.cond, the default statuses or any status,
//        sort=@relevance, pageSize=20, the card fields, countTotal=true. Conditions are the records' own
//        (the most frequent 40 and 20 more from the rest), drawn by popularity (Zipf: the k-th one 1/k)
//   10%  a later page of such a search (pageToken, collected from the replica before the run; page 2
//        three times as often as page 3)
//   35%  a study record, /api/v2/studies/NCT… with no fields= (as the study page asks), every NCT id of
//        the corpus, drawn by popularity (Zipf)
// with Accept-Encoding: gzip, as browsers send. A mix of what people do: few see more than one page of
// results, most open a study or two from it; files are fetched once per visit and then cached.
//
// Every step starts with an empty cache (the gateway is restarted with its cache wiped) so the steps can
// be compared; --warm keeps the cache from step to step instead.
//
// The gateway's upstream limit (GATEWAY_UPSTREAM_RATE) is opened up by default (--rate open: 1000r/s,
// burst 10000, none waiting), so the numbers measure the gateway and its cache, not the limiter: at the
// production default (40r/m) a cold cache turns almost every first request for a URL into a 429 within
// seconds. --rate 40r/m (or any GATEWAY_UPSTREAM_RATE value, with GATEWAY_UPSTREAM_BURST* from the
// environment or their defaults) measures that; --rate open,40r/m runs both. Other GATEWAY_* settings
// (TTLs, cache size, workers) come from the environment as for `npm run gateway`.
//
// Prints one line per step and, at the end, a Markdown table: clients, requests/s, latency p50/p95/p99
// (all answers, in ms), client errors (non-2xx answers by status, timeouts after 12 s as the app gives up,
// connection errors), requests that reached the upstream (the proxy's count; how many of them it
// answered 429), how many the gateway's limiter refused itself, and the cache hit ratio of /api/v2
// answers (X-Cache-Status HIT, STALE or UPDATING: answered without waiting for the upstream). Everything
// also goes to load-results.json. Ctrl-C stops the run and every process it started.
//
// Options: --duration S (per step, default 20), --connections 50,200,500, --rps N (all clients together
// send at most N requests a second, e.g. 100 kiosks at one request every 10 s: --connections 100 --rps 10;
// default: each client sends its next request as soon as the last is answered), --rate open (or 40r/m,
// or a comma list), --latency MS (default 200), --errors FRACTION (default 0.05), --warm, --build,
// --seed N (default 1), --out FILE (default load-results.json).
import autocannon from "autocannon";
import { fork, spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest, Agent } from "node:http";
import { createServer as createNetServer } from "node:net";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { root } from "./lib/run.mjs";

const SELF = fileURLToPath(import.meta.url);
class LoadError extends Error {}

// ── the fault-injecting proxy (a child process, so the load generator's busy event loop cannot delay it) ──

function runFaultProxy() {
  const upstream = new URL(process.env.LOAD_UPSTREAM ?? "");
  const latency = Number(process.env.LOAD_LATENCY_MS);
  const errorRate = Number(process.env.LOAD_ERROR_RATE);
  const random = mulberry32(Number(process.env.LOAD_SEED) + 7);
  const stats = { requests: 0, injected429: 0, byKind: { study: 0, search: 0, page: 0, other: 0 }, failed: 0 };
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const HOP = new Set(["connection", "keep-alive", "transfer-encoding", "proxy-connection", "upgrade", "te", "trailer"]);

  const server = createServer((req, res) => {
    stats.requests += 1;
    stats.byKind[apiKind(req.url ?? "")] += 1;
    const timer = setTimeout(() => {
      if (random() < errorRate) {
        stats.injected429 += 1;
        res.writeHead(429, { "content-type": "text/plain", "retry-after": "2" });
        res.end("Too Many Requests (injected by the load proxy)\n");
        return;
      }
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !HOP.has(name)));
      const up = httpRequest(
        { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...headers, host: upstream.host }, agent },
        (upRes) => {
          const out = Object.fromEntries(Object.entries(upRes.headers).filter(([name]) => !HOP.has(name)));
          res.writeHead(upRes.statusCode ?? 502, out);
          upRes.pipe(res);
        },
      );
      up.on("error", () => {
        stats.failed += 1;
        if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
        res.end();
      });
      res.on("close", () => up.destroy());
      up.end();
    }, latency);
    res.on("close", () => clearTimeout(timer));
  });
  server.keepAliveTimeout = 30_000;
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    process.send?.({ type: "ready", port: typeof address === "object" && address ? address.port : 0 });
  });
  process.on("message", (message) => {
    if (message?.type === "stats") process.send?.({ type: "stats", stats: structuredClone(stats) });
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, stop);
  process.on("disconnect", stop); // the load script is gone
}

/** What a /api/v2 path asks for: a study record, a first search page, a later page, or anything else. */
function apiKind(url) {
  if (/^\/api\/v2\/studies\/NCT\d+/i.test(url)) return "study";
  if (/^\/api\/v2\/studies\?/.test(url)) return /[?&]pageToken=/.test(url) ? "page" : "search";
  return "other";
}

// ── the load run ──────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const log = (message) => console.log(`[load] ${message}`);
  /** @returns {never} */
  const die = (message) => {
    throw new LoadError(message);
  };

  // Every process we start, stopped in reverse order at the end, on Ctrl-C and on a crash.
  /** @type {{ name: string, child: import("node:child_process").ChildProcess, stop: () => Promise<void> }[]} */
  const children = [];
  let current = null; // the running autocannon instance
  let stopping = false;
  let signals = 0;
  async function shutdown(code) {
    if (stopping) return;
    stopping = true;
    current?.stop();
    for (const entry of [...children].reverse()) await entry.stop();
    process.exit(code);
  }
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(sig, () => {
      signals += 1;
      if (signals === 1) {
        log(`${sig}: stopping autocannon, the gateway, the proxy and the replica…`);
        void shutdown(130);
      } else {
        for (const { child } of children) if (alive(child)) signalTree(child, "SIGKILL");
        process.exit(130);
      }
    });
  }
  process.on("exit", () => {
    // A crash or process.exit elsewhere: nothing of ours may outlive us. The gateway gets SIGTERM (it then
    // stops nginx itself); the others can simply be killed.
    for (const { name, child } of children) if (alive(child)) signalTree(child, name === "gateway" ? "SIGTERM" : "SIGKILL");
  });

  try {
    await run();
  } catch (error) {
    if (!stopping) console.error(`[load] ${error instanceof LoadError ? error.message : error?.stack ?? error}`);
    await shutdown(1);
  }

  async function run() {
    // ── the corpus: NCT ids and conditions ──
    const corpusDir = resolve(process.env.CTGOV_CORPUS ?? join(root, "../shared/ctgov/studies"));
    const files = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => /^NCT\d{8}\.json$/.test(f)).sort() : [];
    if (files.length === 0) die(`no study records (NCTxxxxxxxx.json) in ${corpusDir}: set CTGOV_CORPUS`);
    const conditionCount = new Map();
    const nctIds = [];
    for (const file of files) {
      const record = JSON.parse(readFileSync(join(corpusDir, file), "utf8"));
      nctIds.push(file.slice(0, 11));
      const seen = new Set();
      for (const condition of record.protocolSection?.conditionsModule?.conditions ?? []) {
        const typed = typedText(condition);
        if (!typed || seen.has(typed)) continue;
        seen.add(typed);
        conditionCount.set(typed, (conditionCount.get(typed) ?? 0) + 1);
      }
    }
    const random = mulberry32(args.seed);
    const byFrequency = [...conditionCount].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
    const tail = shuffle(byFrequency.slice(40), random).slice(0, 20);
    const conditions = [...byFrequency.slice(0, 40), ...tail];
    const studyOrder = shuffle([...nctIds], random); // popularity rank: not the id order

    // ── the replica ──
    const replica = startChild("replica", process.execPath, [join(root, "scripts/replica.mjs")], { REPLICA_PORT: "0" });
    const replicaLine = await replica.waitFor(/at http:\/\/127\.0\.0\.1:(\d+)\/api\/v2/, 120_000);
    const replicaPort = Number(replicaLine[1]);
    log(`replica at http://127.0.0.1:${replicaPort}/api/v2 (${nctIds.length} studies)`);

    // ── searches as the app sends them, and page tokens for their later pages (straight from the replica) ──
    const CARD_FIELDS = readCardFields();
    const searches = []; // { weight, html, first, pages: [{ depth, path }] }
    for (const [rank, condition] of conditions.entries()) {
      for (const status of ["default", "all"]) {
        const params = { "query.cond": condition };
        if (status === "default") params["filter.overallStatus"] = "RECRUITING,NOT_YET_RECRUITING";
        Object.assign(params, { sort: "@relevance", pageSize: "20", fields: CARD_FIELDS.join(",") });
        const first = `/api/v2/studies?${new URLSearchParams({ ...params, countTotal: "true" })}`;
        const html = `/search?${new URLSearchParams(status === "all" ? { cond: condition, status: "all" } : { cond: condition })}`;
        const pages = [];
        let token = await nextToken(replicaPort, first);
        for (let depth = 2; token && depth <= 3; depth++) {
          const path = `/api/v2/studies?${new URLSearchParams({ ...params, pageToken: token })}`;
          pages.push({ depth, path });
          token = depth < 3 ? await nextToken(replicaPort, path) : undefined;
        }
        // Most people keep the default statuses; a third look at every status.
        searches.push({ weight: (status === "default" ? 2 : 1) / (rank + 1), html, first, pages });
      }
    }
    const pagePool = searches.flatMap((s) => s.pages.map((p) => ({ weight: s.weight * (p.depth === 2 ? 3 : 1), value: p.path })));
    if (pagePool.length === 0) die("no search in the corpus has a second page: cannot replay pageToken requests");

    // ── the fault proxy ──
    const proxy = fork(SELF, ["--fault-proxy"], {
      cwd: root,
      detached: true,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      env: {
        ...process.env,
        LOAD_UPSTREAM: `http://127.0.0.1:${replicaPort}`,
        LOAD_LATENCY_MS: String(args.latency),
        LOAD_ERROR_RATE: String(args.errors),
        LOAD_SEED: String(args.seed),
      },
    });
    children.push({ name: "proxy", child: proxy, stop: () => stopChild(proxy, "SIGTERM", 3000) });
    proxy.on("exit", (code, sig) => {
      if (stopping) return;
      console.error(`[load] the fault proxy exited unexpectedly (${code ?? sig})`);
      void shutdown(1);
    });
    const proxyPort = await new Promise((resolveReady, reject) => {
      proxy.once("message", (m) => (m?.type === "ready" ? resolveReady(m.port) : reject(new Error("proxy: unexpected message"))));
      proxy.once("exit", (code) => reject(new Error(`the fault proxy exited (${code})`)));
    });
    const proxyStats = () =>
      new Promise((resolveStats) => {
        const onMessage = (m) => {
          if (m?.type !== "stats") return;
          proxy.off("message", onMessage);
          resolveStats(m.stats);
        };
        proxy.on("message", onMessage);
        proxy.send({ type: "stats" });
      });
    log(`fault proxy at http://127.0.0.1:${proxyPort}: +${args.latency} ms, ${(args.errors * 100).toFixed(1)}% answered 429`);

    // ── the gateway ──
    const workdir = join(root, ".gateway-load");
    const gatewayRoot = resolve(root, process.env.GATEWAY_ROOT || "dist-gateway");
    const livePid = readLivePid(join(workdir, "nginx.pid"));
    if (livePid) die(`a gateway from .gateway-load/ is already running (nginx pid ${livePid}): is another \`npm run load\` running?`);
    let built = existsSync(join(gatewayRoot, "index.html")) && !args.build;
    let gateway = null;
    const gatewayPort = await freePort();
    async function startGateway(rate, { wipe }) {
      if (wipe) rmSync(workdir, { recursive: true, force: true });
      const limit =
        rate === "open"
          ? { GATEWAY_UPSTREAM_RATE: "1000r/s", GATEWAY_UPSTREAM_BURST: "10000", GATEWAY_UPSTREAM_BURST_NOWAIT: "10000" }
          : { GATEWAY_UPSTREAM_RATE: rate };
      if (!built) log(`building the app into ${gatewayRoot} (once; later runs use --no-build)…`);
      const child = startChild("gateway", process.execPath, [join(root, "scripts/gateway.mjs"), ...(built ? ["--no-build"] : [])], {
        GATEWAY_PORT: String(gatewayPort),
        GATEWAY_HOST: "127.0.0.1",
        CTGOV_UPSTREAM: `http://127.0.0.1:${proxyPort}`,
        GATEWAY_WORKDIR: workdir,
        ...limit,
      });
      await child.waitFor(/\[gateway\] ready: /, built ? 60_000 : 600_000);
      built = true;
      gateway = child;
    }
    async function stopGateway() {
      if (!gateway) return;
      const entry = gateway;
      gateway = null;
      await entry.stopEntry();
    }

    // ── the request mix ──
    const assets = homeAssets(gatewayRoot);
    const htmlPool = [
      { weight: 4, value: "/" },
      ...searches.map((s) => ({ weight: (3 * s.weight) / sum(searches.map((x) => x.weight)), value: s.html })),
      ...studyOrder.map((id, rank) => ({ weight: (3 * zipf(rank)) / harmonic(studyOrder.length), value: `/study/${id}` })),
    ];
    const pools = {
      html: weighted(htmlPool),
      asset: weighted(assets.map((path) => ({ weight: 1, value: path }))),
      search: weighted(searches.map((s) => ({ weight: s.weight, value: s.first }))),
      page: weighted(pagePool),
      study: weighted(studyOrder.map((id, rank) => ({ weight: zipf(rank), value: `/api/v2/studies/${id}` }))),
    };
    const MIX = weighted([
      { weight: 10, value: "html" },
      { weight: 15, value: "asset" },
      { weight: 30, value: "search" },
      { weight: 10, value: "page" },
      { weight: 35, value: "study" },
    ]);
    log(
      `mix: ${htmlPool.length} app pages, ${assets.length} files, ${searches.length} searches (${conditions.length} conditions), ` +
        `${pagePool.length} later pages, ${studyOrder.length} study records`,
    );

    // ── the steps ──
    const rows = [];
    const startedAt = new Date().toISOString();
    const loadAverageBefore = loadavg().map((x) => Math.round(x * 100) / 100);
    for (const rate of args.rates) {
      for (const [i, connections] of args.connections.entries()) {
        if (stopping) break;
        const fresh = !args.warm || i === 0;
        if (fresh || !gateway) {
          await stopGateway();
          await startGateway(rate, { wipe: true });
        }
        const upstreamLog = join(workdir, "logs", "upstream.log");
        const logStart = fileSize(upstreamLog);
        const before = await proxyStats();
        const step = await runStep({ port: gatewayPort, connections, duration: args.duration, rps: args.rps, mix: MIX, pools, random, setCurrent: (x) => (current = x) });
        current = null;
        if (stopping) break;
        await sleep(300); // let answers in flight be logged
        const after = await proxyStats();
        const upstreamLines = readFrom(upstreamLog, logStart).split("\n").filter(Boolean);
        const limiter429 = upstreamLines.filter((l) => /" 429 /.test(l)).length;
        const upstream = {
          requests: after.requests - before.requests,
          injected429: after.injected429 - before.injected429,
          byKind: Object.fromEntries(Object.keys(after.byKind).map((k) => [k, after.byKind[k] - before.byKind[k]])),
          failed: after.failed - before.failed,
        };
        const row = {
          rate,
          connections,
          durationS: args.duration,
          rpsCap: args.rps || null,
          coldCache: fresh,
          ...step,
          upstream,
          // Requests that reached the limiter (server 2's log) minus those that went on to the proxy.
          gatewayLimited: Math.max(0, upstreamLines.length - upstream.requests),
          upstreamLog: { lines: upstreamLines.length, status429: limiter429 },
        };
        rows.push(row);
        log(formatLine(row));
      }
    }

    await stopGateway();
    if (rows.length) {
      const table = markdownTable(rows);
      console.log(`\n${table}\n`);
      const result = {
        startedAt,
        // Other work on the machine skews every number: the load average before and after the run says how busy it was.
      machine: { node: process.version, cores: cpus().length, loadAverageBefore, loadAverageAfter: loadavg().map((x) => Math.round(x * 100) / 100) },
        settings: {
          durationS: args.duration,
          connections: args.connections,
          requestsPerSecondCap: args.rps || null,
          rates: args.rates,
          latencyMs: args.latency,
          errorRate: args.errors,
          coldCachePerStep: !args.warm,
          seed: args.seed,
          mix: { html: 10, asset: 15, search: 30, page: 10, study: 35 },
          pools: { html: htmlPool.length, asset: assets.length, search: searches.length, page: pagePool.length, study: studyOrder.length },
        },
        rows,
        table,
      };
      writeFileSync(resolve(root, args.out), `${JSON.stringify(result, null, 2)}\n`);
      log(`results in ${args.out}`);
    }
    await shutdown(0);
  }

  // ── helpers that need the children list ──

  /** Starts a child in its own process group with piped output; keeps the last lines for error messages. */
  function startChild(name, command, argv, env) {
    const child = spawn(command, argv, { cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
    const tailLines = [];
    let waiter = null;
    const onLine = (line) => {
      tailLines.push(line);
      if (tailLines.length > 40) tailLines.shift();
      // The gateway's own messages are worth showing (build, notes); nginx's warnings under load are not.
      if (name === "gateway" && /^\[gateway\] (building|precompressed|note)/.test(line)) console.log(line);
      const m = waiter && waiter.pattern.exec(line);
      if (m) {
        waiter.resolve(m);
        waiter = null;
      }
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buffer = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk) => {
        buffer += chunk;
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        lines.forEach(onLine);
      });
    }
    const exited = new Promise((resolveExit) => child.on("exit", (code, sig) => resolveExit(code ?? sig)));
    child.on("exit", (code, sig) => {
      if (waiter) waiter.reject(new Error(`${name} exited (${code ?? sig}) before it was ready:\n${tailLines.join("\n")}`));
      else if (!stopping && !entry.stopped) {
        console.error(`[load] ${name} exited unexpectedly (${code ?? sig}):\n${tailLines.join("\n")}`);
        void shutdown(1);
      }
    });
    const stopEntry = async () => {
      entry.stopped = true;
      const index = children.indexOf(entry);
      if (index >= 0) children.splice(index, 1);
      await stopChild(child, "SIGTERM", name === "gateway" ? 20_000 : 5000);
    };
    const entry = {
      name,
      child,
      stopped: false,
      stop: stopEntry,
      stopEntry,
      exited,
      waitFor: (pattern, timeoutMs) =>
        new Promise((resolveWait, rejectWait) => {
          const timer = setTimeout(() => rejectWait(new Error(`${name} not ready after ${timeoutMs / 1000} s:\n${tailLines.join("\n")}`)), timeoutMs);
          waiter = {
            pattern,
            resolve: (m) => (clearTimeout(timer), resolveWait(m)),
            reject: (e) => (clearTimeout(timer), rejectWait(e)),
          };
        }).catch((error) => die(error.message)),
    };
    children.push(entry);
    return entry;
  }
}

/** One step: `connections` clients for `duration` s. Latency, statuses, cache status, by kind. */
function runStep({ port, connections, duration, rps, mix, pools, random, setCurrent }) {
  const latencies = [];
  const byKind = {};
  const cache = {};
  const statuses = {};
  return new Promise((resolveStep, rejectStep) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration,
        // autocannon sends whole requests per second per client: below one each, it uses fewer clients.
        ...(rps ? { overallRate: rps } : {}),
        timeout: 12, // the app abandons a try after 12 s
        headers: { "accept-encoding": "gzip, deflate, br", "user-agent": "trial-finder-load" },
        requests: [
          {
            setupRequest: (req, context) => {
              const kind = mix(random());
              context.kind = kind;
              return { ...req, method: "GET", path: pools[kind](random()) };
            },
            onResponse: (status, _body, context, headers) => {
              const kind = context.kind;
              const kindStats = (byKind[kind] ??= { count: 0, non2xx: 0 });
              kindStats.count += 1;
              if (status < 200 || status > 299) kindStats.non2xx += 1;
              if (kind !== "html" && kind !== "asset") {
                const value = headers["x-cache-status"] ?? headers["X-Cache-Status"] ?? "none";
                cache[value] = (cache[value] ?? 0) + 1;
              }
            },
          },
        ],
      },
      (error, result) => {
        if (error) return rejectStep(error);
        latencies.sort((a, b) => a - b);
        for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) statuses[code] = count;
        const apiAnswers = sum(Object.values(cache));
        const hits = (cache.HIT ?? 0) + (cache.STALE ?? 0) + (cache.UPDATING ?? 0);
        resolveStep({
          clientsUsed: rps && rps < connections ? rps : connections,
          requests: result.requests.total,
          requestsPerSecond: Math.round(result.requests.total / (result.duration || duration)),
          throughputMBps: Math.round((result.throughput.average / 1e6) * 10) / 10,
          latencyMs: { p50: pct(latencies, 0.5), p95: pct(latencies, 0.95), p99: pct(latencies, 0.99), max: latencies.at(-1) ?? 0 },
          statuses,
          non2xx: result.non2xx,
          timeouts: result.timeouts,
          connectionErrors: Math.max(0, result.errors - result.timeouts),
          byKind,
          cacheStatus: cache,
          cacheHitRatio: apiAnswers ? Math.round((hits / apiAnswers) * 1000) / 1000 : null,
        });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    setCurrent(instance);
  });
}

// ── output ────────────────────────────────────────────────────────────────────────────────────────────

function errorsText(row) {
  const parts = Object.entries(row.statuses)
    .filter(([code]) => !/^2/.test(code))
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([code, n]) => `${n} × ${code}`);
  if (row.timeouts) parts.push(`${row.timeouts} timeouts`);
  if (row.connectionErrors) parts.push(`${row.connectionErrors} conn. errors`);
  return parts.length ? parts.join(", ") : "0";
}

function formatLine(row) {
  const l = row.latencyMs;
  return (
    `${clientsText(row)} clients${row.rate === "open" ? "" : ` (upstream ${row.rate})`}: ${row.requestsPerSecond} req/s, ` +
    `p50 ${fmtMs(l.p50)} p95 ${fmtMs(l.p95)} p99 ${fmtMs(l.p99)} ms, errors: ${errorsText(row)}; upstream ${row.upstream.requests} ` +
    `(${row.upstream.injected429} × 429)${row.gatewayLimited ? `, ${row.gatewayLimited} refused by the gateway's limit` : ""}, ` +
    `cache hits ${row.cacheHitRatio === null ? "–" : `${(row.cacheHitRatio * 100).toFixed(1)}%`}`
  );
}

function markdownTable(rows) {
  const withRate = rows.some((r) => r.rate !== rows[0]?.rate);
  const head = [
    ...(withRate ? ["upstream limit"] : []),
    "clients",
    "requests/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "requests",
    "client errors (non-2xx, timeouts)",
    "reached upstream (of them 429)",
    "refused by gateway limit",
    "API cache hits",
  ];
  const body = rows.map((r) => [
    ...(withRate ? [r.rate] : []),
    clientsText(r),
    String(r.requestsPerSecond),
    fmtMs(r.latencyMs.p50),
    fmtMs(r.latencyMs.p95),
    fmtMs(r.latencyMs.p99),
    String(r.requests),
    errorsText(r),
    `${r.upstream.requests} (${r.upstream.injected429})`,
    String(r.gatewayLimited),
    r.cacheHitRatio === null ? "–" : `${(r.cacheHitRatio * 100).toFixed(1)}%`,
  ]);
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...body.map(line)].join("\n");
}

/** "200", or "10 (1 req/s each)" with --rps (autocannon sends whole requests per second per client). */
const clientsText = (row) => (row.rpsCap ? `${row.clientsUsed} (${Math.round((row.rpsCap / row.clientsUsed) * 100) / 100} req/s each)` : String(row.connections));

const fmtMs = (ms) => (ms >= 100 ? String(Math.round(ms)) : ms.toFixed(1));

// ── small helpers ─────────────────────────────────────────────────────────────────────────────────────

function parseArgs(argv) {
  const out = { duration: 20, connections: [50, 200, 500], rps: 0, rates: ["open"], latency: 200, errors: 0.05, warm: false, build: false, seed: 1, out: "load-results.json" };
  const usage = (problem) => {
    if (problem) console.error(`[load] ${problem}`);
    console.error(
      "Usage: npm run load -- [--duration S] [--connections 50,200,500] [--rps N] [--rate open|40r/m[,…]] [--latency MS] [--errors 0.05] [--warm] [--build] [--seed N] [--out FILE]",
    );
    process.exit(problem ? 2 : 0);
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i] ?? usage(`${flag} needs a value`);
    const number = (min, max) => {
      const raw = value();
      const n = Number(raw);
      if (!(Number.isFinite(n) && n >= min && n <= max)) usage(`${flag} must be a number from ${min} to ${max}, got ${raw}`);
      return n;
    };
    if (flag === "--duration") out.duration = number(1, 3600);
    else if (flag === "--connections") {
      out.connections = value().split(",").map(Number);
      if (!out.connections.every((n) => Number.isInteger(n) && n >= 1 && n <= 10_000)) usage("--connections takes whole numbers such as 50,200,500");
    } else if (flag === "--rate") {
      out.rates = value().split(",").filter(Boolean);
      if (!out.rates.every((r) => r === "open" || /^[1-9]\d*r\/[sm]$/.test(r))) usage("--rate takes open or a rate such as 40r/m or 5r/s");
    } else if (flag === "--rps") out.rps = number(0, 1_000_000);
    else if (flag === "--latency") out.latency = number(0, 60_000);
    else if (flag === "--errors") out.errors = number(0, 1);
    else if (flag === "--seed") out.seed = number(0, 2 ** 31);
    else if (flag === "--out") out.out = value();
    else if (flag === "--warm") out.warm = true;
    else if (flag === "--build") out.build = true;
    else if (flag === "--help" || flag === "-h") usage();
    else usage(`unknown option ${flag}`);
  }
  return out;
}

/** The card fields as the app sends them (src/features/search/card-fields.ts and the freshness fields). */
function readCardFields() {
  const cardSource = readFileSync(join(root, "src/features/search/card-fields.ts"), "utf8");
  const freshSource = readFileSync(join(root, "src/lib/status-freshness.ts"), "utf8");
  const strings = (text) => [...text.matchAll(/"([A-Za-z]+)"/g)].map((m) => m[1]);
  const card = cardSource.slice(cardSource.indexOf("CARD_FIELDS = ["), cardSource.indexOf("] as const"));
  const freshStart = freshSource.indexOf("STATUS_FRESHNESS_FIELDS");
  const fresh = strings(freshSource.slice(freshStart, freshSource.indexOf("]", freshStart)));
  const fields = card.split("\n").flatMap((line) => (line.includes("...STATUS_FRESHNESS_FIELDS") ? fresh : strings(line)));
  if (!fields.includes("NCTId") || fresh.length === 0) throw new Error("could not read the card fields from src/features/search/card-fields.ts");
  return fields;
}

/** Condition text as a person would type it (lower case, no punctuation the app would drop anyway). */
function typedText(condition) {
  const text = String(condition)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\-'./+ ]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return text.length >= 3 && /\p{L}/u.test(text) ? text : "";
}

/** The nextPageToken of a replica answer, or undefined. */
async function nextToken(port, path) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  if (!response.ok) throw new Error(`replica: ${response.status} for ${path}`);
  const body = await response.json();
  return typeof body.nextPageToken === "string" && body.nextPageToken ? body.nextPageToken : undefined;
}

/** What a first visit to / loads from the build: index.html's files, the favicon, the page chunks. */
function homeAssets(dir) {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const linked = [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((m) => m[1]).filter((p) => existsSync(join(dir, p)));
  const routes = existsSync(join(dir, "assets"))
    ? readdirSync(join(dir, "assets"))
        .filter((f) => /^(home|search|study)-route.*\.(js|css)$/.test(f))
        .map((f) => `/assets/${f}`)
    : [];
  const all = [...new Set([...linked, ...routes])];
  if (all.length === 0) throw new Error(`no files found from ${dir}/index.html`);
  return all;
}

/** A picker: u in [0, 1) → one value, with probability proportional to its weight. */
function weighted(items) {
  const cumulative = [];
  let total = 0;
  for (const { weight } of items) cumulative.push((total += weight));
  return (u) => {
    const target = u * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return items[lo].value;
  };
}

const zipf = (rank) => 1 / (rank + 1);
const harmonic = (n) => sum(Array.from({ length: n }, (_, i) => zipf(i)));
const sum = (values) => values.reduce((a, b) => a + b, 0);
const pct = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : 0);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function shuffle(items, random) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** A small seeded PRNG, so every run draws the same sequence. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createNetServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

const alive = (child) => child.exitCode === null && child.signalCode === null;

/** Signals a child started with detached: true (its own process group), falling back to the child alone. */
function signalTree(child, sig) {
  try {
    process.kill(-(/** @type {number} */ (child.pid)), sig);
  } catch {
    try {
      child.kill(sig);
    } catch {
      // gone
    }
  }
}

/** SIGTERM (or `sig`) to the child itself, then the whole group SIGKILLed if it is still there after `graceMs`. */
async function stopChild(child, sig, graceMs) {
  if (!alive(child)) return;
  const exited = new Promise((r) => child.once("exit", r));
  try {
    child.kill(sig);
  } catch {
    // gone
  }
  const done = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!done) {
    signalTree(child, "SIGKILL");
    await Promise.race([exited, sleep(2000)]);
  }
}

function readLivePid(pidFile) {
  try {
    const pid = Number(readFileSync(pidFile, "utf8").trim());
    return pid > 0 && readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "nginx" ? pid : null;
  } catch {
    return null;
  }
}

function fileSize(path) {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function readFrom(path, offset) {
  try {
    return readFileSync(path).subarray(offset).toString("utf8");
  } catch {
    return "";
  }
}

// Last, so that every function and constant above is defined when main() runs.
if (process.argv[2] === "--fault-proxy") runFaultProxy();
else await main();
