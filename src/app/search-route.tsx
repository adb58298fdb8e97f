import type { Study } from "../api/types";
import { SearchPage } from "../features/search/search-page";
import { SaveButton } from "../features/shortlist/save-button";

// Module-level, so result cards don't re-render for a new function on every search render.
const saveAction = (study: Study) => <SaveButton study={study} />;

/** /search with the shortlist's Save button on every result card. */
export function SearchRoute() {
  return <SearchPage renderActions={saveAction} />;
}
