import type { ReactNode } from "react";
import { plural, t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Location, Study } from "../../api/types";
import type { components } from "../../api/schema";
// Directly, not LazyQrCode: this file is itself a lazy chunk, and every code must be drawn before print().
import QrCode from "../../components/qr/qr-code";
import { formatAgeRange } from "../../lib/ages";
import { formatDistance, type LatLon } from "../../lib/geo/distance";
import { statusLabel } from "../../lib/registry-labels";
import { statusFreshness, statusLine } from "../../lib/status-freshness";
import { inclusionLines, plainText } from "./print-text";
import { pickSites } from "./print-sites";
import { studyTitle } from "./study-facts";
import { formatCount } from "../../lib/format-count";

type Contact = components["schemas"]["Contact"];

const SUMMARY_CHARS = 700;
const INCLUSION_COUNT = 5;
const SITE_COUNT = 3;
const sexLabel = (sex = ""): string | undefined =>
  (({ ALL: t`All`, FEMALE: t`Female only`, MALE: t`Male only` }) as Record<string, string>)[sex];
const roleLabel = (role: string): string | undefined =>
  (
    ({
      PRINCIPAL_INVESTIGATOR: t`principal investigator`,
      SUB_INVESTIGATOR: t`sub-investigator`,
      STUDY_CHAIR: t`study chair`,
      STUDY_DIRECTOR: t`study director`,
    }) as Record<string, string>
  )[role];

/** One printed page: a study in brief, its nearest sites and contacts, and a QR code to its page. */
export function PrintPage({ nctId, study, near, studyUrl }: { nctId: string; study?: Study; near?: LatLon; studyUrl: string }) {
  if (!study) {
    return (
      <>
        <h2 className="text-xl font-bold">{nctId}</h2>
        <p>
          <Trans>The registry did not return this study. It may have been withdrawn, or the number may be mistyped.</Trans>
        </p>
      </>
    );
  }
  const p = study.protocolSection;
  const eligibility = p?.eligibilityModule;
  const criteria = inclusionLines(eligibility?.eligibilityCriteria, INCLUSION_COUNT);
  const sites = pickSites(p?.contactsLocationsModule?.locations, near, SITE_COUNT);
  const central = p?.contactsLocationsModule?.centralContacts ?? [];
  const summary = plainText(p?.descriptionModule?.briefSummary, SUMMARY_CHARS);
  const freshness = statusFreshness(p?.statusModule);
  const ages = formatAgeRange(eligibility?.minimumAge, eligibility?.maximumAge);
  const sex = sexLabel(eligibility?.sex) ?? t`Not stated`;
  const healthy = eligibility?.healthyVolunteers;
  const volunteers = healthy === true ? t`accepted` : healthy === false ? t`not accepted` : t`not stated`;
  const extra = criteria.more;
  const more = formatCount(extra);
  return (
    <>
      <div className="flex items-start justify-between gap-4">
        <div>
          <h2 lang="en" className="text-xl font-bold">
            {studyTitle(study)}
          </h2>
          <p>
            {nctId} · {statusLabel(freshness.status)}
          </p>
          {/* Paper has no colour to lose: the words carry the warning. */}
          <p className="text-sm">
            {freshness.doubtful && "⚠ "}
            {statusLine(freshness)}
          </p>
        </div>
        <QrCode value={studyUrl} label={t`QR code of the page for ${nctId}`} size={96} />
      </div>
      {summary && (
        <Part title={t`Summary`}>
          <p lang="en">{summary}</p>
        </Part>
      )}
      <Part title={t`Who can join, in brief`}>
        <ul className="list-disc pl-5">
          <li>
            <Trans>Ages: {ages}</Trans>
          </li>
          <li>
            <Trans>Sex: {sex}</Trans>
          </li>
          <li>
            <Trans>Healthy volunteers: {volunteers}</Trans>
          </li>
        </ul>
        {criteria.lines.length > 0 && (
          <>
            <p className="mt-2 font-semibold">
              <Trans>First inclusion criteria:</Trans>
            </p>
            <ul lang="en" className="list-disc pl-5">
              {criteria.lines.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </>
        )}
        <p className="mt-1 text-sm">
          {extra > 0
            ? plural(extra, {
                one: `${more} more inclusion criterion, and the exclusion criteria, are on the study page.`,
                other: `${more} more inclusion criteria, and the exclusion criteria, are on the study page.`,
              })
            : t`The full criteria are on the study page.`}
        </p>
      </Part>
      <Part title={near ? t`Nearest sites` : t`Sites`}>
        {sites.length === 0 ? (
          <p>
            <Trans>No sites listed.</Trans>
          </p>
        ) : (
          <ul className="space-y-1">
            {sites.map(({ location, distance }, index) => (
              <li key={index}>
                <SiteLine location={location} distance={distance} />
              </li>
            ))}
          </ul>
        )}
      </Part>
      <Part title={t`Contacts`}>
        {central.length === 0 && sites.every(({ location }) => !location.contacts?.length) ? (
          <p>
            <Trans>No contacts listed: see the study page.</Trans>
          </p>
        ) : (
          <ul className="space-y-1">
            {central.map((contact, index) => (
              <li key={`c${index}`}>
                <ContactLine contact={contact} />
              </li>
            ))}
            {sites.flatMap(({ location }, site) =>
              (location.contacts ?? []).map((contact, index) => (
                <li key={`s${site}-${index}`}>
                  <ContactLine contact={contact} at={location.facility?.trim() || location.city?.trim()} />
                </li>
              )),
            )}
          </ul>
        )}
      </Part>
    </>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mt-4">
      <h3 className="font-bold">{title}</h3>
      {children}
    </div>
  );
}

function SiteLine({ location, distance }: { location: Location; distance?: number }) {
  const place = [location.city, location.state, location.zip, location.country].map((part) => part?.trim()).filter(Boolean);
  const facility = location.facility?.trim();
  const far = distance !== undefined && formatDistance(distance, "mi");
  return (
    <>
      <span lang={facility ? "en" : undefined} className="font-semibold">
        {facility || t`Site`}
      </span>
      {place.length > 0 && <span lang="en">, {place.join(", ")}</span>}
      {far && ` · ${t`${far} away`}`}
      {location.status && ` · ${statusLabel(location.status)}`}
    </>
  );
}

function ContactLine({ contact, at }: { contact: Contact; at?: string }) {
  const role = contact.role ? roleLabel(contact.role) : undefined;
  const phone = contact.phone?.trim();
  const ext = contact.phoneExt?.trim();
  const email = contact.email?.trim();
  const parts = [
    [contact.name?.trim() || t`Contact`, role && `(${role})`, at && t`at ${at}`].filter(Boolean).join(" "),
    phone && (ext ? t`phone ${phone} ext. ${ext}` : t`phone ${phone}`),
    email && t`email ${email}`,
  ].filter(Boolean);
  return <>{parts.join(" · ")}</>;
}
