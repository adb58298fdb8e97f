import { beforeAll, describe, expect, test } from "vitest";
import { act, screen, waitFor } from "@testing-library/react";
import { SITE_STEP } from "./locations/site-browser";
import type { Study } from "../../api/types";
import { renderRoute } from "../../testing/render-route";
import { corpus, requireCorpus } from "../../testing/server";
import { loadDeferredSections } from "./sections/deferred-section";

// Every real record in ../shared/ctgov/studies opens as a full page: its title as h1, its NCT id, a
// section for each module it has, every one of its sites, and no junk text, with no error.
requireCorpus();
// The sections below the first screen come from a lazy chunk; here it is loaded before the page renders.
beforeAll(() => loadDeferredSections());
const ids = corpus.studies.map((study) => study.protocolSection?.identificationModule?.nctId).filter((id): id is string => !!id);
const squash = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();
const filled = (text: string | undefined) => !!text?.trim();
const count = (text: string, word: RegExp) => text.match(word)?.length ?? 0;
const DOUBLED_STOP = /(?<!\.)\.\.(?!\.)/g; // not an ellipsis "..."
const JUNK = [/\bundefined\b/g, /\bnull\b/g, /\bNaN\b/g, /\[object Object\]/g];

/** Which sections a record must produce, judged from the record itself (not from the sections' code). */
function expectedSections(study: Study): string[] {
  const p = study.protocolSection;
  const outcomes = p?.outcomesModule;
  const browse = [study.derivedSection?.conditionBrowseModule, study.derivedSection?.interventionBrowseModule];
  const expected: Array<[string, boolean]> = [
    ["summary", filled(p?.descriptionModule?.briefSummary) || filled(p?.descriptionModule?.detailedDescription)],
    ["eligibility", filled(p?.eligibilityModule?.eligibilityCriteria) || !!p?.eligibilityModule?.sex || filled(p?.eligibilityModule?.minimumAge)],
    ["locations", (p?.contactsLocationsModule?.locations?.length ?? 0) > 0],
    ["contacts", true],
    ["arms", (p?.armsInterventionsModule?.armGroups?.length ?? 0) + (p?.armsInterventionsModule?.interventions?.length ?? 0) > 0],
    ["design", !!p?.designModule?.studyType],
    ["outcomes", [outcomes?.primaryOutcomes, outcomes?.secondaryOutcomes, outcomes?.otherOutcomes].some((list) => (list?.length ?? 0) > 0)],
    ["results", !!study.resultsSection],
    ["sponsor", filled(p?.sponsorCollaboratorsModule?.leadSponsor?.name)],
    ["dates", !!p?.statusModule?.overallStatus],
    ["references", (p?.referencesModule?.references?.length ?? 0) > 0],
    ["documents", (study.documentSection?.largeDocumentModule?.largeDocs?.length ?? 0) > 0],
    ["data-sharing", !!p?.ipdSharingStatementModule?.ipdSharing],
    ["terms", browse.some((module) => (module?.meshes?.length ?? 0) > 0)],
  ];
  return expected.filter(([, present]) => present).map(([id]) => id);
}

describe.skipIf(ids.length === 0)(`full study page over the real corpus (${ids.length} records)`, () => {
  test.each(ids)("%s", async (nctId) => {
    const study = corpus.byId(nctId);
    if (!study) throw new Error(`${nctId} missing from the corpus`);
    const { unmount, container } = renderRoute(`/study/${nctId}`);
    const heading = await screen.findByRole("heading", { level: 1 }, { timeout: 5000 });

    const title = squash(study.protocolSection?.identificationModule?.briefTitle);
    expect(squash(heading.textContent)).toContain(title || "Untitled study");
    expect(screen.getAllByText(nctId).length).toBeGreaterThan(0);
    expect(screen.queryByText("Something went wrong")).toBeNull();

    // The sections below the summary render one per task once their code is here.
    await waitFor(() => expect(container.querySelectorAll("[data-deferred]")).toHaveLength(0));
    for (const id of expectedSections(study)) {
      expect(container.querySelector(`section#${id}`), `section #${id}`).not.toBeNull();
    }
    const sites = study.protocolSection?.contactsLocationsModule?.locations?.length ?? 0;
    // The list shows its first step of sites; printing shows every one.
    expect(container.querySelectorAll("#locations [data-site]")).toHaveLength(Math.min(sites, SITE_STEP));
    act(() => void window.dispatchEvent(new Event("beforeprint")));
    expect(container.querySelectorAll("#locations [data-site]")).toHaveLength(sites);
    act(() => void window.dispatchEvent(new Event("afterprint")));
    if (sites > 0) expect(container.querySelector("#locations")?.textContent).toMatch(new RegExp(`(?<![\\d,])${sites.toLocaleString("en-US")} sites?\\b`));

    // Junk words may appear only as often as the record's own text has them ("the null hypothesis").
    const page = container.textContent ?? "";
    const record = JSON.stringify(study);
    for (const word of JUNK) expect(count(page, word), String(word)).toBeLessThanOrEqual(count(record, word));
    // Nor a doubled full stop ("…LLC.." when a sentence ends with a name that has its own), unless the
    // record has it. Closed popovers (a glossary definition ends with its own stop) are not read here.
    const shown = container.cloneNode(true) as Element;
    for (const closed of shown.querySelectorAll("[hidden]")) closed.remove();
    // Read as a reader sees it: a paragraph ending "criteria." and a list item starting ". Allergies" (the
    // record's own "1. . Allergies") are two blocks, not "criteria.. Allergies".
    for (const block of shown.querySelectorAll("p, li, h1, h2, h3, h4, h5, h6, dt, dd")) block.append("\n");
    // The criteria are on the page twice: as written, and as the pre-screen's questions.
    const criteria = study.protocolSection?.eligibilityModule?.eligibilityCriteria ?? "";
    expect(count(shown.textContent ?? "", DOUBLED_STOP), "doubled full stop").toBeLessThanOrEqual(count(record, DOUBLED_STOP) + count(criteria, DOUBLED_STOP));
    unmount();
  });
});
