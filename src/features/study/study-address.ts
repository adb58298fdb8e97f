// A study address as links elsewhere write it. The registry website's own study links carry `?tab=…`
// (results, table, history) and how its search got there (`term`, `cond`, `rank`, …); ours keep only
// `near` (the place a search measured distances from) and `lang` (the page's language, src/i18n). Such an address is replaced by our canonical one:
// the tab becomes the matching section, and what has no equivalent here becomes a note.

import { historyState, type HistoryState } from "../../lib/history-state";

/** Our study-page parameters; every other one is dropped. */
const OUR_PARAMS = new Set(["near", "lang"]);

/**
 * The canonical address for `/study/<nctId>` with this query string and hash, with the note to carry,
 * or undefined when the address is canonical already. The registry website's tabs: `results` → our
 * results section; `table` (its researcher view: every field of the record) and `overview` → this page,
 * which shows every part of the record; `history` (the record's changes over time, which the API doesn't
 * serve) → a note with a link to it there.
 */
export function canonicalStudyAddress(nctId: string, search: string, hash: string): { to: string; state?: HistoryState } | undefined {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams();
  let tab: string | undefined;
  let changed = false;
  for (const [name, value] of params) {
    const lower = name.toLowerCase();
    if (OUR_PARAMS.has(lower) && !kept.has(lower)) {
      kept.set(lower, value);
      if (name !== lower) changed = true;
    } else {
      changed = true;
      if (lower === "tab") tab = value.trim().toLowerCase();
    }
  }
  if (!changed) return undefined;
  const query = kept.toString();
  const section = tab === "results" ? "#results" : hash;
  return {
    to: `/study/${nctId}${query ? `?${query}` : ""}${section}`,
    ...(tab === "history" ? { state: historyState({ studyLinkNote: "history" }) } : {}),
  };
}
