import { STATUS_FRESHNESS_FIELDS } from "../../lib/status-freshness";

/**
 * Registry pieces (`fields=`) the shortlist pages ask for; a test checks each name against the saved
 * metadata, since one unknown name fails the whole request with a 400.
 *
 * LIST_FIELDS: what /saved and /list show for each study: title, status, last update, and the number of
 * sites (the length of `locations`; LocationCountry is the smallest piece every site has). NCTIdAlias
 * ties a saved old number to the record the registry now returns for it. STATUS_FRESHNESS_FIELDS let the
 * status freshness rule (lib/status-freshness) say whether the status can still be trusted.
 */
export const LIST_FIELDS = [
  "NCTId",
  "NCTIdAlias",
  "BriefTitle",
  "Acronym",
  "OverallStatus",
  ...STATUS_FRESHNESS_FIELDS,
  "LastUpdatePostDate",
  "LocationCountry",
] as const;

/**
 * PRINT_FIELDS: the print view's summary, eligibility in brief, sites and contacts. Fetched only when
 * printing is asked for: summaries, criteria and per-site contacts are most of a record's weight.
 */
export const PRINT_FIELDS = [
  "NCTId",
  "NCTIdAlias",
  "BriefTitle",
  "Acronym",
  "OverallStatus",
  ...STATUS_FRESHNESS_FIELDS,
  "BriefSummary",
  "MinimumAge",
  "MaximumAge",
  "Sex",
  "HealthyVolunteers",
  "EligibilityCriteria",
  "CentralContactName",
  "CentralContactRole",
  "CentralContactPhone",
  "CentralContactPhoneExt",
  "CentralContactEMail",
  "LocationFacility",
  "LocationCity",
  "LocationState",
  "LocationZip",
  "LocationCountry",
  "LocationStatus",
  "LocationGeoPoint",
  "LocationContactName",
  "LocationContactRole",
  "LocationContactPhone",
  "LocationContactPhoneExt",
  "LocationContactEMail",
] as const;
