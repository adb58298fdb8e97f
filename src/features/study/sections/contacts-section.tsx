import { useMemo } from "react";
import { t } from "@lingui/core/macro";
import { Plural, Trans } from "@lingui/react/macro";
import type { Study } from "../../../api/types";
import { formatCount } from "../../../lib/format-count";
import { endSentence } from "../../../lib/sentence";
import { clean, roleLabel, toContactViews, type Official } from "../locations/contact-format";
import { ContactLines } from "../locations/contact-lines";
import type { SectionSpec } from "./section-spec";

function ContactsSection({ study }: { study: Study }) {
  const module = study.protocolSection?.contactsLocationsModule;
  const central = useMemo(() => toContactViews(module?.centralContacts), [module]);
  const locations = module?.locations;
  const sitesWithContacts = useMemo(
    () => (locations ?? []).filter((site) => toContactViews(site.contacts).length > 0).length,
    [locations],
  );
  const sponsor = clean(study.protocolSection?.sponsorCollaboratorsModule?.leadSponsor?.name);
  const officials = (module?.overallOfficials ?? []).filter((official) => clean(official.name) || clean(official.affiliation));
  return (
    <>
      <h3 className="text-xl font-semibold">
        <Trans>Contacts for the whole study</Trans>
      </h3>
      {central.length > 0 ? (
        <ContactLines contacts={central} />
      ) : (
        <NoCentralContact sites={locations?.length ?? 0} sitesWithContacts={sitesWithContacts} sponsor={sponsor} />
      )}
      {officials.length > 0 && (
        <>
          <h3 className="text-xl font-semibold">
            <Trans>Study officials</Trans>
          </h3>
          <p className="max-w-prose text-muted">
            <Trans>The people in charge of the study. They are usually not the ones to call about joining.</Trans>
          </p>
          <ul className="max-w-prose space-y-2">
            {officials.map((official, i) => (
              <OfficialItem key={i} official={official} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** No central contact: say so, and point to the sites' own contacts or to the sponsor. */
function NoCentralContact({ sites, sitesWithContacts, sponsor }: { sites: number; sitesWithContacts: number; sponsor?: string }) {
  // The link reads as the section's title.
  const toSites = <a href="#locations">{t`Where the study runs`}</a>;
  const withCount = formatCount(sitesWithContacts);
  const siteCount = formatCount(sites);
  // The sponsor's name as the end of a sentence: with its full stop.
  const sponsorWithPeriod = sponsor && endSentence(sponsor);
  return (
    <p className="max-w-prose">
      {sitesWithContacts > 0 ? (
        <>
          <Trans>The record names no contact for the whole study.</Trans>{" "}
          {sitesWithContacts < sites ? (
            <Trans>
              <Plural
                value={sitesWithContacts}
                one={`${withCount} of the ${siteCount} sites lists its own contacts`}
                other={`${withCount} of the ${siteCount} sites list their own contacts`}
              />{" "}
              under {toSites}.
            </Trans>
          ) : sites === 1 ? (
            <Trans>The site lists its own contacts under {toSites}.</Trans>
          ) : (
            <Trans>Each site lists its own contacts under {toSites}.</Trans>
          )}
        </>
      ) : sites > 0 ? (
        sponsorWithPeriod ? (
          <Trans>
            The record names no contact for the whole study, and its sites list none either. Ask one of the sites under{" "}
            {toSites}, or the lead sponsor, <span lang="en">{sponsorWithPeriod}</span>
          </Trans>
        ) : (
          <Trans>
            The record names no contact for the whole study, and its sites list none either. Ask one of the sites under{" "}
            {toSites}.
          </Trans>
        )
      ) : (
        <>
          <Trans>The record names no contact for this study and lists no sites.</Trans>
          {sponsorWithPeriod && (
            <>
              {" "}
              <Trans>
                The lead sponsor is <span lang="en">{sponsorWithPeriod}</span>
              </Trans>
            </>
          )}
        </>
      )}
    </p>
  );
}

function OfficialItem({ official }: { official: Official }) {
  const name = clean(official.name);
  const role = roleLabel(official.role);
  const affiliation = clean(official.affiliation);
  return (
    <li>
      <span lang={name && "en"} className="font-semibold">
        {name ?? (
          <span className="font-normal text-muted">
            <Trans>Name not stated</Trans>
          </span>
        )}
      </span>
      {role && <span>, {role}</span>}
      {affiliation && (
        <span lang="en" className="block text-muted">
          {affiliation}
        </span>
      )}
    </li>
  );
}

/**
 * Central contacts and overall officials. Always present: "whom do I call?" deserves an answer even
 * when the record names nobody, and then the answer points to the sites or the sponsor.
 */
export const contactsSection: SectionSpec = {
  id: "contacts",
  get title() {
    return t`Whom to contact`;
  },
  has: () => true,
  Component: ContactsSection,
};
