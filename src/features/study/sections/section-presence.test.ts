import { describe, expect, test } from "vitest";
import type { Study } from "../../../api/types";
import { corpus, requireCorpus } from "../../../testing/server";
import { DEFERRED_SECTIONS } from "./deferred-sections";
import { DEFERRED_BACK_MATTER, DEFERRED_PRESENCE, RESULTS_PRESENCE } from "./section-presence";

// The page shows a deferred section's heading from `mayHave` before the section's code is there, and
// keeps it if the section's own `has` agrees once loaded. So `mayHave` must never miss a section, and on
// real records it should say exactly what `has` says (else a heading would vanish as the code arrives).
requireCorpus();
const presences = [...DEFERRED_PRESENCE, RESULTS_PRESENCE, ...DEFERRED_BACK_MATTER];

test("one presence per deferred section, with the section's own id and title", () => {
  expect(presences.map(({ id, title }) => ({ id, title }))).toEqual([...DEFERRED_SECTIONS.values()].map(({ id, title }) => ({ id, title })));
});

describe.skipIf(corpus.studies.length === 0)(`mayHave agrees with has over the corpus (${corpus.studies.length} records)`, () => {
  test.each(presences.map((p) => [p.id, p] as const))("%s", (id, presence) => {
    const section = DEFERRED_SECTIONS.get(id)!;
    const disagree = corpus.studies
      .filter((study) => presence.mayHave(study) !== section.has(study))
      .map((study) => study.protocolSection?.identificationModule?.nctId);
    expect(disagree).toEqual([]);
  });
});

test("mayHave never says no where has says yes, on thin records too", () => {
  const thin: Study[] = [
    {},
    { protocolSection: {} },
    { protocolSection: { designModule: { studyType: "INTERVENTIONAL" } } },
    { protocolSection: { designModule: { designInfo: { timePerspective: "OTHER" } } } },
    { protocolSection: { sponsorCollaboratorsModule: { leadSponsor: { name: " " } } } },
    { protocolSection: { oversightModule: { oversightHasDmc: false } } },
    { protocolSection: { referencesModule: { references: [{ pmid: "x1" }] } } },
    { protocolSection: { statusModule: {} } },
    { protocolSection: { ipdSharingStatementModule: { infoTypes: ["CSR"] } } },
    { derivedSection: { conditionBrowseModule: { ancestors: [{ term: "Neoplasms" }] } } },
    { documentSection: { largeDocumentModule: { noSap: true } } },
  ];
  for (const study of thin) {
    for (const presence of presences) {
      if (DEFERRED_SECTIONS.get(presence.id)!.has(study)) expect(presence.mayHave(study), `${presence.id} ${JSON.stringify(study)}`).toBe(true);
    }
  }
});
