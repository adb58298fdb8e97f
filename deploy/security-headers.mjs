// Production response headers, in one place for every server that serves the app: Vite preview
// (vite.config.ts, so every e2e run works under them) and the nginx gateway (rendered into add_header
// lines). Pure and dependency-free on purpose. Types: security-headers.d.mts.
//
// The policy allows only the app's own origin, plus exactly two things that are set at build time:
// the map tile server (VITE_TILE_URL, for images) and, when the build points the browser straight at
// the registry (an absolute VITE_CTGOV_API_BASE), the registry's origin (for fetch).
// No 'unsafe-inline' anywhere: the built index.html has no inline script or style, React's style props
// go through the CSSOM (not governed by CSP), and nothing inserts HTML with style="…" attributes.

/** src/components/map/map-config.ts uses the same default when VITE_TILE_URL is unset. */
export const DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
/** src/api/config.ts uses the same default when VITE_CTGOV_API_BASE is unset. */
export const DEFAULT_API_BASE = "https://clinicaltrials.gov/api/v2";

/**
 * CSP sources for the host of a tile URL template. A relative template (`/tiles/{z}/{x}/{y}.png`)
 * needs none ('self' covers it). Placeholders in the host (`https://{s}.tile.openstreetmap.org/…`,
 * `https://tiles-{s}.example.com/…`) become a wildcard for that label and everything left of it
 * (`https://*.tile.openstreetmap.org`), since CSP allows `*` only as the leftmost label.
 * @param {string} tileUrl
 * @returns {string[]}
 */
export function tileSources(tileUrl) {
  const url = tileUrl.trim();
  if (url.startsWith("/") && !url.startsWith("//")) return [];
  const m = /^(?:(https?):)?\/\/(?:[^@/?#]*@)?([^/?#]+)/i.exec(url);
  if (!m) throw new Error(`Tile URL must be http(s)://host/… or a path on this site, got ${JSON.stringify(tileUrl)}`);
  const scheme = m[1]?.toLowerCase();
  const authority = /** @type {string} */ (m[2]).toLowerCase();
  const hp = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(authority);
  const rawHost = hp?.[1] ?? "";
  const rawPort = hp?.[2];
  const labels = rawHost.split(".");
  const last = labels.findLastIndex((label) => label.includes("{"));
  const rest = labels.slice(last + 1);
  if (rawHost === "" || rest.length < (last >= 0 ? 2 : 1) || rest.some((l) => !/^(\[[0-9a-f:.]+\]|[a-z0-9-]+)$/.test(l))) {
    throw new Error(`Cannot derive a CSP host from the tile URL ${JSON.stringify(tileUrl)}`);
  }
  const host = (last >= 0 ? ["*", ...rest] : rest).join(".");
  let port = "";
  if (rawPort !== undefined) {
    if (rawPort.includes("{")) port = ":*";
    else if (/^\d{1,5}$/.test(rawPort)) port = `:${rawPort}`;
    else throw new Error(`Bad port in the tile URL ${JSON.stringify(tileUrl)}`);
  }
  return [`${scheme ? `${scheme}://` : ""}${host}${port}`];
}

/**
 * The origin the browser must reach for the API, or undefined when it is this site (a relative base
 * such as `/api/v2`, proxied by the server).
 * @param {string | undefined} apiBase VITE_CTGOV_API_BASE as built (undefined or "" = the default)
 * @returns {string | undefined}
 */
export function apiOriginOf(apiBase) {
  const base = (apiBase || DEFAULT_API_BASE).trim();
  if (!/^https?:\/\//i.test(base)) return undefined;
  return new URL(base).origin;
}

/**
 * The Content-Security-Policy value, directive by directive.
 * @param {{ tileUrl?: string, apiOrigin?: string }} options
 * @returns {Record<string, string[]>}
 */
export function cspDirectives({ tileUrl = DEFAULT_TILE_URL, apiOrigin } = {}) {
  const api = apiOrigin ? [new URL(apiOrigin).origin] : [];
  return {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:", ...tileSources(tileUrl)],
    "connect-src": ["'self'", ...api],
    "font-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
  };
}

/** @param {Record<string, string[]>} directives */
const serialize = (directives) =>
  Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");

/**
 * Every production security header, by name.
 * @param {{ tileUrl?: string, apiOrigin?: string }} [options] tileUrl: VITE_TILE_URL as built (default OSM);
 *   apiOrigin: the registry's origin when the browser calls it directly (see apiOriginOf)
 * @returns {Record<string, string>}
 */
export function securityHeaders(options = {}) {
  return {
    "Content-Security-Policy": serialize(cspDirectives(options)),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "geolocation=(self), camera=(), microphone=()",
  };
}

/**
 * The same policy for a `<meta http-equiv="Content-Security-Policy">` (static hosts that cannot set
 * headers): without frame-ancestors, which browsers ignore in <meta> and warn about.
 * @param {{ tileUrl?: string, apiOrigin?: string }} [options]
 * @returns {string}
 */
export function metaContentSecurityPolicy(options = {}) {
  const { "frame-ancestors": _ignored, ...rest } = cspDirectives(options);
  return serialize(rest);
}
