/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Registry API base, default https://clinicaltrials.gov/api/v2 */
  readonly VITE_CTGOV_API_BASE?: string;
  /** Set only in offline mode: the number of saved studies the replica serves. */
  readonly VITE_OFFLINE_SAMPLE?: string;
  /** Map tile URL template, default OpenStreetMap's https://tile.openstreetmap.org/{z}/{x}/{y}.png */
  readonly VITE_TILE_URL?: string;
  /** Attribution HTML the tile provider requires; default OpenStreetMap's. */
  readonly VITE_TILE_ATTRIBUTION?: string;
  /** The address phones reach the app at (QR codes and shared links), default the page's own origin. */
  readonly VITE_PUBLIC_ORIGIN?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
