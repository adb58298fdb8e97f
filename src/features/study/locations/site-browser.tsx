import { useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { plural, t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { formatCount } from "../../../lib/format-count";
import { buttonClass } from "../../../components/ui/button";
import { usePrinting } from "../use-print-expand";
import { filterSites, groupByCountry, isFiltered, NO_FILTER, type CountryGroup, type Site, type SiteFilter } from "./location-filter";
import { SiteFilters } from "./site-filters";
import { siteElementId } from "./site-card";
import { SiteGroups, type SiteMapLink } from "./site-list";

/**
 * How many sites the list renders at first and adds per "Show more": a 437-site record would otherwise
 * put ~3,000 elements in the page before the reader asks for any of them.
 */
export const SITE_STEP = 20;

/**
 * The filterable, country-grouped site list for records with many sites; the map shows what the filters
 * show. The filters and the map always work over every site; the list renders the filter's result in
 * steps of SITE_STEP (all of it when printing, and far enough to hold a site chosen on the map).
 */
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
  // The order the list reads in (country by country), which is the order the steps follow.
  const ordered = useMemo(() => groups.flatMap((group) => group.sites), [groups]);
  const filtered = isFiltered({ text, country, state, status });

  // Each new filter result starts again at the first step.
  const [limit, setLimit] = useState({ of: ordered, count: SITE_STEP });
  if (limit.of !== ordered) setLimit({ of: ordered, count: SITE_STEP });
  const printing = usePrinting();
  const selectedAt = selected === undefined ? -1 : ordered.findIndex((site) => site.index === selected);
  const count = printing ? ordered.length : Math.min(ordered.length, Math.max(limit.of === ordered ? limit.count : SITE_STEP, selectedAt + 1));
  const visible = useMemo(() => firstOf(groups, count), [groups, count]);

  // After "Show more", focus goes to the first site just added, so keyboard and screen-reader users
  // carry on reading where the list grew.
  const focusNext = useRef<number | undefined>(undefined);
  useEffect(() => {
    const index = focusNext.current;
    if (index === undefined) return;
    focusNext.current = undefined;
    const item = document.getElementById(siteElementId(index));
    const group = item?.closest("details");
    if (group && !group.open) group.open = true;
    item?.focus();
  }, [count]);
  const showMore = (more: number) => {
    focusNext.current = ordered[count]?.index;
    setLimit({ of: ordered, count: count + more });
  };

  const clear = () => {
    setFilter(NO_FILTER);
    textRef.current?.focus();
  };
  const rest = ordered.length - count;
  const more = Math.min(SITE_STEP, rest);
  const moreCount = formatCount(more);
  const all = ordered.length;
  const allCount = formatCount(all);
  return (
    <div className="space-y-3">
      <SiteFilters sites={sites} filter={filter} onChange={setFilter} onClear={clear} textRef={textRef} />
      <p role="status" aria-live="polite" className="font-semibold">
        {countText(count, shown.length, sites.length, filtered)}
        {shown.length === 0 && (
          <span className="font-normal">
            . <Trans>No site matches these filters.</Trans>
          </span>
        )}
      </p>
      {renderMap?.(shown)}
      <div className={text === filter.text ? undefined : "opacity-60"}>
        <SiteGroups groups={visible} expanded selected={selected} onShowOnMap={onShowOnMap} distanceOf={distanceOf} />
      </div>
      {rest > 0 && (
        <div className="flex flex-wrap gap-3 print:hidden">
          <button type="button" className={buttonClass.secondary} onClick={() => showMore(SITE_STEP)}>
            {plural(more, { one: `Show ${moreCount} more site`, other: `Show ${moreCount} more sites` })}
          </button>
          {rest > SITE_STEP && (
            <button type="button" className={buttonClass.secondary} onClick={() => showMore(rest)}>
              {plural(all, { one: `Show all ${allCount} site`, other: `Show all ${allCount} sites` })}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** "Showing all 437 sites", "Showing 20 of 437 sites", "Showing 20 of 96 matching sites (437 in all)". */
export function countText(listed: number, matching: number, total: number, filtered: boolean): string {
  const count = formatCount(total);
  const shown = formatCount(listed);
  if (!filtered && listed === total) return plural(total, { one: `Showing all ${count} site`, other: `Showing all ${count} sites` });
  if (!filtered || listed === matching) return plural(total, { one: `Showing ${shown} of ${count} site`, other: `Showing ${shown} of ${count} sites` });
  const matches = formatCount(matching);
  return t`Showing ${shown} of ${matches} matching sites (${count} in all)`;
}

/** The first `count` sites of the groups, still grouped; a group cut short keeps its full size in `total`. */
function firstOf(groups: readonly CountryGroup[], count: number): CountryGroup[] {
  const out: CountryGroup[] = [];
  let left = count;
  for (const group of groups) {
    if (left <= 0) break;
    const sites = group.sites.length <= left ? group.sites : group.sites.slice(0, left);
    out.push(sites === group.sites ? group : { ...group, sites, total: group.sites.length });
    left -= sites.length;
  }
  return out;
}
