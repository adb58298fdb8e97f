import { useId } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { StatusBadge } from "../../../components/ui/status-badge";
import { ContactLines } from "./contact-lines";
import type { Site } from "./location-filter";
import { placeOf } from "./site-card";

/** How many of the nearest sites lead the list: enough for a choice, few enough to fit a phone screen. */
export const CLOSEST_COUNT = 3;

/**
 * "Closest to you": the nearest few sites with distance, status and whom to call there, before the
 * full list. `data-closest-site` (not `data-site`) so the full list stays the one place every site is.
 */
export function ClosestSites({
  sites,
  distanceOf,
  label,
}: {
  sites: readonly Site[];
  distanceOf: (index: number) => string | undefined;
  label?: string;
}) {
  const headingId = useId();
  const closest = sites.filter((site) => site.hasGeo).slice(0, CLOSEST_COUNT);
  if (closest.length === 0) {
    return (
      <p>
        <Trans>The record gives no map position for its sites, so they cannot be sorted by distance.</Trans>
      </p>
    );
  }
  return (
    <section aria-labelledby={headingId} className="max-w-prose space-y-2 rounded-lg border-2 border-brand p-3">
      <h3 id={headingId} className="text-xl font-semibold">
        {label ? t`Closest to ${label}` : t`Closest to you`}
      </h3>
      <ol className="space-y-3">
        {closest.map((site) => (
          <li key={site.index} data-closest-site={site.index} className="space-y-1">
            <p>
              <span lang={site.facility && "en"} className="font-semibold">
                {site.facility ?? t`Site name not stated`}
              </span>
              <span className="block">
                <span lang="en">{placeOf(site)}</span> · <strong>{distanceOf(site.index)}</strong>
              </span>
            </p>
            {site.status ? <StatusBadge status={site.status} /> : <p className="text-sm text-muted">{t`Site status not stated`}</p>}
            {site.contacts.length > 0 ? (
              <ContactLines contacts={site.contacts.slice(0, 1)} />
            ) : (
              <p className="text-sm text-muted">{t`No contact listed at this site; see Whom to contact.`}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
