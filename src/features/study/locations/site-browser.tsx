import { useDeferredValue, useMemo, useRef, useState } from "react";
import { countSites, filterSites, groupByCountry, isFiltered, NO_FILTER, type Site, type SiteFilter } from "./location-filter";
import { SiteFilters } from "./site-filters";
import { SiteGroups, type SiteMapLink } from "./site-list";
import type { ReactNode } from "react";

// Up to this many matching sites every country group opens; above it the groups start closed, so a
// 437-site study first shows its countries with their counts rather than a wall of addresses.
const EXPAND_UP_TO = 20;

/** The filterable, country-grouped site list for records with many sites; the map shows what the filters show. */
export function SiteBrowser({
  sites,
  renderMap,
  selected,
  onShowOnMap,
  distanceOf,
}: { sites: readonly Site[]; renderMap?: (shown: readonly Site[]) => ReactNode } & SiteMapLink) {
  const [filter, setFilter] = useState<SiteFilter>(NO_FILTER);
  const textRef = useRef<HTMLInputElement>(null);
  // Typing stays responsive: the list re-filters on the deferred text, behind the keystrokes.
  const text = useDeferredValue(filter.text);
  const { country, state, status } = filter;
  const shown = useMemo(() => filterSites(sites, { text, country, state, status }), [sites, text, country, state, status]);
  const byDistance = distanceOf !== undefined;
  const groups = useMemo(() => groupByCountry(shown, byDistance), [shown, byDistance]);
  const filtered = isFiltered({ text, country, state, status });
  const clear = () => {
    setFilter(NO_FILTER);
    textRef.current?.focus();
  };
  return (
    <div className="space-y-3">
      <SiteFilters sites={sites} filter={filter} onChange={setFilter} onClear={clear} textRef={textRef} />
      <p role="status" aria-live="polite" className="font-semibold">
        {filtered ? `Showing ${shown.length} of ${countSites(sites.length)}` : `Showing all ${countSites(sites.length)}`}
        {shown.length === 0 && <span className="font-normal">. No site matches these filters.</span>}
      </p>
      {renderMap?.(shown)}
      <div className={text === filter.text ? undefined : "opacity-60"}>
        <SiteGroups
          groups={groups}
          expanded={groups.length === 1 || shown.length <= EXPAND_UP_TO}
          selected={selected}
          onShowOnMap={onShowOnMap}
          distanceOf={distanceOf}
        />
      </div>
    </div>
  );
}
