import { statusLabel } from "../../lib/registry-labels";
import { FUNDER_LABEL, PHASE_LABEL, SEX_LABEL, TYPE_LABEL } from "./filter-options";
import type { Search } from "./search-types";

/** The filters that differ from the defaults, in a few words each, for the closed filter section's summary. */
export function activeFilterWords(search: Search): string[] {
  const status = search.status;
  return [
    status && (status.length === 0 ? "any status" : status.length <= 2 ? status.map(statusLabel).join(" or ") : `${status.length} statuses`),
    search.phase?.length ? search.phase.map((p) => PHASE_LABEL[p]).join(" or ") : undefined,
    search.type && TYPE_LABEL[search.type].replace(/ \(.*\)$/, ""),
    search.age !== undefined ? `age ${search.age}` : undefined,
    search.sex && SEX_LABEL[search.sex].toLowerCase(),
    search.healthy && "healthy volunteers",
    search.results && "with results",
    search.funder && `paid by ${FUNDER_LABEL[search.funder].replace(/ \(.*\)$/, "")}`,
  ].filter((word): word is string => typeof word === "string" && word !== "");
}
