import { memo } from "react";
import { plural, t } from "@lingui/core/macro";
import { formatCount } from "../../../lib/format-count";
import { countSites, type CountryGroup, type Site } from "./location-filter";
import { SiteCard } from "./site-card";

/** What the map and the list share: which site is chosen, and how the list asks the map to show one. */
export type SiteMapLink = {
  selected?: number;
  onShowOnMap?: (index: number) => void;
  /** Given when sites are sorted by distance from a place. */
  distanceOf?: (index: number) => string | undefined;
};

export function SiteList({ sites, selected, onShowOnMap, distanceOf }: { sites: readonly Site[] } & SiteMapLink) {
  return (
    <ul className="max-w-prose">
      {sites.map((site) => (
        <SiteCard
          key={site.index}
          site={site}
          selected={site.index === selected}
          onShowOnMap={onShowOnMap}
          distance={distanceOf?.(site.index)}
        />
      ))}
    </ul>
  );
}

/**
 * Sites by country, each country a <details> with its count (and how many of them are shown, when the
 * list is shown in steps). Closed groups keep their sites in the DOM (find-in-page and print see them). `open` follows `expanded`: React only
 * writes the attribute when that value changes, so a group the reader toggled stays as they left it
 * until the filters change how many sites are shown. Memoised: a keystroke in the search box re-renders
 * the filter bar at once and the list only when the deferred filter result changes.
 */
export const SiteGroups = memo(function SiteGroups({
  groups,
  expanded,
  selected,
  onShowOnMap,
  distanceOf,
}: { groups: readonly CountryGroup[]; expanded: boolean } & SiteMapLink) {
  return (
    <div className="space-y-2">
      {groups.map((group) => {
        const n = group.sites.length;
        const shown = formatCount(n);
        return (
          <details key={group.country ?? ""} open={expanded} className="group rounded-lg border border-line">
            <summary className="flex min-h-target cursor-pointer items-center gap-2 rounded-lg px-3 py-2 hover:bg-surface">
              <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
                ▸
              </span>
              <h3 className="text-lg font-semibold">
                {group.country ? <span lang="en">{group.country}</span> : t`Country not stated`}
                <span className="font-normal text-muted">
                  , {countSites(group.total ?? n)}
                  {group.total !== undefined && `, ${plural(n, { one: `${shown} shown`, other: `${shown} shown` })}`}
                </span>
              </h3>
            </summary>
            <div className="px-3">
              <SiteList sites={group.sites} selected={selected} onShowOnMap={onShowOnMap} distanceOf={distanceOf} />
            </div>
          </details>
        );
      })}
    </div>
  );
});
