// Search areas: which pieces a query.* parameter (or AREA[<AreaName>]) searches, with the
// per-piece relevance weights the real API reports at GET /studies/search-areas (2.0.5).
// Pieces are resolved against the metadata at run time; unknown ones are ignored.

export type SearchArea = {
  name: string;
  /** Label the real API uses in "Error parsing query in <label>: ..." messages. */
  label: string;
  parts: ReadonlyArray<readonly [piece: string, weight: number]>;
};

type Parts = SearchArea["parts"];
const w = (weight: number, ...pieces: string[]): Parts => pieces.map((p) => [p, weight] as const);

const LOCATION = ["LocationFacility", "LocationState", "LocationCountry", "LocationCity"];
const DESIGN = [
  "DesignInterventionModel", "DesignMasking", "DesignWhoMasked", "DesignObservationalModel",
  "DesignPrimaryPurpose", "DesignTimePerspective",
];
const RESPONSIBLE = [
  "ResponsiblePartyInvestigatorFullName", "ResponsiblePartyInvestigatorTitle",
  "ResponsiblePartyInvestigatorAffiliation", "ResponsiblePartyOldNameTitle", "ResponsiblePartyOldOrganization",
];

const AREAS: SearchArea[] = [
  {
    name: "BasicSearch",
    label: "Other terms",
    parts: [
      ...w(1, "NCTId", "Acronym"), ...w(0.89, "BriefTitle"), ...w(0.85, "OfficialTitle"), ...w(0.81, "Condition"),
      ...w(0.8, "InterventionName"), ...w(0.75, "InterventionOtherName"), ...w(0.65, "Phase", "StdAge"),
      ...w(0.6, "PrimaryOutcomeMeasure", "Keyword", "BriefSummary"), ...w(0.5, "ArmGroupLabel", "SecondaryOutcomeMeasure"),
      ...w(0.45, "InterventionDescription", "ArmGroupDescription"), ...w(0.4, "PrimaryOutcomeDescription"),
      ...w(0.4, "LeadSponsorName", "OrgStudyId", "SecondaryId", "NCTIdAlias"),
      ...w(0.35, "InterventionType", "ArmGroupType", "SecondaryOutcomeDescription", ...LOCATION, "LocationStatus"),
      ...w(0.3, "BioSpecDescription", ...RESPONSIBLE, "OverallOfficialAffiliation", "OverallOfficialRole"),
      ...w(0.3, "OverallOfficialName", "CentralContactName", "ConditionMeshTerm", "InterventionMeshTerm"),
      ...w(0.3, "DesignAllocation", ...DESIGN, "StudyType"), ...w(0.25, "ConditionAncestorTerm", "InterventionAncestorTerm"),
      ...w(0.25, "CollaboratorName"), ...w(0.15, "OtherOutcomeMeasure", "OutcomeMeasureTitle"),
      ...w(0.1, "OtherOutcomeDescription", "OutcomeMeasureDescription", "LocationContactName"),
    ],
  },
  {
    name: "ConditionSearch",
    label: "Conditions or disease",
    parts: [
      ...w(0.95, "Condition"), ...w(0.6, "BriefTitle"), ...w(0.55, "OfficialTitle"), ...w(0.5, "ConditionMeshTerm"),
      ...w(0.4, "ConditionAncestorTerm"), ...w(0.3, "Keyword"), ...w(0.2, "NCTId"),
    ],
  },
  {
    name: "InterventionSearch",
    label: "Intervention / treatment",
    parts: [
      ...w(0.95, "InterventionName"), ...w(0.85, "InterventionType", "ArmGroupType"), ...w(0.75, "InterventionOtherName"),
      ...w(0.65, "BriefTitle"), ...w(0.6, "OfficialTitle"), ...w(0.5, "ArmGroupLabel", "InterventionMeshTerm", "Keyword"),
      ...w(0.4, "InterventionAncestorTerm", "InterventionDescription", "ArmGroupDescription"),
    ],
  },
  {
    name: "OutcomeSearch",
    label: "Outcome measure",
    parts: [
      ...w(0.9, "PrimaryOutcomeMeasure"), ...w(0.8, "SecondaryOutcomeMeasure"), ...w(0.6, "PrimaryOutcomeDescription"),
      ...w(0.5, "SecondaryOutcomeDescription"), ...w(0.4, "OtherOutcomeMeasure", "OutcomeMeasureTitle"),
      ...w(0.3, "OtherOutcomeDescription", "OutcomeMeasureDescription", "OutcomeMeasurePopulationDescription"),
    ],
  },
  { name: "TitleSearch", label: "Title / acronym", parts: [...w(0.99, "Acronym"), ...w(0.95, "BriefTitle"), ...w(0.8, "OfficialTitle")] },
  {
    name: "LocationSearch",
    label: "Location terms",
    parts: [...w(0.95, "LocationCity", "LocationState", "LocationCountry", "LocationFacility"), ...w(0.35, "LocationZip")],
  },
  {
    name: "IdSearch",
    label: "Study IDs",
    parts: [...w(0.99, "NCTId"), ...w(0.9, "NCTIdAlias"), ...w(0.85, "Acronym"), ...w(0.8, "OrgStudyId"), ...w(0.75, "SecondaryId")],
  },
  {
    name: "SponsorSearch",
    label: "Sponsor / collaborator",
    parts: [...w(0.99, "LeadSponsorName"), ...w(0.9, "CollaboratorName"), ...w(0.6, "OrgFullName")],
  },
  {
    name: "PatientSearch",
    label: "Patient search",
    parts: [
      ...w(1, "Acronym"), ...w(0.95, "Condition"), ...w(0.9, "BriefTitle"), ...w(0.85, "OfficialTitle"),
      ...w(0.8, "ConditionMeshTerm"), ...w(0.7, "ConditionAncestorTerm"), ...w(0.65, "BriefSummary"),
      ...w(0.6, "Keyword", "InterventionName", "InterventionOtherName", "PrimaryOutcomeMeasure", "StdAge"),
      ...w(0.5, "ArmGroupLabel", "SecondaryOutcomeMeasure"),
      ...w(0.45, "InterventionDescription", "ArmGroupDescription", "PrimaryOutcomeDescription"),
      ...w(0.4, "LeadSponsorName", "OrgStudyId", "SecondaryId", "NCTIdAlias"),
      ...w(0.35, "SecondaryOutcomeDescription", ...LOCATION), ...w(0.3, "BioSpecDescription", ...RESPONSIBLE),
      ...w(0.3, "OverallOfficialAffiliation", "OverallOfficialName", "CentralContactName", ...DESIGN, "InterventionMeshTerm"),
      ...w(0.25, "InterventionAncestorTerm", "CollaboratorName"), ...w(0.15, "OtherOutcomeMeasure"),
      ...w(0.1, "OtherOutcomeDescription", "LocationContactName"),
    ],
  },
  // Areas without a query.* parameter; reachable through AREA[<name>] and fields=<name>.
  { name: "EligibilitySearch", label: "Eligibility", parts: [...w(0.95, "EligibilityCriteria"), ...w(0.8, "StudyPopulation")] },
  {
    name: "ContactSearch",
    label: "Contacts",
    parts: [
      ...w(0.95, "OverallOfficialName"), ...w(0.9, "CentralContactName"), ...w(0.85, "OverallOfficialAffiliation"),
      ...w(0.8, "LocationContactName"),
    ],
  },
  { name: "InterventionNameSearch", label: "Intervention name", parts: [...w(0.99, "InterventionName"), ...w(0.9, "InterventionOtherName")] },
  { name: "NCTIdSearch", label: "NCT number", parts: [...w(0.99, "NCTId"), ...w(0.9, "NCTIdAlias")] },
  { name: "ExternalIdsSearch", label: "External ids", parts: [...w(0.9, "OrgStudyId"), ...w(0.7, "SecondaryId")] },
  { name: "FunderTypeSearch", label: "Funder type", parts: [...w(0.99, "LeadSponsorClass"), ...w(0.9, "CollaboratorClass")] },
];

export const SEARCH_AREAS: ReadonlyMap<string, SearchArea> = new Map(AREAS.map((a) => [a.name, a]));

/** query.* parameter → the area it searches. query.lead searches the LeadSponsorName field only. */
export const QUERY_PARAM_AREAS: ReadonlyMap<string, SearchArea> = new Map([
  ["query.cond", area("ConditionSearch")],
  ["query.term", area("BasicSearch")],
  ["query.locn", area("LocationSearch")],
  ["query.titles", area("TitleSearch")],
  ["query.intr", area("InterventionSearch")],
  ["query.outc", area("OutcomeSearch")],
  ["query.spons", area("SponsorSearch")],
  ["query.lead", { name: "LeadSponsorName", label: "Lead sponsor", parts: w(1, "LeadSponsorName") }],
  ["query.id", area("IdSearch")],
  ["query.patient", area("PatientSearch")],
]);

/** filter.advanced has no area of its own; like the real API it searches the basic area. */
export const ADVANCED_FILTER_AREA: SearchArea = { ...area("BasicSearch"), label: "advanced filter" };

function area(name: string): SearchArea {
  const found = SEARCH_AREAS.get(name);
  if (!found) throw new Error(`unknown search area ${name}`);
  return found;
}
