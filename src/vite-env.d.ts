/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Registry API base, default https://clinicaltrials.gov/api/v2 */
  readonly VITE_CTGOV_API_BASE?: string;
  /** Set only in offline mode: the number of saved studies the replica serves. */
  readonly VITE_OFFLINE_SAMPLE?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
