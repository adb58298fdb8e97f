// `npm run gateway`: the production way to serve the app. Builds it for a same-origin API
// (VITE_CTGOV_API_BASE=/api/v2) into GATEWAY_ROOT (default dist-gateway/), precompresses its text files,
// renders deploy/nginx/gateway.conf.template into GATEWAY_WORKDIR (default .gateway/) and runs nginx in
// the foreground: the app plus a caching, rate-limited proxy to the registry at /api/v2/, on GATEWAY_PORT
// (default 8080). Settings: README, "Settings" > "Gateway" (scripts/lib/gateway-config.mjs reads them).
//
//   --no-build   serve GATEWAY_ROOT as it is (it must hold a build; tests point it at a small folder)
//
// Ctrl-C or SIGTERM stops nginx gracefully (SIGQUIT: requests in flight get up to 5 s), then for sure
// (SIGTERM after 8 s, SIGKILL of its whole process group after 12 s; a second Ctrl-C hurries it), and
// checks that no nginx process is left. nginx runs in its own process group, so only this script
// signals it. The line "[gateway] ready: http://…" says when it is serving.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { findNginx, GatewaySettingsError, readSettings, writeGatewayConfig } from "./lib/gateway-config.mjs";
import { precompress } from "./lib/precompress.mjs";
import { bin, exitCode, node, root } from "./lib/run.mjs";

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== "--no-build");
const log = (message) => console.log(`[gateway] ${message}`);
/** @returns {never} */
const die = (message, code = 1) => {
  console.error(`[gateway] ${message}`);
  process.exit(code);
};
if (unknown.length) die(`unknown option ${unknown.join(" ")} (the only one is --no-build; settings are environment variables, see README)`, 2);
const build = !args.includes("--no-build");

// ── nginx ────────────────────────────────────────────────────────────────────────────────────────
const nginx = findNginx();
if (!nginx) {
  const where = process.env.GATEWAY_NGINX ? ` (GATEWAY_NGINX=${process.env.GATEWAY_NGINX} is not an executable)` : "";
  die(`nginx is not installed: sudo apt-get install nginx${where}`);
}

/** [major, minor, patch] of `nginx -v` (which prints to stderr), or [0, 0, 0]. */
function nginxVersion() {
  const out = spawnSync(nginx, ["-v"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const m = /nginx\/(\d+)\.(\d+)\.(\d+)/.exec(`${out.stdout}${out.stderr}`);
  return m ? m.slice(1).map(Number) : [0, 0, 0];
}

// ── settings ─────────────────────────────────────────────────────────────────────────────────────
// The tile URL the build uses (environment or .env files, as Vite reads them) decides the CSP's img-src.
const { loadEnv } = await import("vite");
const env = { ...process.env, VITE_TILE_URL: loadEnv("production", root, "VITE_").VITE_TILE_URL ?? "" };
let settings;
try {
  settings = readSettings(env);
} catch (err) {
  if (err instanceof GatewaySettingsError) die(err.message, 2);
  throw err;
}
const shown = (p) => (relative(root, p).startsWith("..") ? p : relative(root, p) || ".");

// ── signals: whatever runs now (the build, then nginx) stops with us ─────────────────────────────
/** @type {import("node:child_process").ChildProcess | null} */
let child = null;
let phase = "build";
let stopRequests = 0;
const timers = [];
const signal = (pid, sig) => {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
};
const killGroup = (sig) => child?.pid && signal(-child.pid, sig);
const running = () => child !== null && child.exitCode === null && child.signalCode === null;
function requestStop(sig) {
  stopRequests += 1;
  if (!running()) process.exit(130);
  if (phase === "build") {
    child?.kill(sig);
    return;
  }
  const pid = /** @type {number} */ (child?.pid);
  if (stopRequests === 1) {
    log(`${sig}: stopping nginx (pid ${pid})…`);
    signal(pid, "SIGQUIT"); // graceful: finish requests in flight (worker_shutdown_timeout 5s)
    timers.push(setTimeout(() => signal(pid, "SIGTERM"), 8000).unref());
    timers.push(setTimeout(() => killGroup("SIGKILL"), 12_000).unref());
  } else if (stopRequests === 2) {
    signal(pid, "SIGTERM"); // fast shutdown
  } else {
    killGroup("SIGKILL");
  }
}
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => requestStop(sig));
process.on("exit", () => {
  if (phase === "nginx" && running()) killGroup("SIGKILL"); // never leave nginx behind, even on a crash
});
// `npm run gateway` puts `sh -c` between npm and us, and a SIGTERM to npm (a container's PID 1, a
// process manager) ends that shell without passing the signal on. We would be left running as an
// orphan: when whoever started us is gone, stop as if signalled.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent && stopRequests === 0) {
    log(`the process that started this one (pid ${parent}) has gone`);
    requestStop("SIGTERM");
  }
}, 500).unref();

