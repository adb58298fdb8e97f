import { Trans } from "@lingui/react/macro";
import type { LatLon } from "../../lib/geo/distance";
import { preloadable, useLoadedPart } from "../../lib/preloadable";
import type { Search } from "./search-types";

// What a search with no results offers (spelling, medical words, wider searches) loads only then.
const noResultsPart = preloadable(() => import("./no-results"));

/** No studies: the box and its heading at once, the suggestions when their code is here. */
export function NoResultsBox({ search, origin, onShowAll }: { search: Search; origin: LatLon | undefined; onShowAll: () => void }) {
  const { part, failed } = useLoadedPart(noResultsPart, true);
  return (
    <div className="max-w-prose space-y-4 rounded-lg border border-line bg-surface p-4">
      <h2 className="text-xl font-bold">
        <Trans>No studies match this search</Trans>
      </h2>
      {part ? (
        <part.NoResultsSuggestions search={search} origin={origin} onShowAll={onShowAll} />
      ) : failed ? (
        <p>
          <Trans>Try fewer or different words, or check the spelling.</Trans>
        </p>
      ) : (
        // Room for the suggestions (a few lines), so they don't push the page down when they come.
        <div aria-hidden="true" className="min-h-18" />
      )}
    </div>
  );
}
