// `npm start`: vite build + vite preview on http://localhost:4173.  `npm run dev`: vite dev server (HMR).
// Live ClinicalTrials.gov when it answers, else the offline replica (CTGOV_REPLICA=1, see vite.config.ts).
// Live: the app is built with VITE_CTGOV_API_BASE=/api/v2 and the server proxies /api/v2 to the registry
// (CTGOV_UPSTREAM, default https://clinicaltrials.gov), so the browser calls only its own origin, whatever
// the registry's CORS rules. A VITE_CTGOV_API_BASE set by the user wins (e.g. the registry itself).
// Flags: --offline (or CTGOV_OFFLINE=1) skips the probe; --dev runs the dev server instead.
import { bin, exitCode, forwardSignals, node } from "./lib/run.mjs";

const args = process.argv.slice(2);
const dev = args.includes("--dev");
const forceOffline = args.includes("--offline") || process.env.CTGOV_OFFLINE === "1";
const UPSTREAM = (process.env.CTGOV_UPSTREAM || "https://clinicaltrials.gov").replace(/\/+$/, "");
const PROBE_URL = `${UPSTREAM}/api/v2/version`;
const userApiBase = process.env.VITE_CTGOV_API_BASE;

/** @returns {Promise<string | null>} null when live, else why we go offline */
async function offlineReason() {
  if (forceOffline) return "forced by --offline / CTGOV_OFFLINE=1";
  try {
    const res = await fetch(PROBE_URL, { signal: AbortSignal.timeout(4000) });
    if (res.status !== 200) return `${PROBE_URL} answered HTTP ${res.status}`;
    // A captive portal or proxy error page is not the API.
    return await res.json().then(() => null, () => `${PROBE_URL} answered, but not with JSON`);
  } catch (err) {
    const cause = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
    return `${PROBE_URL} unreachable (${cause})`;
  }
}

const reason = await offlineReason();
const env = reason ? { CTGOV_REPLICA: "1" } : { VITE_CTGOV_API_BASE: userApiBase || "/api/v2" };
console.log(
  reason
    ? `[start] OFFLINE mode: ${reason}. Serving the local replica of the API at /api/v2 (CTGOV_REPLICA=1).`
    : userApiBase
      ? `[start] LIVE mode: ${PROBE_URL} answered; the app calls ${userApiBase} (VITE_CTGOV_API_BASE).`
      : `[start] LIVE mode: ${PROBE_URL} answered; the app calls /api/v2 on this server, proxied to ${UPSTREAM}.`,
);

let child = null;
forwardSignals(() => child);

if (dev) {
  child = node(bin.vite, [], env); // server.host/port come from vite.config.ts (127.0.0.1:5173)
  process.exit(await exitCode(child));
}

// `--port=N` (parallel e2e runs): its own port and its own build folder, so two runs never share dist/.
const port = process.argv.find((arg) => arg.startsWith("--port="))?.slice("--port=".length);
const own = port ? ["--outDir", `dist-${port}`] : [];
child = node(bin.vite, ["build", ...own], env);
const built = await exitCode(child);
if (built !== 0) process.exit(built);

// vite.config.ts binds 127.0.0.1:4173 with strictPort; `localhost` resolves there too (curl/browsers fall back from ::1).
const shown = port ?? "4173";
console.log(`[start] Open http://localhost:${shown}/ (same as http://127.0.0.1:${shown}/). Ctrl-C stops it.`);
child = node(bin.vite, ["preview", ...own, ...(port ? ["--port", port] : [])], env);
process.exit(await exitCode(child));
