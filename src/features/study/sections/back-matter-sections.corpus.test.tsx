import { describe, expect, test } from "vitest";
import { render } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { Providers } from "../../../app/providers";
import type { Study } from "../../../api/types";
import { corpus, requireCorpus } from "../../../testing/server";
import { FreshnessNote } from "../freshness-note";
import { StatusDetails } from "../status-details";
import type { SectionSpec } from "./section-spec";
import { dataSharingSection } from "./data-sharing-section";
import { datesSection } from "./dates-section";
import { documentsSection } from "./documents-section";
import { referencesSection } from "./references-section";
import { sponsorSection } from "./sponsor-section";
import { termsSection } from "./terms-section";

// Every real record: each of these sections exists exactly when its module has something in it,
// renders without junk text, and shows every reference, document and MeSH term the record holds.
requireCorpus();

/** Independent oracle: does a value hold anything (a non-blank string, a boolean, a number)? */
function hasContent(value: unknown): boolean {
  if (typeof value === "string") return value.trim() !== "";
  if (typeof value === "boolean" || typeof value === "number") return true;
  if (Array.isArray(value)) return value.some(hasContent);
  if (value && typeof value === "object") return Object.values(value).some(hasContent);
  return false;
}

const ORACLES: [SectionSpec, (s: Study) => unknown][] = [
  [sponsorSection, (s) => {
    const p = s.protocolSection;
    const id = p?.identificationModule;
    return [p?.sponsorCollaboratorsModule, p?.oversightModule, id?.organization, id?.orgStudyIdInfo, id?.secondaryIdInfos];
  }],
  [datesSection, (s) => s.protocolSection?.statusModule],
  [referencesSection, (s) => s.protocolSection?.referencesModule],
  [documentsSection, (s) => s.documentSection],
  [dataSharingSection, (s) => s.protocolSection?.ipdSharingStatementModule],
  [termsSection, (s) => {
    const d = s.derivedSection;
    return [d?.conditionBrowseModule?.meshes, d?.conditionBrowseModule?.ancestors, d?.interventionBrowseModule?.meshes, d?.interventionBrowseModule?.ancestors];
  }],
];

const JUNK = /\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]|Invalid Date/;
const ids = corpus.studies.map((s) => s.protocolSection?.identificationModule?.nctId).filter((id): id is string => !!id);

describe.skipIf(ids.length === 0)(`sponsor-to-terms sections over the real corpus (${ids.length} records)`, () => {
  test.each(ids)("%s", (nctId) => {
    const study = corpus.byId(nctId);
    if (!study) throw new Error(`${nctId} vanished from the corpus`);
    for (const [spec, oracle] of ORACLES) {
      expect(spec.has(study), `${spec.id} has()`).toBe(hasContent(oracle(study)));
    }
    const shown = ORACLES.map(([spec]) => spec).filter((spec) => spec.has(study));
    const { container, unmount } = render(
      <Providers>
        <MemoryRouter>
          <StatusDetails study={study} />
          <FreshnessNote study={study} />
          {shown.map((spec) => (
            <section key={spec.id} id={spec.id}>
              <spec.Component study={study} />
            </section>
          ))}
        </MemoryRouter>
      </Providers>,
    );
    expect(container.textContent).not.toMatch(JUNK);
    expect(container.textContent).toContain("Record last updated");

    const part = (id: string) => container.querySelector<HTMLElement>(`#${id}`);
    const references = study.protocolSection?.referencesModule?.references ?? [];
    const refs = part("references");
    if (refs) {
      const pmids = references.filter((r) => /^\d+$/.test(r.pmid?.trim() ?? ""));
      // CSS selectors, not role queries: role queries over 566 records would take most of a minute.
      expect(refs.querySelectorAll('a[href^="https://pubmed.ncbi.nlm.nih.gov/"]')).toHaveLength(pmids.length);
    }
    const docs = study.documentSection?.largeDocumentModule?.largeDocs ?? [];
    const docPart = part("documents");
    if (docPart) expect(docPart.querySelectorAll("a[href]")).toHaveLength(docs.filter((d) => d.filename?.trim()).length);
    const terms = part("terms");
    if (terms) {
      const meshes = new Set(
        [study.derivedSection?.conditionBrowseModule, study.derivedSection?.interventionBrowseModule].flatMap((m) =>
          (m?.meshes ?? []).map((x) => `${m === study.derivedSection?.conditionBrowseModule ? "c" : "i"}:${x.term?.trim()}`),
        ),
      );
      const lists = terms.querySelectorAll("ul[aria-labelledby]");
      expect([...lists].reduce((n, ul) => n + ul.children.length, 0)).toBe(meshes.size);
    }
    unmount();
  });
});
