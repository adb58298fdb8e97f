// Kiosk settings, read once from the build-time environment. Bad values fall back to the defaults
// (a kiosk must always start), and `problems` says why, for the console.
import { plural } from "@lingui/core/macro";
import { formatCount } from "../../lib/format-count";
import { parseNear, parseRadius, type Near, type Radius } from "../../lib/geo/near";
import { parsePublicOrigin } from "../../lib/public-url";

export type KioskConfig = {
  idleSeconds: number;
  warningSeconds: number;
  /** Where searches started on /kiosk look by default. */
  home?: { near: Near; radius: Radius };
  /** Origin for QR codes that phones open (no trailing slash); undefined means the page's own. */
  publicOrigin?: string;
  problems: string[];
};

export const DEFAULT_IDLE_SECONDS = 120;
export const DEFAULT_WARNING_SECONDS = 30;
/** WCAG 2.2.1 (Timing Adjustable) asks for at least 20 seconds to answer a time-out warning. */
export const MIN_WARNING_SECONDS = 20;
const MIN_IDLE_SECONDS = 10;
const MAX_SECONDS = 24 * 60 * 60;

type Env = Partial<Record<
  "VITE_KIOSK_IDLE_SECONDS" | "VITE_KIOSK_WARNING_SECONDS" | "VITE_KIOSK_NEAR" | "VITE_KIOSK_RADIUS" | "VITE_PUBLIC_ORIGIN",
  string
>>;

export function readKioskConfig(env: Env): KioskConfig {
  const problems: string[] = [];
  const seconds = (name: keyof Env, fallback: number, min: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const n = Number(raw);
    if (Number.isInteger(n) && n >= min && n <= MAX_SECONDS) return n;
    problems.push(`${name}=${raw} was ignored: use whole seconds, at least ${min}; using ${fallback}`);
    return fallback;
  };
  const config: KioskConfig = {
    idleSeconds: seconds("VITE_KIOSK_IDLE_SECONDS", DEFAULT_IDLE_SECONDS, MIN_IDLE_SECONDS),
    warningSeconds: seconds("VITE_KIOSK_WARNING_SECONDS", DEFAULT_WARNING_SECONDS, MIN_WARNING_SECONDS),
    problems,
  };

  const near = parseNear(env.VITE_KIOSK_NEAR);
  if (near?.ok) {
    const radius = parseRadius(env.VITE_KIOSK_RADIUS);
    if (radius.note) problems.push(`VITE_KIOSK_RADIUS: ${radius.note}`);
    config.home = { near: near.near, radius: radius.radius };
  } else if (near) {
    problems.push(`VITE_KIOSK_NEAR: ${near.error}`);
  }

  const origin = env.VITE_PUBLIC_ORIGIN?.trim();
  if (origin) {
    const parsed = parsePublicOrigin(origin);
    if (parsed) config.publicOrigin = parsed;
    else problems.push(`VITE_PUBLIC_ORIGIN=${origin} was ignored: use an address such as https://trials.example.org`);
  }
  return config;
}

export const KIOSK_CONFIG = readKioskConfig(import.meta.env);

/** "2 minutes", "90 seconds": for the privacy line on the start page. */
export function describeSeconds(total: number): string {
  if (total % 60 === 0) {
    const minutes = total / 60;
    const count = formatCount(minutes);
    return plural(minutes, { one: `${count} minute`, other: `${count} minutes` });
  }
  const count = formatCount(total);
  return plural(total, { one: `${count} second`, other: `${count} seconds` });
}
