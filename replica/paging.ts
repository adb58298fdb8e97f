// Opaque page tokens: base64url JSON of the next offset plus a hash of the request's other
// parameters, so a token is only valid with the exact query that produced it (the API requires
// identical parameters except countTotal, pageSize and pageToken).
import { createHash } from "node:crypto";
import { badRequest } from "./errors.ts";

const IGNORED = new Set(["pageToken", "pageSize", "countTotal"]);

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 1000;

export function queryHash(params: URLSearchParams): string {
  const entries = [...params.entries()]
    .filter(([key]) => !IGNORED.has(key))
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  return createHash("sha256").update(JSON.stringify(entries)).digest("base64url").slice(0, 16);
}

export function encodePageToken(offset: number, hash: string): string {
  return Buffer.from(JSON.stringify({ o: offset, h: hash })).toString("base64url");
}

/** Offset encoded in `token`; 400 if the token is garbage or was issued for other parameters. */
export function decodePageToken(token: string, hash: string): number {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    decoded = undefined;
  }
  const offset = typeof decoded === "object" && decoded !== null && "o" in decoded ? decoded.o : undefined;
  const tokenHash = typeof decoded === "object" && decoded !== null && "h" in decoded ? decoded.h : undefined;
  if (typeof offset !== "number" || !Number.isInteger(offset) || offset < 0 || typeof tokenHash !== "string") {
    throw badRequest(`Invalid pageToken: \`${token}\``);
  }
  if (tokenHash !== hash) {
    throw badRequest(`Invalid pageToken: request parameters differ from the request the token was issued for`);
  }
  return offset;
}

/** pageSize: missing or 0 → 10, above 1000 → 1000, anything but a non-negative integer → 400. */
export function parsePageSize(raw: string | null): number {
  if (raw === null || raw === "") return DEFAULT_PAGE_SIZE;
  if (!/^\d+$/.test(raw)) throw badRequest(`Invalid value in parameter \`pageSize\`: \`${raw}\`; expected a non-negative integer`);
  const size = Number(raw);
  return size === 0 ? DEFAULT_PAGE_SIZE : Math.min(size, MAX_PAGE_SIZE);
}
