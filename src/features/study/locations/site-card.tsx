import { memo } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { StatusBadge } from "../../../components/ui/status-badge";
import { ContactLines } from "./contact-lines";
import { placeOf, type Site } from "./sites";

/**
 * One site: facility, address, status in words and its contacts. Markup is kept small because a
 * record can list hundreds of sites (the list shows them in steps, and all of them in print);
 * `content-visibility: auto` lets the browser skip laying out the ones off screen. Focusable from
 * script: "Show more" and the map's "Show in list" move focus here.
 * `data-site` marks each site for tests; `data-geo="none"` marks sites the map can't place.
 */
export const SiteCard = memo(function SiteCard({
  site,
  selected = false,
  onShowOnMap,
  distance,
}: {
  site: Site;
  /** "4 mi" when the page sorts sites by distance from a place. */
  distance?: string;
  selected?: boolean;
  /** Given when the page has a map: a site with a position gets "Show on map", the others say why not. */
  onShowOnMap?: (index: number) => void;
}) {
  const place = placeOf(site);
  const name = site.facility ?? t`this site`;
  return (
    <li
      id={siteElementId(site.index)}
      tabIndex={-1}
      data-site={site.index}
      data-geo={site.hasGeo ? "point" : "none"}
      data-selected={selected || undefined}
      className={`space-y-1 border-b border-line py-3 [contain-intrinsic-size:auto_5rem] [content-visibility:auto] last:border-b-0 ${selected ? "-mx-2 rounded-md bg-brand-light px-2 ring-2 ring-brand" : ""}`}
    >
      <p lang={site.facility && "en"} className="font-semibold">
        {site.facility ?? <span className="font-normal text-muted">{t`Site name not stated`}</span>}
      </p>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
        {place && <span lang="en">{place}</span>}
        {distance && <strong>{distance}</strong>}
        {site.status ? (
          <span>
            <span className="sr-only">{t`Site status:`} </span>
            <StatusBadge status={site.status} />
          </span>
        ) : (
          <span className="text-sm text-muted">{t`Site status not stated`}</span>
        )}
      </p>
      <ContactLines contacts={site.contacts} />
      {onShowOnMap &&
        (site.hasGeo ? (
          <button
            type="button"
            className="inline-flex min-h-target items-center text-sm font-semibold text-brand underline print:hidden"
            onClick={() => onShowOnMap(site.index)}
          >
            <Trans>
              Show on map<span className="sr-only">: {name}</span>
            </Trans>
          </button>
        ) : (
          <p className="text-sm text-muted">{t`Not on the map: the record gives no position for this site.`}</p>
        ))}
    </li>
  );
});

/** The DOM id of a site's list item, so the map can lead to it. */
export const siteElementId = (index: number) => `site-${index}`;

export { placeOf } from "./sites";
