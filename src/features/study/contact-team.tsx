import { useMemo } from "react";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../api/types";
import { ContactLines } from "./locations/contact-lines";
import { toContactViews } from "./locations/contact-format";
import { placeOf, toSites } from "./locations/sites";
import { sitesByDistance } from "./locations/sites-by-distance";
import { useStudyNear } from "./locations/study-near";

/**
 * "Contact the study team", right after the key facts when the page knows where the reader is (`?near=`):
 * the whole study's contact and the nearest site that names one, so whom to call is on the first screens
 * instead of below hundreds of sites. The full lists stay under #contacts and #locations.
 */
export function ContactTeam({ study }: { study: Study }) {
  const near = useStudyNear();
  const origin = near?.place.state === "found" ? near.place.point : undefined;
  const unit = near?.unit ?? "mi";
  const module = study.protocolSection?.contactsLocationsModule;
  const central = useMemo(() => toContactViews(module?.centralContacts).slice(0, 1), [module]);
  // The nearest site that names someone to call, with its distance as the site list shows it.
  const nearest = useMemo(() => {
    if (!origin) return undefined;
    const { ordered, distanceOf } = sitesByDistance(toSites(module?.locations), origin, unit);
    const site = ordered.find((candidate) => candidate.geo && candidate.contacts.length > 0);
    return site && { site, distance: distanceOf(site.index) };
  }, [module, origin, unit]);
  if (!origin) return null;
  const distance = nearest?.distance;
  return (
    <section aria-labelledby="contact-team" data-contact-team="" className="space-y-3 rounded-lg border border-line p-4">
      <h2 id="contact-team" className="text-xl font-semibold">
        <Trans>Contact the study team</Trans>
      </h2>
      {central.length > 0 && (
        <div>
          <h3 className="font-semibold text-muted">
            <Trans>For the whole study</Trans>
          </h3>
          <ContactLines contacts={central} />
        </div>
      )}
      {nearest && (
        <div>
          <h3 className="font-semibold text-muted">
            <Trans>Nearest site with a contact, {distance}</Trans>
          </h3>
          <p>
            {nearest.site.facility ? <span lang="en">{nearest.site.facility}</span> : <Trans>Site name not stated</Trans>}
            <span lang="en" className="text-muted">
              , {placeOf(nearest.site)}
            </span>
          </p>
          <ContactLines contacts={nearest.site.contacts.slice(0, 1)} />
        </div>
      )}
      {central.length === 0 && !nearest && (
        <p className="max-w-prose">
          <Trans>The record names no one to call, for the whole study or at its sites.</Trans>
        </p>
      )}
      <p className="flex flex-wrap gap-x-4 print:hidden">
        <a href="#contacts" className="inline-block min-h-target py-0.5">
          <Trans>All contacts</Trans>
        </a>
        <a href="#locations" className="inline-block min-h-target py-0.5">
          <Trans>All sites, nearest first</Trans>
        </a>
      </p>
    </section>
  );
}
