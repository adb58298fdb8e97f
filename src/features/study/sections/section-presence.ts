import { t } from "@lingui/core/macro";
import type { Study } from "../../../api/types";

/**
 * The study page's sections that load with a later chunk (sections/deferred-sections.ts): their id,
 * title and a cheap `mayHave` that reads only the record's fields, so every heading and the table of
 * contents are there from the first render without the sections' code. `mayHave` never says no where
 * the section's own `has` says yes; where it says yes and the section's `has` later says no, the page
 * drops that section once the code has loaded (section-presence.test.ts checks they agree on every
 * record of the corpus).
 */
export type SectionPresence = { id: string; title: string; mayHave: (study: Study) => boolean };

const filled = (s: string | undefined) => !!s?.trim();
// The registry's phrase for a length in an outcome's time frame (participation.ts says how long from it).
const STUDY_COMPLETION = /study completion,?\s+an average of/i;

export const DEFERRED_PRESENCE: readonly SectionPresence[] = [
  {
    id: "participation",
    get title() {
      return t`What taking part involves`;
    },
    mayHave: (study) => {
      const p = study.protocolSection;
      const design = p?.designModule;
      const info = design?.designInfo;
      return Boolean(
        design?.studyType === "OBSERVATIONAL" ||
          design?.studyType === "EXPANDED_ACCESS" ||
          info?.allocation === "RANDOMIZED" ||
          info?.allocation === "NON_RANDOMIZED" ||
          (p?.armsInterventionsModule?.armGroups?.length ?? 0) > 0 ||
          info?.interventionModel ||
          info?.maskingInfo?.masking ||
          filled(design?.targetDuration) ||
          p?.outcomesModule?.primaryOutcomes?.some((o) => STUDY_COMPLETION.test(o.timeFrame ?? "")) ||
          (info?.timePerspective && info.timePerspective !== "OTHER") ||
          p?.statusModule?.expandedAccessInfo?.hasExpandedAccess,
      );
    },
  },
  {
    id: "eligibility",
    get title() {
      return t`Who can join`;
    },
    mayHave: (study) => {
      const e = study.protocolSection?.eligibilityModule;
      return Boolean(
        e &&
          (filled(e.eligibilityCriteria) || e.sex || e.genderBased !== undefined || filled(e.genderDescription) || filled(e.minimumAge) ||
            filled(e.maximumAge) || e.healthyVolunteers !== undefined || e.stdAges?.length || filled(e.studyPopulation) || e.samplingMethod),
      );
    },
  },
  {
    id: "prescreen",
    get title() {
      return t`Could I take part?`;
    },
    mayHave: (study) => {
      const e = study.protocolSection?.eligibilityModule;
      return Boolean(e && (filled(e.minimumAge) || filled(e.maximumAge) || e.sex || e.healthyVolunteers !== undefined || filled(e.eligibilityCriteria)));
    },
  },
  {
    id: "locations",
    get title() {
      return t`Where the study runs`;
    },
    mayHave: (study) => (study.protocolSection?.contactsLocationsModule?.locations?.length ?? 0) > 0,
  },
  {
    id: "contacts",
    get title() {
      return t`Whom to contact`;
    },
    mayHave: () => true,
  },
  {
    id: "arms",
    get title() {
      return t`Groups and treatments`;
    },
    mayHave: (study) => {
      const m = study.protocolSection?.armsInterventionsModule;
      return (m?.armGroups?.length ?? 0) + (m?.interventions?.length ?? 0) > 0;
    },
  },
  {
    id: "design",
    get title() {
      return t`How the study is designed`;
    },
    mayHave: (study) => !!study.protocolSection?.designModule,
  },
  {
    id: "outcomes",
    get title() {
      return t`What the study measures`;
    },
    mayHave: (study) => {
      const m = study.protocolSection?.outcomesModule;
      return [m?.primaryOutcomes, m?.secondaryOutcomes, m?.otherOutcomes].some((list) => (list?.length ?? 0) > 0);
    },
  },
];

/** Posted results: the record says they exist (the page's record comes without them) or holds them. */
export const RESULTS_PRESENCE: SectionPresence = {
  id: "results",
  get title() {
    return t({ message: "Results", context: "study section" });
  },
  mayHave: (study) => study.hasResults === true || study.resultsSection !== undefined,
};

/** After the results: who runs the study, dates and paperwork. */
export const DEFERRED_BACK_MATTER: readonly SectionPresence[] = [
  {
    id: "sponsor",
    get title() {
      return t`Who runs the study`;
    },
    mayHave: (study) => {
      const p = study.protocolSection;
      const ident = p?.identificationModule;
      return Boolean(
        p?.sponsorCollaboratorsModule ||
          (p?.oversightModule && Object.values(p.oversightModule).some((v) => typeof v === "boolean")) ||
          ident?.organization ||
          filled(ident?.orgStudyIdInfo?.id) ||
          ident?.secondaryIdInfos?.some((s) => filled(s.id)),
      );
    },
  },
  {
    id: "dates",
    get title() {
      return t`Dates and status`;
    },
    mayHave: (study) => !!study.protocolSection?.statusModule,
  },
  {
    id: "references",
    get title() {
      return t`Publications and links`;
    },
    mayHave: (study) => {
      const m = study.protocolSection?.referencesModule;
      return Boolean(
        m?.references?.some((r) => filled(r.citation) || filled(r.pmid)) ||
          m?.seeAlsoLinks?.some((l) => filled(l.url) || filled(l.label)) ||
          m?.availIpds?.some((d) => filled(d.id) || filled(d.type) || filled(d.url) || filled(d.comment)),
      );
    },
  },
  {
    id: "documents",
    get title() {
      return t`Study documents`;
    },
    mayHave: (study) => {
      const m = study.documentSection?.largeDocumentModule;
      return Boolean(m?.noSap === true || m?.largeDocs?.some((d) => filled(d.filename) || filled(d.label) || d.hasProtocol || d.hasSap || d.hasIcf));
    },
  },
  {
    id: "data-sharing",
    get title() {
      return t`Sharing of participant data`;
    },
    mayHave: (study) => {
      const m = study.protocolSection?.ipdSharingStatementModule;
      return Boolean(
        m && (m.ipdSharing || filled(m.description) || (m.infoTypes?.length ?? 0) > 0 || filled(m.timeFrame) || filled(m.accessCriteria) || filled(m.url)),
      );
    },
  },
  {
    id: "terms",
    get title() {
      return t`Medical terms for this study`;
    },
    mayHave: (study) => {
      const d = study.derivedSection;
      return [d?.conditionBrowseModule, d?.interventionBrowseModule].some((m) =>
        [...(m?.meshes ?? []), ...(m?.ancestors ?? [])].some((mesh) => filled(mesh.term)),
      );
    },
  },
];
