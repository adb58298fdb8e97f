import { useMemo } from "react";
import type { Study } from "../../../api/types";
import { sitesSummary, toSites } from "../locations/location-filter";
import { SiteBrowser } from "../locations/site-browser";
import { SiteList } from "../locations/site-list";
import type { SectionSpec } from "./section-spec";

// From this many sites on, the list gets filters and country groups; below it a plain list reads better.
const FILTER_FROM = 10;

function LocationsSection({ study }: { study: Study }) {
  const locations = study.protocolSection?.contactsLocationsModule?.locations;
  const sites = useMemo(() => toSites(locations), [locations]);
  return (
    <>
      <p className="text-lg">{sitesSummary(sites)}</p>
      {sites.length >= FILTER_FROM ? <SiteBrowser sites={sites} /> : <SiteList sites={sites} />}
    </>
  );
}

/** Every site of the study, with its status and contacts; `data-site` marks each one. */
export const locationsSection: SectionSpec = {
  id: "locations",
  title: "Where the study runs",
  has: (study) => (study.protocolSection?.contactsLocationsModule?.locations?.length ?? 0) > 0,
  Component: LocationsSection,
};
