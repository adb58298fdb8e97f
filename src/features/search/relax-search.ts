// "No studies found": which part of the search to drop. One suggestion per filter or field that narrows
// the search, each a complete search of its own so it can be a link (and counted before it is offered).
import { t } from "@lingui/core/macro";
import { TEXT_FIELD_LABEL } from "./filter-options";
import { FILTER_LIST } from "./filters/catalogue";
import { RELAX_WORDS, relaxDefaultStatus } from "./filters/relax-words";
import type { Search } from "./search-types";
import { TEXT_FIELDS, normalizeSearch } from "./search-url";

export type Relaxation = { label: string; search: Search };

export function relaxations(input: Search): Relaxation[] {
  const search = normalizeSearch(input);
  const without = (patch: Partial<Search>): Search => normalizeSearch({ ...search, ...patch });
  const out: Relaxation[] = [];
  if (search.status === undefined) out.push({ label: relaxDefaultStatus(), search: without({ status: [] }) });
  for (const [key] of FILTER_LIST) {
    const value = search[key];
    const label = value === undefined ? undefined : (RELAX_WORDS[key] as (value: unknown) => string | undefined)(value);
    // Dropping the status filter is "any status" ([]), not the default.
    if (label) out.push({ label, search: without({ [key]: key === "status" ? [] : undefined }) });
  }
  // A text field is worth dropping only when another one still says what the search is about, or it is
  // the location (dropping it widens to everywhere).
  const texts = TEXT_FIELDS.filter((field) => search[field]);
  for (const field of texts) {
    if (field !== "locn" && texts.length < 2) continue;
    const value = search[field] ?? "";
    const fieldName = TEXT_FIELD_LABEL[field].label.toLowerCase();
    const label = field === "locn" ? t`Anywhere, not only ${value}` : t`Without ${fieldName} “${value}”`;
    out.push({ label, search: without({ [field]: undefined }) });
  }
  return out;
}
