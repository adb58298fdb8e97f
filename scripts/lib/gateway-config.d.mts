// Types for gateway-config.mjs (plain JS, run by scripts/gateway.mjs; imported by deploy/gateway.test.ts).
export declare const TEMPLATE: string;
export declare const GATEWAY_DEFAULTS: Readonly<Record<string, string>>;
export declare class GatewaySettingsError extends Error {}

export interface WorkerUser {
  name: string;
  uid: number;
  gid: number;
  group: string;
}

export interface GatewaySettings {
  port: number;
  host: string;
  listen: string;
  upstream: {
    url: string;
    origin: string;
    host: string;
    hostname: string;
    protocol: string;
    resolver: string[];
    caFile: string;
  };
  /** milliseconds */
  ttl: { study: number; search: number; other: number };
  stale: number;
  cacheSize: string;
  rate: { value: string; perSecond: number; burst: number; nowait: number };
  upstreamTimeout: number;
  answerTimeout: number;
  retryAfter: number;
  workers: string;
  root: string;
  workdir: string;
  socket: string;
  /** Only when running as root: the user nginx's workers run as. */
  user: WorkerUser | undefined;
  tileUrl: string | undefined;
  /** Warnings to show (no CA bundle, workers as root, a queue longer than the answer timeout). */
  notes: string[];
}

export declare function findNginx(env?: Record<string, string | undefined>): string | null;
export declare function parseDuration(name: string, value: string): number;
export declare function systemNameservers(resolvConf?: string): string[];
export declare function lookupUser(name: string): WorkerUser | undefined;
export declare function canReach(path: string, user: { uid: number; gid: number }): boolean;
export declare function readSettings(
  env: Record<string, string | undefined>,
  options?: { isRoot?: boolean; base?: string },
): GatewaySettings;
export declare function productionHeaders(settings: GatewaySettings): Record<string, string>;
export declare function renderGatewayConfig(settings: GatewaySettings, template?: string): Record<string, string>;
export declare function writeGatewayConfig(settings: GatewaySettings, files?: Record<string, string>): string;
