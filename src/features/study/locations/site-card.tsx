import { memo } from "react";
import { StatusBadge } from "../../../components/ui/status-badge";
import { ContactLines } from "./contact-lines";
import type { Site } from "./location-filter";

/**
 * One site: facility, address, status in words and its contacts. Markup is kept small because a
 * record can list hundreds of sites and all of them stay in the page (print and find-in-page need
 * them); `content-visibility: auto` lets the browser skip laying out the ones off screen.
 * `data-site` marks each site for tests; `data-geo="none"` marks sites the map can't place.
 */
export const SiteCard = memo(function SiteCard({ site }: { site: Site }) {
  const place = [site.city, [site.state, site.zip].filter(Boolean).join(" "), site.country].filter(Boolean).join(", ");
  return (
    <li
      data-site={site.index}
      data-geo={site.hasGeo ? "point" : "none"}
      className="space-y-1 border-b border-line py-3 [contain-intrinsic-size:auto_5rem] [content-visibility:auto] last:border-b-0"
    >
      <p className="font-semibold">{site.facility ?? <span className="font-normal text-muted">Site name not stated</span>}</p>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
        {place && <span>{place}</span>}
        {site.status ? (
          <span>
            <span className="sr-only">Site status: </span>
            <StatusBadge status={site.status} />
          </span>
        ) : (
          <span className="text-sm text-muted">Site status not stated</span>
        )}
      </p>
      <ContactLines contacts={site.contacts} />
    </li>
  );
});