// ── build ────────────────────────────────────────────────────────────────────────────────────────
if (build) {
  log(`building the app for /api/v2 into ${shown(settings.root)}/`);
  // A gateway build never uses the offline replica (vite.config.ts reads CTGOV_REPLICA).
  child = node(bin.vite, ["build", "--outDir", settings.root], { VITE_CTGOV_API_BASE: "/api/v2", CTGOV_REPLICA: "0" });
  const code = await exitCode(child);
  child = null;
  if (stopRequests) process.exit(130);
  if (code !== 0) die(`the build failed (exit code ${code})`, code);
  const t = precompress(settings.root);
  log(`precompressed ${t.files} files for gzip_static: ${(t.bytes / 1024).toFixed(0)} kB → ${(t.gzipBytes / 1024).toFixed(0)} kB`);
} else if (!existsSync(join(settings.root, "index.html"))) {
  die(`no build in ${settings.root} (no index.html): run \`npm run gateway\` without --no-build first, or set GATEWAY_ROOT`);
}

// ── one gateway per working folder ───────────────────────────────────────────────────────────────
const pidFile = join(settings.workdir, "nginx.pid");
const readPid = () => {
  try {
    const pid = Number(readFileSync(pidFile, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
};
const isNginx = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "nginx";
  } catch {
    return false;
  }
};
const previous = readPid();
if (previous && isNginx(previous)) {
  die(`a gateway from ${shown(settings.workdir)}/ is already running (nginx pid ${previous}): stop it (kill -QUIT ${previous}) or set another GATEWAY_WORKDIR`);
}
rmSync(pidFile, { force: true }); // left by a crash; the new one tells us nginx is listening

let conf;
try {
  conf = writeGatewayConfig(settings);
} catch (err) {
  if (err instanceof GatewaySettingsError) die(err.message);
  throw err;
}
for (const note of settings.notes) log(`note: ${note}`);

// ── run ──────────────────────────────────────────────────────────────────────────────────────────
const [major, minor, patch] = nginxVersion();
// -e (1.19.5+): startup messages before the config is read go to stderr, not to a system log file.
const early = major * 1e6 + minor * 1e3 + patch >= 1_019_005 ? ["-e", "stderr"] : [];
phase = "nginx";
child = spawn(nginx, [...early, "-p", `${settings.workdir}/`, "-c", conf], {
  cwd: settings.workdir,
  stdio: ["ignore", "inherit", "inherit"],
  detached: true, // its own process group: Ctrl-C reaches only us, and we stop it in order
});
const exited = exitCode(child);
const nginxPid = /** @type {number} */ (child.pid);

// Ready once nginx has written its pid file, which it does after binding its ports.
const deadline = Date.now() + 15_000;
while (running() && readPid() !== nginxPid && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
if (running() && readPid() === nginxPid) {
  const bare = settings.host.replace(/^\[|\]$/g, "");
  const host = !bare || bare === "0.0.0.0" || bare === "::" ? "localhost" : bare.includes(":") ? `[${bare}]` : bare;
  log(
    `ready: http://${host}:${settings.port}/ (nginx pid ${nginxPid}; app from ${shown(settings.root)}/, ` +
      `/api/v2/ → ${settings.upstream.url}; cache and logs in ${shown(settings.workdir)}/). Ctrl-C stops it.`,
  );
}

const code = await exited;
for (const t of timers) clearTimeout(t);

// The master waits for its workers before it exits; this catches anything that outlived it anyway.
const leftovers = processesInGroup(nginxPid);
if (leftovers.length) {
  console.error(`[gateway] nginx processes left after the master exited: ${leftovers.join(", ")}; killing them`);
  killGroup("SIGKILL");
}
if (stopRequests) {
  log("stopped; no nginx process left");
  process.exit(code === 0 ? 0 : code);
}
die(`nginx exited with code ${code} (its messages are above and in ${shown(settings.workdir)}/logs/error.log)`, code || 1);

/** pids whose process group is `pgid` (Linux /proc; empty elsewhere). */
function processesInGroup(pgid) {
  let pids;
  try {
    pids = readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  return pids.filter((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return fields[0] !== "Z" && Number(fields[2]) === pgid;
    } catch {
      return false;
    }
  });
}
