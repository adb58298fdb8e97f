import { STATUS_FRESHNESS_FIELDS } from "../../lib/status-freshness";

/**
 * The registry pieces a result card shows, sent as `fields=` with every list request, so a list never
 * downloads full records (a full record averages ~17 KB and can reach 1.5 MB with results).
 *
 * Each name is a `piece` of the registry's data model (GET /studies/metadata); a test checks every one
 * against the saved metadata, because an unknown name makes the whole request fail with a 400. With
 * `fields=` the registry returns only these paths: even `hasResults` disappears unless it is listed.
 *
 * What each card line needs:
 * - title and id: NCTId, BriefTitle, Acronym
 * - status, phases, study type: OverallStatus, Phase, StudyType
 * - whether the status can be trusted (lib/status-freshness): StatusVerifiedDate, LastKnownStatus (what an
 *   UNKNOWN study last said), CompletionDate/PrimaryCompletionDate with their types (an anticipated end
 *   that has passed)
 * - conditions, lead sponsor: Condition, LeadSponsorName
 * - who can join: MinimumAge, MaximumAge (a missing one means no limit), Sex, HealthyVolunteers
 * - last update: LastUpdatePostDate
 * - sites: the number of sites is the length of `locations`, which any Location* piece brings back;
 *   LocationCountry gives their countries, LocationCity/LocationState/LocationStatus the nearest or
 *   recruiting site in words, LocationGeoPoint the distance (maps issue)
 * - the "has results" mark: HasResults
 *
 * Deliberately left out: StdAge (derived from the two ages, so it says nothing new), LocationFacility
 * (long names on every site; the record page has them), summaries, eligibility text, contacts and
 * results. Add a piece here only together with the card line that shows it.
 */
export const CARD_FIELDS = [
  "NCTId",
  "BriefTitle",
  "Acronym",
  "OverallStatus",
  ...STATUS_FRESHNESS_FIELDS,
  "Phase",
  "StudyType",
  "Condition",
  "LeadSponsorName",
  "MinimumAge",
  "MaximumAge",
  "Sex",
  "HealthyVolunteers",
  "LastUpdatePostDate",
  "LocationCity",
  "LocationState",
  "LocationCountry",
  "LocationStatus",
  "LocationGeoPoint",
  "HasResults",
] as const;

export type CardField = (typeof CARD_FIELDS)[number];
