import { useCallback, useEffect, useMemo, useState } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../../api/types";
import { sitesSummary, toSites, type Site } from "../locations/location-filter";
import { SiteBrowser } from "../locations/site-browser";
import { siteElementId } from "../locations/site-card";
import { SiteList } from "../locations/site-list";
import { ClosestSites } from "../locations/closest-sites";
import { NearForm } from "../locations/near-form";
import { sitesByDistance } from "../locations/sites-by-distance";
import { useStudyNear } from "../locations/study-near";
import { StudySiteMap, type SiteSelection } from "../locations/study-site-map";
import type { SectionSpec } from "./section-spec";

// From this many sites on, the list gets filters and country groups; below it a plain list reads better.
const FILTER_FROM = 10;

function LocationsSection({ study }: { study: Study }) {
  const locations = study.protocolSection?.contactsLocationsModule?.locations;
  const recordOrder = useMemo(() => toSites(locations), [locations]);
  const near = useStudyNear();
  const place = near?.place;
  const origin = place?.state === "found" ? place.point : undefined;
  const unit = near?.unit ?? "mi";
  const byDistance = useMemo(() => (origin ? sitesByDistance(recordOrder, origin, unit) : undefined), [recordOrder, origin, unit]);
  const sites = byDistance?.ordered ?? recordOrder;
  const [selection, setSelection] = useState<SiteSelection>();
  const hasMap = sites.some((site) => site.hasGeo);
  const showOnMap = useCallback((index: number) => setSelection({ index, from: "list" }), []);
  const showInList = useCallback((index: number) => setSelection({ index, from: "map" }), []);
  // After the render: the list may have had to grow to hold the site (it is shown in steps).
  useEffect(() => {
    if (selection?.from === "map") revealSite(selection.index);
  }, [selection]);
  const map = (shown: readonly Site[]) =>
    hasMap && <StudySiteMap sites={shown} selection={selection} onSelect={setSelection} onShowInList={showInList} />;
  const summary = sitesSummary(sites);
  const label = place?.state === "finding" ? place.label : undefined;
  const link = { selected: selection?.index, onShowOnMap: hasMap ? showOnMap : undefined, distanceOf: byDistance?.distanceOf };
  return (
    <>
      <p className="text-lg">
        {byDistance ? t`${summary}, nearest first` : summary}
      </p>
      {place?.state === "ignored" && <p className="max-w-prose rounded-md bg-surface p-2">{place.note}</p>}
      {label !== undefined && (
        <p role="status">
          <Trans>Finding {label}…</Trans>
        </p>
      )}
      {byDistance && place?.state === "found" && <ClosestSites sites={sites} distanceOf={byDistance.distanceOf} label={place.label} />}
      {near && hasMap && <NearForm near={near} />}
      {sites.length >= FILTER_FROM ? (
        <SiteBrowser sites={sites} renderMap={map} {...link} />
      ) : (
        <>
          {map(sites)}
          <SiteList sites={sites} {...link} />
        </>
      )}
    </>
  );
}

/** Opens the site's country group if it is closed, scrolls to the site and moves focus there. */
function revealSite(index: number): void {
  const item = document.getElementById(siteElementId(index));
  const group = item?.closest("details");
  if (group && !group.open) group.open = true;
  item?.scrollIntoView?.({ block: "center" });
  item?.focus({ preventScroll: true });
}

/** Every site of the study, with its status and contacts; `data-site` marks each one. */
export const locationsSection: SectionSpec = {
  id: "locations",
  get title() {
    return t`Where the study runs`;
  },
  has: (study) => (study.protocolSection?.contactsLocationsModule?.locations?.length ?? 0) > 0,
  Component: LocationsSection,
};
