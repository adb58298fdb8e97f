import { use, useEffect, useRef } from "react";
import type { Study } from "../../api/types";
import { StudyHeader } from "./study-header";
import { KeyFacts } from "./key-facts";
import { ContactTeam } from "./contact-team";
import { StudyNearProvider } from "./locations/study-near";
import { StatusDetails } from "./status-details";
import { FreshnessNote } from "./freshness-note";
import { AnnotationNote } from "./sections/annotation-note";
import { Section } from "./sections/section";
import { STUDY_SECTIONS } from "./study-sections";
import { RevealedSections, loadDeferredSections, useDeferredReveal, useDeferredSectionsOnInteraction } from "./sections/deferred-section";
import { StudyMeta, canonicalStudyUrl } from "./study-meta";
import { ShareActions } from "./share-actions";
import { StudyActionsSlot } from "./study-actions-slot";
import { TableOfContents } from "./table-of-contents";
import { usePrintExpand, usePrintPreparation } from "./use-print-expand";
import { useHashScroll } from "./use-hash-scroll";
import { StudyLinkNote } from "./study-link-note";

/**
 * The whole study record: the header and what a patient needs at a glance, then one section per
 * module that the record has, in the reading order of STUDY_SECTIONS; the table of contents is built
 * from the same list, so every anchor it offers exists.
 */
export function StudyRecord({ study, nctId, aliasOf }: { study: Study; nctId: string; aliasOf?: string }) {
  const article = useRef<HTMLElement>(null);
  const extraActions = use(StudyActionsSlot);
  usePrintExpand(article);
  useHashScroll();
  useDeferredSectionsOnInteraction();
  const { sections: deferred, revealed } = useDeferredReveal();
  usePrintPreparation(() => (revealed === "all" ? undefined : loadDeferredSections({ urgent: true })));
  // An attribute, not state: re-rendering a 437-site record only to flag readiness costs a long task.
  useEffect(() => article.current?.setAttribute("data-study-ready", ""), []);
  // A `has` that throws on an odd record keeps its section: the section's own boundary then says that
  // part could not be shown, instead of the whole page failing.
  // Until the later sections' code is there, their `has` is a cheap superset (section-presence.ts);
  // then their own `has` decides.
  const sections = STUDY_SECTIONS.filter((section) => {
    try {
      return (deferred?.get(section.id) ?? section).has(study);
    } catch {
      return true;
    }
  });
  const title = study.protocolSection?.identificationModule?.briefTitle?.trim() || nctId;
  return (
    <article ref={article} aria-labelledby="study-title" className="space-y-6">
      <StudyMeta study={study} nctId={nctId} />
      <StudyHeader study={study} nctId={nctId} aliasOf={aliasOf} />
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        {extraActions?.(study)}
        <ShareActions title={title} url={canonicalStudyUrl(nctId)} />
      </div>
      <StudyLinkNote nctId={nctId} />
      <div className="space-y-6 lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-x-8 lg:space-y-0">
        <div className="lg:col-start-2 lg:row-start-1">
          <TableOfContents sections={sections.map(({ id, title: sectionTitle }) => ({ id, title: sectionTitle }))} />
        </div>
        <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-start-1">
          <StatusDetails study={study} />
          <AnnotationNote study={study} />
          <FreshnessNote study={study} />
          <StudyNearProvider study={study}>
            <KeyFacts study={study} />
            <ContactTeam study={study} />
            <RevealedSections revealed={revealed}>
              {sections.map(({ id, title: sectionTitle, Component }) => (
                <Section key={id} id={id} title={sectionTitle}>
                  <Component study={study} />
                </Section>
              ))}
            </RevealedSections>
          </StudyNearProvider>
        </div>
      </div>
    </article>
  );
}
