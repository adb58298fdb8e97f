// "No studies found": which part of the search to drop. One suggestion per filter or field that narrows
// the search, each a complete search of its own so it can be a link (and counted before it is offered).
import { FUNDER_LABEL, PHASE_LABEL, SEX_LABEL, TEXT_FIELD_LABEL, TYPE_LABEL } from "./filter-options";
import type { Search } from "./search-types";
import { TEXT_FIELDS, normalizeSearch } from "./search-url";

export type Relaxation = { label: string; search: Search };

export function relaxations(input: Search): Relaxation[] {
  const search = normalizeSearch(input);
  const without = (patch: Partial<Search>): Search => normalizeSearch({ ...search, ...patch });
  const out: Relaxation[] = [];
  if (search.status === undefined) {
    out.push({ label: "Include studies of any status, also finished ones", search: without({ status: [] }) });
  } else if (search.status.length > 0) {
    out.push({ label: "Include studies of any status", search: without({ status: [] }) });
  }
  if (search.phase) {
    out.push({ label: `Any phase, not only ${search.phase.map((p) => PHASE_LABEL[p]).join(" or ")}`, search: without({ phase: undefined }) });
  }
  if (search.type) out.push({ label: `Any study type, not only ${TYPE_LABEL[search.type]}`, search: without({ type: undefined }) });
  if (search.age !== undefined) out.push({ label: `Any age, not only ${search.age}`, search: without({ age: undefined }) });
  if (search.sex) out.push({ label: `Any sex, not only “${SEX_LABEL[search.sex]}”`, search: without({ sex: undefined }) });
  if (search.healthy) out.push({ label: "Also studies that don't take healthy volunteers", search: without({ healthy: undefined }) });
  if (search.results) out.push({ label: "Also studies without posted results", search: without({ results: undefined }) });
  if (search.funder) out.push({ label: `Any funder, not only ${FUNDER_LABEL[search.funder]}`, search: without({ funder: undefined }) });
  // A text field is worth dropping only when another one still says what the search is about, or it is
  // the location (dropping it widens to everywhere).
  const texts = TEXT_FIELDS.filter((field) => search[field]);
  for (const field of texts) {
    if (field !== "locn" && texts.length < 2) continue;
    const label = field === "locn" ? `Anywhere, not only ${search.locn}` : `Without ${TEXT_FIELD_LABEL[field].label.toLowerCase()} “${search[field]}”`;
    out.push({ label, search: without({ [field]: undefined }) });
  }
  return out;
}

