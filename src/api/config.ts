import { apiBaseFrom } from "./study-request";

// The one place the registry's address is decided. Build-time: VITE_CTGOV_API_BASE, else the live API.
export const API_BASE = apiBaseFrom(import.meta.env.VITE_CTGOV_API_BASE);

/** The registry's own public page for a study, for "official record" links. */
export const registryStudyUrl = (nctId: string) => `https://clinicaltrials.gov/study/${nctId}`;

/** Set only when the app was built against the offline replica: how many saved studies it serves. */
export const OFFLINE_SAMPLE_SIZE: number | undefined = parseSampleSize(import.meta.env.VITE_OFFLINE_SAMPLE);

function parseSampleSize(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}
