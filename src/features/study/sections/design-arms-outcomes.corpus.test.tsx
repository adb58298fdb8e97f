import { describe, expect, test } from "vitest";
import { render } from "@testing-library/react";
import type { Study } from "../../../api/types";
import { corpus, requireCorpus } from "../../../testing/server";
import { armsSection } from "./arms-section";
import { designSection } from "./design-section";
import { outcomesSection } from "./outcomes-section";
import type { SectionSpec } from "./section-spec";

// Every real record: the design, arms and outcomes sections exist exactly when the record has something
// for them, show every arm, intervention and outcome it holds, and never print junk. Sections are
// rendered on their own, without the page or providers (they need none), to keep 566 records quick.
requireCorpus();

const JUNK = /\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/g;
const count = (text: string) => text.match(JUNK)?.length ?? 0;
const ids = corpus.studies.map((s) => s.protocolSection?.identificationModule?.nctId).filter((id): id is string => !!id);

/** One render per record, each section in its own wrapper (one commit is much cheaper than three). */
function renderSections(study: Study, specs: readonly SectionSpec[]): Map<string, HTMLElement> {
  const { container } = render(
    <>
      {specs.map((spec) =>
        spec.has(study) ? (
          <div key={spec.id} data-section={spec.id}>
            <spec.Component study={study} />
          </div>
        ) : null,
      )}
    </>,
  );
  return new Map([...container.querySelectorAll<HTMLElement>("[data-section]")].map((el) => [el.dataset.section!, el]));
}

/** The direct items of the list labelled by `labelId` (descriptions may hold nested Markdown lists). */
function items(container: HTMLElement, labelId: string): number {
  return container.querySelector(`[aria-labelledby="${labelId}"]`)?.querySelectorAll(":scope > li").length ?? 0;
}

/** Junk text is allowed only as often as the record's own text holds it (NCT05303051: "the null value"). */
function expectNoJunk(container: HTMLElement, module: unknown) {
  expect(count(container.textContent ?? "")).toBeLessThanOrEqual(count(JSON.stringify(module ?? {})));
}

describe.skipIf(ids.length === 0)(`design, arms and outcomes over the real corpus (${ids.length} records)`, () => {
  test.each(ids)("%s", (nctId) => {
    const study = corpus.byId(nctId)!;
    const protocol = study.protocolSection;

    const rendered = renderSections(study, [designSection, armsSection, outcomesSection]);

    const design = protocol?.designModule;
    expect(designSection.has(study)).toBe(!!design?.studyType || !!design?.enrollmentInfo);
    const designEl = rendered.get("design");
    if (designEl) {
      expect(designEl.querySelectorAll("dl > dt").length).toBeGreaterThan(0);
      expectNoJunk(designEl, design);
    }

    const arms = protocol?.armsInterventionsModule?.armGroups ?? [];
    const interventions = protocol?.armsInterventionsModule?.interventions ?? [];
    expect(armsSection.has(study)).toBe(arms.length + interventions.length > 0);
    const armsEl = rendered.get("arms");
    if (armsEl) {
      expect(items(armsEl, "arms-groups")).toBe(arms.length);
      expect(items(armsEl, "arms-interventions")).toBe(interventions.length);
      const received = arms.reduce((n, arm) => n + (arm.interventionNames ?? []).filter((s) => s.trim()).length, 0);
      expect(armsEl.querySelectorAll("[aria-labelledby='arms-groups'] > li > div > ul > li").length).toBe(received);
      expectNoJunk(armsEl, protocol?.armsInterventionsModule);
    }

    const outcomes = protocol?.outcomesModule;
    const kinds = { primaryOutcomes: 0, secondaryOutcomes: 0, otherOutcomes: 0 };
    for (const key of Object.keys(kinds) as (keyof typeof kinds)[]) kinds[key] = outcomes?.[key]?.length ?? 0;
    expect(outcomesSection.has(study)).toBe(Object.values(kinds).some((n) => n > 0));
    const outcomesEl = rendered.get("outcomes");
    if (outcomesEl) {
      for (const [key, n] of Object.entries(kinds)) expect(items(outcomesEl, `outcomes-${key}-title`), key).toBe(n);
      expectNoJunk(outcomesEl, outcomes);
    }
  });
});
