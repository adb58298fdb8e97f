// NCT numbers: "NCT" and exactly 8 digits, the registry's own format.
const NCT_ID = /^NCT\d{8}$/;

export type NctIdCheck =
  | { ok: true; id: string; /** true when the input was already in canonical form */ canonical: boolean }
  | { ok: false; input: string };

/** Trims and upper-cases an id from a URL; anything else must match exactly. */
export function checkNctId(raw: string): NctIdCheck {
  const id = raw.trim().toUpperCase();
  return NCT_ID.test(id) ? { ok: true, id, canonical: id === raw } : { ok: false, input: raw };
}

/**
 * Lenient reading of what a person types into "Go to a study": spaces and dashes are dropped,
 * and 8 bare digits get the NCT prefix. Returns the canonical id or undefined.
 */
export function readTypedNctId(typed: string): string | undefined {
  const compact = typed.replace(/[\s-]+/g, "").toUpperCase();
  const id = /^\d{8}$/.test(compact) ? `NCT${compact}` : compact;
  return NCT_ID.test(id) ? id : undefined;
}
