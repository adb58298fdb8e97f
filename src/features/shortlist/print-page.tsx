import type { ReactNode } from "react";
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

type Contact = components["schemas"]["Contact"];

const SUMMARY_CHARS = 700;
const INCLUSION_COUNT = 5;
const SITE_COUNT = 3;
const SEX: Record<string, string> = { ALL: "All", FEMALE: "Female only", MALE: "Male only" };
const ROLE: Record<string, string> = {
  PRINCIPAL_INVESTIGATOR: "principal investigator",
  SUB_INVESTIGATOR: "sub-investigator",
  STUDY_CHAIR: "study chair",
  STUDY_DIRECTOR: "study director",
};

/** One printed page: a study in brief, its nearest sites and contacts, and a QR code to its page. */
export function PrintPage({ nctId, study, near, studyUrl }: { nctId: string; study?: Study; near?: LatLon; studyUrl: string }) {
  if (!study) {
    return (
      <>
        <h2 className="text-xl font-bold">{nctId}</h2>
        <p>The registry did not return this study. It may have been withdrawn, or the number may be mistyped.</p>
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
  return (
    <>
      <div className="flex items-start justify-between gap-4">
        <div>
          <h2 className="text-xl font-bold">{studyTitle(study)}</h2>
          <p>
            {nctId} · {statusLabel(freshness.status)}
          </p>
          {/* Paper has no colour to lose: the words carry the warning. */}
          <p className="text-sm">
            {freshness.doubtful && "⚠ "}
            {statusLine(freshness)}
          </p>
        </div>
        <QrCode value={studyUrl} label={`QR code of the page for ${nctId}`} size={96} />
      </div>
      {summary && (
        <Part title="Summary">
          <p>{summary}</p>
        </Part>
      )}
      <Part title="Who can join, in brief">
        <ul className="list-disc pl-5">
          <li>Ages: {formatAgeRange(eligibility?.minimumAge, eligibility?.maximumAge)}</li>
          <li>Sex: {SEX[eligibility?.sex ?? ""] ?? "Not stated"}</li>
          <li>
            Healthy volunteers:{" "}
            {eligibility?.healthyVolunteers === true ? "accepted" : eligibility?.healthyVolunteers === false ? "not accepted" : "not stated"}
          </li>
        </ul>
        {criteria.lines.length > 0 && (
          <>
            <p className="mt-2 font-semibold">First inclusion criteria:</p>
            <ul className="list-disc pl-5">
              {criteria.lines.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </>
        )}
        <p className="mt-1 text-sm">
          {criteria.more > 0 ? `${criteria.more} more inclusion criteria, and the exclusion criteria, ` : "The full criteria "}
          are on the study page.
        </p>
      </Part>
      <Part title={near ? "Nearest sites" : "Sites"}>
        {sites.length === 0 ? (
          <p>No sites listed.</p>
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
      <Part title="Contacts">
        {central.length === 0 && sites.every(({ location }) => !location.contacts?.length) ? (
          <p>No contacts listed: see the study page.</p>
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
  return (
    <>
      <span className="font-semibold">{location.facility?.trim() || "Site"}</span>
      {place.length > 0 && `, ${place.join(", ")}`}
      {distance !== undefined && ` · ${formatDistance(distance, "mi")} away`}
      {location.status && ` · ${statusLabel(location.status)}`}
    </>
  );
}

function ContactLine({ contact, at }: { contact: Contact; at?: string }) {
  const role = contact.role ? ROLE[contact.role] : undefined;
  const phone = contact.phone?.trim();
  const ext = contact.phoneExt?.trim();
  const parts = [
    [contact.name?.trim() || "Contact", role && `(${role})`, at && `at ${at}`].filter(Boolean).join(" "),
    phone && `phone ${phone}${ext ? ` ext. ${ext}` : ""}`,
    contact.email?.trim() && `email ${contact.email.trim()}`,
  ].filter(Boolean);
  return <>{parts.join(" · ")}</>;
}
