// What only a search near a place needs: each study's nearest sites and distance lines, the order by
// distance (and what it means), and what to say when the place was not found. Loaded with the place's lookup (use-study-search
// starts it when the search has `near`), so a search without a place doesn't download it.
import { plural } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../api/types";
import { RegistryErrorMessage } from "../../components/registry-error-message";
import { buttonClass } from "../../components/ui/button";
import { formatCount } from "../../lib/format-count";
import type { LatLon } from "../../lib/geo/distance";
import { serializeNear, type Radius } from "../../lib/geo/near";
import { nearestSites } from "../../lib/geo/nearest-site";
import { distanceLines, type DistanceLines } from "./card-distance";
import type { Search } from "./search-types";
import type { useOrigin } from "./use-origin";

export type Nearby = Map<string, { lines: DistanceLines; distance: number }>;

const idOf = (study: Study) => study.protocolSection?.identificationModule?.nctId ?? "";

/** Each loaded study's distance lines and nearest distance from `point`, by NCT id. */
export function nearbyStudies(studies: readonly Study[], point: LatLon, radius: Radius): Nearby {
  const out: Nearby = new Map();
  for (const study of studies) {
    const sites = nearestSites(study.protocolSection?.contactsLocationsModule?.locations, point, radius);
    out.set(idOf(study), { lines: distanceLines(sites, radius), distance: sites.nearest?.distance ?? Number.POSITIVE_INFINITY });
  }
  return out;
}

/** Nearest first; studies without a located site last, in the registry's order. */
export function byDistance(studies: readonly Study[], nearby: Nearby): Study[] {
  const distanceOf = (study: Study) => nearby.get(idOf(study))?.distance ?? Number.POSITIVE_INFINITY;
  return [...studies].sort((a, b) => distanceOf(a) - distanceOf(b));
}

/** The place to search near was not found, or could not be looked up: say so, and offer a way on. */
export function PlaceProblem({
  headingId,
  search,
  origin,
  onSearchChange,
}: {
  headingId: string;
  search: Search;
  origin: ReturnType<typeof useOrigin>;
  onSearchChange: (next: Search) => void;
}) {
  const place = search.near ? serializeNear(search.near) : "";
  const anywhere = (
    <button type="button" className={buttonClass.secondary} onClick={() => onSearchChange({ ...search, near: undefined, radius: undefined, sort: undefined })}>
      <Trans>Search without a distance</Trans>
    </button>
  );
  if (origin.state === "failed") {
    return (
      <>
        <h2 id={headingId} tabIndex={-1} className="sr-only">
          <Trans>Results</Trans>
        </h2>
        <RegistryErrorMessage error={origin.error} onRetry={origin.retry} headingLevel={2} />
        {anywhere}
      </>
    );
  }
  return (
    <div className="max-w-prose space-y-3 rounded-lg border-l-4 border-warn-line bg-warn-bg p-4 text-warn-ink">
      <h2 id={headingId} tabIndex={-1} className="text-xl font-bold">
        <Trans>We could not find “{place}”</Trans>
      </h2>
      <p>
        {search.near?.kind === "zip" ? (
          <Trans>
            That ZIP code is not in our table (some ZIP codes belong to a single building or post office box). Try a nearby ZIP code or the name
            of your town.
          </Trans>
        ) : (
          <Trans>
            No study site is listed in a town of that name. Try a bigger town nearby, add the state (for example “Springfield, IL”), or use a US
            ZIP code.
          </Trans>
        )}
      </p>
      {anywhere}
    </div>
  );
}

/** Over a list sorted by distance: what the order means while more pages can come. */
export function SortedByDistance({ loaded, more }: { loaded: number; more: boolean }) {
  const shown = formatCount(loaded);
  return (
    <p className="mb-4 text-muted">
      {plural(loaded, {
        one: `Sorted by the distance to each study's nearest site, among the ${shown} study loaded so far.`,
        other: `Sorted by the distance to each study's nearest site, among the ${shown} studies loaded so far.`,
      })}
      {more && (
        <>
          {" "}
          <Trans>Loading more can add nearer ones.</Trans>
        </>
      )}
    </p>
  );
}
