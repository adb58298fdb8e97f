// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  DEFAULT_API_BASE,
  DEFAULT_TILE_URL,
  apiOriginOf,
  metaContentSecurityPolicy,
  securityHeaders,
  tileSources,
} from "./security-headers.mjs";

const source = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");

describe("securityHeaders", () => {
  test("the default build (OSM tiles, the browser calling the registry)", () => {
    expect(securityHeaders({ apiOrigin: apiOriginOf(undefined) })).toEqual({
      "Content-Security-Policy":
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; " +
        "connect-src 'self' https://clinicaltrials.gov; font-src 'self'; object-src 'none'; base-uri 'none'; " +
        "frame-ancestors 'none'; form-action 'self'",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": "geolocation=(self), camera=(), microphone=()",
    });
  });

  test("a same-origin API (gateway, npm start) adds nothing to connect-src; a relative tile URL nothing to img-src", () => {
    const csp = securityHeaders({ tileUrl: "/tiles/{z}/{x}/{y}.png", apiOrigin: apiOriginOf("/api/v2") })["Content-Security-Policy"];
    expect(csp).toContain("; img-src 'self' data:; connect-src 'self'; font-src");
    expect(csp).not.toMatch(/unsafe|\*/);
  });

  test("apiOrigin is reduced to an origin", () => {
    expect(securityHeaders({ apiOrigin: "https://proxy.example.org:8443/api/v2" })["Content-Security-Policy"]).toContain(
      "connect-src 'self' https://proxy.example.org:8443;",
    );
  });

  test("the <meta> variant leaves out frame-ancestors (ignored in <meta>, with a console warning)", () => {
    const meta = metaContentSecurityPolicy({});
    expect(meta).not.toContain("frame-ancestors");
    expect(meta).toContain("script-src 'self'; style-src 'self'; img-src 'self' data: https://tile.openstreetmap.org;");
  });

  test("the defaults are the app's own (src/components/map/map-config.ts, src/api/study-request.ts)", () => {
    expect(source("src/components/map/map-config.ts")).toContain(`"${DEFAULT_TILE_URL}"`);
    expect(source("src/api/study-request.ts")).toContain(`"${DEFAULT_API_BASE}"`);
  });
});

describe("tileSources: the tile host as CSP sources", () => {
  test.each([
    ["https://tile.openstreetmap.org/{z}/{x}/{y}.png", ["https://tile.openstreetmap.org"]],
    ["https://{s}.tile.openstreetmap.org/{z}/{x}/{y}{r}.png", ["https://*.tile.openstreetmap.org"]],
    ["https://tiles-{s}.Example.com/{z}/{x}/{y}.png", ["https://*.example.com"]],
    ["http://127.0.0.1:9000/tiles/{z}/{x}/{y}.png", ["http://127.0.0.1:9000"]],
    ["//tiles.example.com/{z}/{x}/{y}.png", ["tiles.example.com"]],
    ["https://user@tiles.example.com/{z}.png", ["https://tiles.example.com"]],
    ["/tiles/blank.png", []],
  ])("%s", (url, expected) => {
    expect(tileSources(url)).toEqual(expected);
  });

  test.each(["tiles.example.com/{z}.png", "https://{s}/x.png", "https://{s}.com/x.png", "data:image/png;base64,AA", "https://a b.example.com/x"])(
    "refuses %s",
    (url) => {
      expect(() => tileSources(url)).toThrow(/tile URL/i);
    },
  );
});
