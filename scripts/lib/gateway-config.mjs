// The gateway's settings (environment variables, README "Settings" > "Gateway") and the nginx config
// rendered from them: deploy/nginx/gateway.conf.template → <workdir>/nginx.conf, plus
// <workdir>/security-headers.conf (add_header lines from deploy/security-headers.mjs, the same headers
// Vite preview sends) and <workdir>/mime.types (copied from deploy/nginx). Used by scripts/gateway.mjs
// and deploy/gateway.test.ts. Types: gateway-config.d.mts.
import { execFileSync } from "node:child_process";
import { accessSync, chownSync, constants as fsConstants, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import { delimiter, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { securityHeaders } from "../../deploy/security-headers.mjs";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const deployDir = join(repoRoot, "deploy", "nginx");
export const TEMPLATE = join(deployDir, "gateway.conf.template");

/** Every setting with its default ("" = none, or computed: see readSettings). */
export const GATEWAY_DEFAULTS = Object.freeze({
  GATEWAY_PORT: "8080",
  GATEWAY_HOST: "", // all interfaces
  CTGOV_UPSTREAM: "https://clinicaltrials.gov",
  GATEWAY_TTL_STUDY: "1h",
  GATEWAY_TTL_SEARCH: "10m",
  GATEWAY_TTL_OTHER: "1d",
  GATEWAY_CACHE_SIZE: "1g",
  GATEWAY_STALE: "1d",
  GATEWAY_UPSTREAM_RATE: "40r/m",
  GATEWAY_UPSTREAM_BURST: "8",
  GATEWAY_UPSTREAM_BURST_NOWAIT: "5",
  GATEWAY_UPSTREAM_TIMEOUT: "8s",
  GATEWAY_RETRY_AFTER: "5",
  GATEWAY_WORKERS: "auto",
  GATEWAY_ROOT: "dist-gateway",
  GATEWAY_WORKDIR: ".gateway",
  GATEWAY_RESOLVER: "", // the nameservers in /etc/resolv.conf
  GATEWAY_CA_FILE: "/etc/ssl/certs/ca-certificates.crt",
  GATEWAY_USER: "", // only as root: nobody when it can reach the folders, else root
});

export class GatewaySettingsError extends Error {}

/**
 * The nginx binary: GATEWAY_NGINX when set (null if it is not an executable), else `nginx` on PATH or
 * in the sbin folders (which are not on a normal user's PATH on Debian). null when there is none.
 */
export function findNginx(env = process.env) {
  const executable = (p) => {
    try {
      accessSync(p, fsConstants.X_OK);
      return statSync(p).isFile();
    } catch {
      return false;
    }
  };
  if (env.GATEWAY_NGINX) return executable(env.GATEWAY_NGINX) ? env.GATEWAY_NGINX : null;
  const dirs = [...(env.PATH ?? "").split(delimiter), "/usr/sbin", "/usr/local/sbin", "/usr/local/nginx/sbin"];
  return dirs.filter(Boolean).map((d) => join(d, "nginx")).find(executable) ?? null;
}

const fail = (message) => {
  throw new GatewaySettingsError(message);
};

const UNITS_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** An nginx time ("30s", "10m", "1h", "1d", "500ms"; a bare number is seconds) in milliseconds. */
export function parseDuration(name, value) {
  const m = /^(\d+)(ms|s|m|h|d)?$/.exec(value);
  const ms = m ? Number(m[1]) * UNITS_MS[m[2] ?? "s"] : NaN;
  if (!(ms > 0)) fail(`${name} must be a time such as 30s, 10m, 1h or 1d, got ${JSON.stringify(value)}`);
  return ms;
}

/** Milliseconds as nginx writes time, in the largest whole unit: 1h, 10m, 1d, 8s, 500ms. */
const nginxTime = (ms) => {
  for (const unit of ["d", "h", "m", "s"]) if (ms % UNITS_MS[unit] === 0) return `${ms / UNITS_MS[unit]}${unit}`;
  return `${ms}ms`;
};

function parseInteger(name, value, min, max) {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= min && n <= max)) fail(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  return n;
}

/** A path nginx can take in double quotes: no quote, backslash, `$` (a variable) or control character. */
function safePath(name, value, base) {
  if (!value) fail(`${name} is empty`);
  const path = isAbsolute(value) ? resolve(value) : resolve(base, value);
  // eslint-disable-next-line no-control-regex
  if (/["\\$\u0000-\u001f]/.test(path)) fail(`${name} cannot contain quotes, backslashes, $ or control characters: ${path}`);
  return path;
}

/** The `nameserver` lines of /etc/resolv.conf, as nginx's resolver wants them (IPv6 in brackets). */
export function systemNameservers(resolvConf = "/etc/resolv.conf") {
  let text;
  try {
    text = readFileSync(resolvConf, "utf8");
  } catch {
    return [];
  }
  return [...text.matchAll(/^\s*nameserver\s+(\S+)/gm)]
    .map((m) => /** @type {string} */ (m[1]).replace(/%.*$/, "")) // no IPv6 zone ids
    .filter((ip) => isIP(ip) !== 0)
    .map((ip) => (isIP(ip) === 6 ? `[${ip}]` : ip));
}

/** The hard limit on open files (what nginx may raise its workers to), 1024 when unknown. */
function openFilesLimit() {
  try {
    const line = readFileSync("/proc/self/limits", "utf8").split("\n").find((l) => l.startsWith("Max open files"));
    const hard = line?.trim().split(/\s+/)[4];
    if (hard === "unlimited") return 65_536;
    if (hard && /^\d+$/.test(hard)) return Number(hard);
  } catch {
    // not Linux
  }
  return 1024;
}

/** uid, gid and group name of a user (`id`), or undefined when there is no such user. */
export function lookupUser(name) {
  try {
    const id = (flag) => execFileSync("id", [flag, name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return { name, uid: Number(id("-u")), gid: Number(id("-g")), group: id("-gn") };
  } catch {
    return undefined;
  }
}

/**
 * Whether a user (uid, gid; supplementary groups ignored) may go through every folder down to `path`
 * (execute bit) and read `path` itself (read bit, and execute for a folder). POSIX mode bits only.
 */
export function canReach(path, user) {
  const may = (st, bits /* r=4, x=1 */) => {
    const shift = st.uid === user.uid ? 6 : st.gid === user.gid ? 3 : 0;
    return (((st.mode >> shift) & 7) & bits) === bits;
  };
  const parts = resolve(path).split("/").filter(Boolean);
  let current = "/";
  for (const [i, part] of ["", ...parts].entries()) {
    current = i === 0 ? "/" : join(current, part);
    let st;
    try {
      st = statSync(current);
    } catch {
      return true; // not created yet: its parent was reachable, and nginx or we create it
    }
    const last = i === parts.length;
    if (!may(st, last ? (st.isDirectory() ? 5 : 4) : 1)) return false;
  }
  return true;
}

/**
 * Reads and checks every setting. Throws GatewaySettingsError with a message naming the variable.
 * @param {Record<string, string | undefined>} env usually process.env
 * @param {{ isRoot?: boolean, base?: string }} [options] base: folder relative paths start from (the repo)
 */
export function readSettings(env, { isRoot = process.getuid?.() === 0, base = repoRoot } = {}) {
  /** @param {keyof typeof GATEWAY_DEFAULTS} name */
  const get = (name) => (env[name] ?? "").trim() || GATEWAY_DEFAULTS[name];

  const port = parseInteger("GATEWAY_PORT", get("GATEWAY_PORT"), 1, 65535);
  const host = get("GATEWAY_HOST");
  if (host && isIP(host.replace(/^\[|\]$/g, "")) === 0 && !/^[a-z0-9.-]+$/i.test(host)) {
    fail(`GATEWAY_HOST must be an address to listen on (e.g. 127.0.0.1), got ${JSON.stringify(host)}`);
  }
  const bare = host.replace(/^\[|\]$/g, "");
  const listen = !host ? String(port) : isIP(bare) === 6 ? `[${bare}]:${port}` : `${host}:${port}`;

  let upstream;
  const rawUpstream = get("CTGOV_UPSTREAM").replace(/\/+$/, "");
  try {
    upstream = new URL(rawUpstream);
  } catch {
    fail(`CTGOV_UPSTREAM must be a URL such as https://clinicaltrials.gov, got ${JSON.stringify(rawUpstream)}`);
  }
  if (!/^https?:$/.test(upstream.protocol) || upstream.pathname !== "/" || upstream.search || upstream.hash || upstream.username) {
    fail(`CTGOV_UPSTREAM must be http(s)://host[:port] with no path (the gateway adds /api/v2/…), got ${JSON.stringify(rawUpstream)}`);
  }
  const hostname = upstream.hostname.replace(/^\[|\]$/g, "");
  // nginx's resolver does not read /etc/hosts: send localhost to 127.0.0.1 (the Host header stays).
  const connectHost = hostname === "localhost" ? "127.0.0.1" : hostname;
  const upstreamOrigin = `${upstream.protocol}//${isIP(connectHost) === 6 ? `[${connectHost}]` : connectHost}${upstream.port ? `:${upstream.port}` : ""}`;
  let resolver = [];
  if (isIP(connectHost) === 0) {
    resolver = get("GATEWAY_RESOLVER") ? get("GATEWAY_RESOLVER").split(/[\s,]+/).filter(Boolean) : systemNameservers();
    if (resolver.length === 0) {
      fail(`No DNS server found in /etc/resolv.conf to look up ${hostname} (CTGOV_UPSTREAM): set GATEWAY_RESOLVER to one (an IP address)`);
    }
    if (resolver.some((ip) => isIP(ip.replace(/^\[|\]$/g, "")) === 0)) fail(`GATEWAY_RESOLVER must be IP addresses, got ${JSON.stringify(resolver.join(" "))}`);
  }
  let caFile = "";
  if (upstream.protocol === "https:") {
    caFile = get("GATEWAY_CA_FILE");
    if (!existsSync(caFile)) {
      if (env.GATEWAY_CA_FILE) fail(`GATEWAY_CA_FILE=${caFile} does not exist`);
      caFile = ""; // no system CA bundle: TLS without certificate checks (readSettings' caller warns)
    } else {
      caFile = safePath("GATEWAY_CA_FILE", caFile, base);
    }
  }

  const ttl = {
    study: parseDuration("GATEWAY_TTL_STUDY", get("GATEWAY_TTL_STUDY")),
    search: parseDuration("GATEWAY_TTL_SEARCH", get("GATEWAY_TTL_SEARCH")),
    other: parseDuration("GATEWAY_TTL_OTHER", get("GATEWAY_TTL_OTHER")),
  };
  const stale = parseDuration("GATEWAY_STALE", get("GATEWAY_STALE"));
  const cacheSize = get("GATEWAY_CACHE_SIZE");
  if (!/^[1-9]\d*[kmg]?$/i.test(cacheSize)) fail(`GATEWAY_CACHE_SIZE must be a size such as 500m or 1g, got ${JSON.stringify(cacheSize)}`);

  const rate = get("GATEWAY_UPSTREAM_RATE");
  const rm = /^([1-9]\d*)r\/(s|m)$/.exec(rate);
  if (!rm) fail(`GATEWAY_UPSTREAM_RATE must be requests per second or minute such as 40r/m or 1r/s, got ${JSON.stringify(rate)}`);
  const perSecond = Number(rm[1]) / (rm[2] === "m" ? 60 : 1);
  const burst = parseInteger("GATEWAY_UPSTREAM_BURST", get("GATEWAY_UPSTREAM_BURST"), 0, 10_000);
  const nowait = Math.min(burst, parseInteger("GATEWAY_UPSTREAM_BURST_NOWAIT", get("GATEWAY_UPSTREAM_BURST_NOWAIT"), 0, 10_000));
  const upstreamTimeout = parseDuration("GATEWAY_UPSTREAM_TIMEOUT", get("GATEWAY_UPSTREAM_TIMEOUT"));
  const retryAfter = parseInteger("GATEWAY_RETRY_AFTER", get("GATEWAY_RETRY_AFTER"), 1, 86_400);
  const workersRaw = get("GATEWAY_WORKERS");
  const workers = workersRaw === "auto" ? "auto" : String(parseInteger("GATEWAY_WORKERS", workersRaw, 1, 64));

  const root = safePath("GATEWAY_ROOT", get("GATEWAY_ROOT"), base);
  const workdir = safePath("GATEWAY_WORKDIR", get("GATEWAY_WORKDIR"), base);
  const socket = join(workdir, "upstream.sock");
  if (Buffer.byteLength(socket) > 100) fail(`GATEWAY_WORKDIR is too deep for a unix socket path (${socket}): use a shorter folder`);

  // Root only: nginx runs its workers as another user. nobody, unless it cannot reach the files.
  let user;
  const notes = [];
  if (isRoot) {
    const wanted = get("GATEWAY_USER");
    if (wanted) {
      user = lookupUser(wanted) ?? fail(`GATEWAY_USER=${wanted}: no such user`);
    } else {
      const nobody = lookupUser("nobody");
      const blocked = [root, workdir].find((p) => !nobody || !canReach(p, nobody));
      if (nobody && !blocked) user = nobody;
      else {
        user = lookupUser("root") ?? { name: "root", uid: 0, gid: 0, group: "root" };
        notes.push(
          `running as root and user nobody cannot reach ${blocked ?? "the files"}: nginx's workers run as root too. ` +
            "Run as a normal user, make the folders readable (chmod o+rx), or set GATEWAY_USER.",
        );
      }
    }
  }
  if (!caFile && upstream.protocol === "https:") notes.push(`no CA bundle at ${GATEWAY_DEFAULTS.GATEWAY_CA_FILE}: the registry's certificate is not checked (set GATEWAY_CA_FILE)`);
  const answerTimeout = upstreamTimeout + 2000;
  const queueWait = perSecond > 0 ? (burst - nowait) / perSecond : 0;
  if (queueWait * 1000 + 1000 > answerTimeout) {
    notes.push(
      `GATEWAY_UPSTREAM_BURST - GATEWAY_UPSTREAM_BURST_NOWAIT = ${burst - nowait} requests can wait up to ${queueWait.toFixed(1)} s ` +
        `for the rate, longer than the ${answerTimeout / 1000} s the gateway waits for an answer: they end as 504 or stale`,
    );
  }

  return {
    port,
    host,
    listen,
    upstream: { url: rawUpstream, origin: upstreamOrigin, host: upstream.host, hostname, protocol: upstream.protocol, resolver, caFile },
    ttl,
    stale,
    cacheSize: cacheSize.toLowerCase(),
    rate: { value: rate, perSecond, burst, nowait },
    upstreamTimeout,
    answerTimeout,
    retryAfter,
    workers,
    root,
    workdir,
    socket,
    user,
    tileUrl: (env.VITE_TILE_URL ?? "").trim() || undefined,
    notes,
  };
}

/** `add_header` lines for the production headers (deploy/security-headers.mjs). */
export function productionHeaders(settings) {
  return securityHeaders({ tileUrl: settings.tileUrl });
}

function headerLines(headers) {
  return Object.entries(headers)
    .map(([name, value]) => {
      if (!/^[A-Za-z0-9-]+$/.test(name)) fail(`bad header name ${JSON.stringify(name)}`);
      // eslint-disable-next-line no-control-regex
      if (/[$\u0000-\u001f]/.test(value)) fail(`header ${name} has a value nginx cannot send as is: ${JSON.stringify(value)}`);
      return `add_header ${name} "${value.replace(/["\\]/g, "\\$&")}" always;`;
    })
    .join("\n");
}

/**
 * The rendered files, by name (nginx.conf, security-headers.conf, mime.types).
 * @returns {Record<string, string>}
 */
export function renderGatewayConfig(settings, template = readFileSync(TEMPLATE, "utf8")) {
  const headers = productionHeaders(settings);
  const { upstream, rate } = settings;
  const indent = (n, lines) => lines.map((l) => " ".repeat(n) + l).join("\n");
  const connections = Math.min(4096, Math.floor(openFilesLimit() / 2));
  const values = {
    WORKDIR: settings.workdir,
    ROOT: settings.root,
    USER_DIRECTIVE: settings.user ? `user ${settings.user.name} ${settings.user.group};  # nginx runs as root: workers as this user` : "# (no `user`: nginx runs as the current user, workers too)",
    WORKERS: settings.workers,
    RLIMIT_NOFILE: String(connections * 2),
    WORKER_CONNECTIONS: String(connections),
    LISTEN: settings.listen,
    CACHE_SIZE: settings.cacheSize,
    STALE: nginxTime(settings.stale),
    UPSTREAM_RATE: rate.value,
    TTL_STUDY: nginxTime(settings.ttl.study),
    TTL_SEARCH: nginxTime(settings.ttl.search),
    TTL_OTHER: nginxTime(settings.ttl.other),
    ANSWER_TIMEOUT: nginxTime(settings.answerTimeout),
    HIDE_UPSTREAM_HEADERS: indent(8, [
      "# Ours, not the registry's: no duplicates of the production headers, no HSTS for this site.",
      ...[...Object.keys(headers), "Strict-Transport-Security"].map((name) => `proxy_hide_header ${name};`),
    ]),
    LIMIT_REQ_PARAMS:
      rate.burst === 0 ? "" : rate.nowait >= rate.burst ? `burst=${rate.burst} nodelay` : `burst=${rate.burst}${rate.nowait ? ` delay=${rate.nowait}` : ""}`,
    RESOLVER: upstream.resolver.length
      ? indent(8, [`resolver ${upstream.resolver.join(" ")} valid=300s ipv6=off;`, "resolver_timeout 5s;"])
      : indent(8, ["# (no resolver: CTGOV_UPSTREAM is an IP address)"]),
    UPSTREAM: upstream.origin,
    UPSTREAM_HOST: upstream.host,
    UPSTREAM_HOSTNAME: upstream.hostname,
    SSL_VERIFY: upstream.caFile
      ? indent(12, ["proxy_ssl_verify on;", `proxy_ssl_trusted_certificate "${upstream.caFile}";`, "proxy_ssl_verify_depth 4;"])
      : indent(12, [upstream.protocol === "https:" ? "proxy_ssl_verify off;  # no CA bundle found (GATEWAY_CA_FILE)" : "# (plain http upstream: no TLS)"]),
    UPSTREAM_CONNECT_TIMEOUT: nginxTime(Math.min(4000, settings.upstreamTimeout)),
    UPSTREAM_TIMEOUT: nginxTime(settings.upstreamTimeout),
    RETRY_AFTER: String(settings.retryAfter),
  };
  const conf = template.replace(/\{\{([A-Z_]+)\}\}/g, (whole, name) => {
    if (!(name in values)) fail(`${TEMPLATE}: unknown placeholder ${whole}`);
    return values[/** @type {keyof typeof values} */ (name)];
  });
  return {
    "nginx.conf": conf.replace(/^[ \t]*\n(?=[ \t]*\n)/gm, ""),
    "security-headers.conf": `# Rendered from deploy/security-headers.mjs by scripts/lib/gateway-config.mjs.\n${headerLines(headers)}\n`,
    "mime.types": readFileSync(join(deployDir, "mime.types"), "utf8"),
  };
}

/** Gives `path` and everything inside to uid:gid (root only; skips what already belongs to uid). */
function chownTree(path, uid, gid) {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return;
  }
  if (st.uid !== uid) chownSync(path, uid, gid);
  if (st.isDirectory()) for (const name of readdirSync(path)) chownTree(join(path, name), uid, gid);
}

/**
 * Creates the working folder and writes the rendered files into it. The cache survives: a restart
 * keeps what was cached. As root, the cache and temp folders go to the workers' user (nginx itself
 * only fixes their top folders, and an earlier run may have had other workers).
 * @returns {string} the path of nginx.conf
 */
export function writeGatewayConfig(settings, files = renderGatewayConfig(settings)) {
  const { workdir, user } = settings;
  const uid = process.getuid?.();
  if (!user && uid !== undefined && uid !== 0) {
    // Not root: nginx cannot take back folders an earlier run as root gave to its workers.
    const foreign = [join(workdir, "cache"), join(workdir, "temp", "proxy")].find((p) => existsSync(p) && statSync(p).uid !== uid);
    if (foreign) fail(`${foreign} belongs to another user (an earlier run as root?): remove it, or set another GATEWAY_WORKDIR`);
  }
  for (const dir of [workdir, join(workdir, "logs"), join(workdir, "temp")]) mkdirSync(dir, { recursive: true, mode: 0o755 });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(workdir, name), text);
  if (user && uid === 0) {
    const cache = join(workdir, "cache");
    const owner = existsSync(cache) ? statSync(cache).uid : user.uid;
    if (owner !== user.uid) for (const dir of [cache, join(workdir, "temp")]) chownTree(dir, user.uid, user.gid);
  }
  return join(workdir, "nginx.conf");
}

