import type { SectionSpec } from "./sections/section-spec";
import { summarySection } from "./sections/summary-section";
import { participationSection } from "./sections/participation-section";
import { eligibilitySection } from "./sections/eligibility-section";
import { locationsSection } from "./sections/locations-section";
import { contactsSection } from "./sections/contacts-section";
import { armsSection } from "./sections/arms-section";
import { designSection } from "./sections/design-section";
import { outcomesSection } from "./sections/outcomes-section";
import { resultsSection } from "./sections/results-section";
import { sponsorSection } from "./sections/sponsor-section";
import { datesSection } from "./sections/dates-section";
import { referencesSection } from "./sections/references-section";
import { documentsSection } from "./sections/documents-section";
import { dataSharingSection } from "./sections/data-sharing-section";
import { termsSection } from "./sections/terms-section";

// Reading order: what a patient needs first (what it is, what taking part means, who can join, where
// and whom to call), then what happens in the study, its results, who runs it, and the paperwork.
export const STUDY_SECTIONS: readonly SectionSpec[] = [
  summarySection,
  participationSection,
  eligibilitySection,
  locationsSection,
  contactsSection,
  armsSection,
  designSection,
  outcomesSection,
  resultsSection,
  sponsorSection,
  datesSection,
  referencesSection,
  documentsSection,
  dataSharingSection,
  termsSection,
];
