import { useCallback } from "react";
import { useNavigate } from "react-router";
import { currentLang } from "../../i18n/i18n";
import { withLang } from "../../i18n/languages";
import { historyState } from "../../lib/history-state";
import type { Search } from "./search-types";
import { searchToPath } from "./search-url";

export type GoToSearchOptions = {
  /** Replace the history entry (typing, making an address canonical) instead of adding one (Back returns). */
  replace?: boolean;
  /** Stay where the reader is (a filter change) instead of starting at the top. */
  keepScroll?: boolean;
  /** Focus the results' heading once they are in (a submit). */
  focusResults?: boolean;
  /** The search form's own change: the form keeps what is being typed. */
  fromForm?: boolean;
  /** What the address asked for that could not be used, shown above the search. */
  notes?: string[];
  /** Kept from the address being replaced. */
  hash?: string;
};

/** The one way to move to a search: its canonical URL, with the history state the search page reads. */
export function useGoToSearch(): (search: Search, options?: GoToSearchOptions) => void {
  const navigate = useNavigate();
  return useCallback(
    (search, { replace = false, keepScroll, focusResults, fromForm, notes, hash = "" } = {}) => {
      const state = historyState({
        ...(keepScroll ? { keepScroll: true } : {}),
        ...(focusResults ? { focusResults: true } : {}),
        ...(fromForm ? { fromForm: true } : {}),
        ...(notes ? { searchNotes: notes } : {}),
      });
      void navigate(withLang(searchToPath(search) + hash, currentLang()), { replace, state });
    },
    [navigate],
  );
}
