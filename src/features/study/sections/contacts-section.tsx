import { useMemo } from "react";
import type { Study } from "../../../api/types";
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
      <h3 className="text-xl font-semibold">Contacts for the whole study</h3>
      {central.length > 0 ? (
        <ContactLines contacts={central} />
      ) : (
        <NoCentralContact sites={locations?.length ?? 0} sitesWithContacts={sitesWithContacts} sponsor={sponsor} />
      )}
      {officials.length > 0 && (
        <>
          <h3 className="text-xl font-semibold">Study officials</h3>
          <p className="max-w-prose text-muted">
            The people in charge of the study. They are usually not the ones to call about joining.
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
  const toSites = (
    <a href="#locations">
      Where the study runs
    </a>
  );
  return (
    <p className="max-w-prose">
      {sitesWithContacts > 0 ? (
        <>
          The record names no contact for the whole study.{" "}
          {sitesWithContacts === sites
            ? `${sites === 1 ? "The site lists its" : "Each site lists its"} own contacts`
            : `${sitesWithContacts} of the ${sites} sites ${sitesWithContacts === 1 ? "lists its" : "list their"} own contacts`}{" "}
          under {toSites}.
        </>
      ) : sites > 0 ? (
        <>
          The record names no contact for the whole study, and its sites list none either. Ask one of the sites under{" "}
          {toSites}
          {sponsor ? `, or the lead sponsor, ${endSentence(sponsor)}` : "."}
        </>
      ) : (
        `The record names no contact for this study and lists no sites.${sponsor ? ` The lead sponsor is ${endSentence(sponsor)}` : ""}`
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
      <span className="font-semibold">{name ?? <span className="font-normal text-muted">Name not stated</span>}</span>
      {role && <span>, {role}</span>}
      {affiliation && <span className="block text-muted">{affiliation}</span>}
    </li>
  );
}

/**
 * Central contacts and overall officials. Always present: "whom do I call?" deserves an answer even
 * when the record names nobody, and then the answer points to the sites or the sponsor.
 */
export const contactsSection: SectionSpec = {
  id: "contacts",
  title: "Whom to contact",
  has: () => true,
  Component: ContactsSection,
};
