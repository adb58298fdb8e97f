import type { SectionSpec } from "./section-spec";
import { participationSection } from "./participation-section";
import { eligibilitySection } from "./eligibility-section";
import { prescreenSection } from "./prescreen-section";
import { locationsSection } from "./locations-section";
import { contactsSection } from "./contacts-section";
import { armsSection } from "./arms-section";
import { designSection } from "./design-section";
import { outcomesSection } from "./outcomes-section";
import { resultsSection } from "./results-section";
import { sponsorSection } from "./sponsor-section";
import { datesSection } from "./dates-section";
import { referencesSection } from "./references-section";
import { documentsSection } from "./documents-section";
import { dataSharingSection } from "./data-sharing-section";
import { termsSection } from "./terms-section";

/**
 * The study page's sections below the first screen, as one lazy chunk (see deferred-section.tsx):
 * a first visit that doesn't scroll, link, search the page or print doesn't load their code.
 */
export const DEFERRED_SECTIONS: ReadonlyMap<string, SectionSpec> = new Map(
  [
    participationSection,
    eligibilitySection,
    prescreenSection,
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
  ].map((section) => [section.id, section]),
);
