// Types for security-headers.mjs (plain JS so that Node scripts import it without a TypeScript step).
export interface SecurityHeaderOptions {
  /** The map tile URL template the app was built with (VITE_TILE_URL); default OpenStreetMap's. */
  tileUrl?: string;
  /** The registry's origin when the browser calls it directly (see apiOriginOf); omit when proxied. */
  apiOrigin?: string;
}
export declare const DEFAULT_TILE_URL: string;
export declare const DEFAULT_API_BASE: string;
export declare function tileSources(tileUrl: string): string[];
export declare function apiOriginOf(apiBase: string | undefined): string | undefined;
export declare function cspDirectives(options?: SecurityHeaderOptions): Record<string, string[]>;
export declare function securityHeaders(options?: SecurityHeaderOptions): Record<string, string>;
export declare function metaContentSecurityPolicy(options?: SecurityHeaderOptions): string;
