import { describe, expect, test } from "vitest";
import { cleanup, render } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { corpus, requireCorpus } from "../../../testing/server";
import { splitCriteria, hasText } from "../eligibility-criteria";
import { eligibilitySection } from "./eligibility-section";
import { participationSection } from "./participation-section";
import { summarySection } from "./summary-section";

requireCorpus();
const BAD = /undefined|\bnull\b|NaN|\[object Object\]/g;
/** Each such word on the page must come from the record's own text ("the null hypothesis…"), not from code. */
function strayWords(rendered: string, source: string): string[] {
  const count = (text: string, word: string) => text.split(word).length - 1;
  return [...new Set(rendered.match(BAD) ?? [])].filter((word) => count(rendered, word) > count(source, word));
}

// Every real record through the summary, participation and eligibility sections.
describe.skipIf(corpus.studies.length === 0)("summary, participation and eligibility on every record", () => {
  test("each section a record has renders words only, and criteria split as the splitter says", () => {
    const specs = [summarySection, participationSection, eligibilitySection];
    for (const study of corpus.studies) {
      const id = study.protocolSection?.identificationModule?.nctId;
      const shown = specs.filter((spec) => spec.has(study));
      const { container } = render(
        <MemoryRouter>
          {shown.map((spec) => (
            <section key={spec.id} id={spec.id}>
              <spec.Component study={study} />
            </section>
          ))}
        </MemoryRouter>,
      );
      for (const spec of shown) {
        const section = container.querySelector(`#${spec.id}`);
        expect(strayWords(section?.textContent ?? "", JSON.stringify(study)), `${id} ${spec.id}`).toEqual([]);
        expect(section?.textContent?.trim(), `${id} ${spec.id}`).not.toBe("");
      }
      if (shown.includes(eligibilitySection)) {
        const parts = splitCriteria(study.protocolSection?.eligibilityModule?.eligibilityCriteria);
        const h3s = [...container.querySelectorAll("#eligibility h3")].map((h) => h.textContent);
        expect(h3s.includes("You may be able to join if…"), id).toBe(Boolean(parts?.inclusion.some(hasText)));
        expect(h3s.includes("You cannot join if…"), id).toBe(Boolean(parts?.exclusion.some(hasText)));
      }
      cleanup();
    }
  }, 120_000);
});
