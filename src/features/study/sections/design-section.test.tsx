import { describe, expect, test } from "vitest";
import { render, screen } from "@testing-library/react";
import { Providers } from "../../../app/providers";
import type { Study } from "../../../api/types";
import { corpus, requireCorpus } from "../../../testing/server";
import { designSection } from "./design-section";

requireCorpus();

function renderDesign(study: Study) {
  return render(
    <Providers>
      <designSection.Component study={study} />
    </Providers>,
  );
}

/** Visible text: glossary popovers (closed, but in the DOM) left out. */
function shown(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const copy = el.cloneNode(true) as Element;
  for (const tip of copy.querySelectorAll("[role=tooltip]")) tip.remove();
  return copy.textContent ?? "";
}

/** The <dd> text for a <dt>. */
function row(container: HTMLElement, term: string): string | undefined {
  const dt = [...container.querySelectorAll("dt")].find((el) => shown(el)?.startsWith(term));
  return shown(dt?.nextElementSibling);
}

const byId = (id: string) => corpus.byId(id)!;

describe.skipIf(corpus.studies.length === 0)("design section", () => {
  test("a randomized double-blind crossover (NCT01589588): each value in one plain sentence", () => {
    const { container } = renderDesign(byId("NCT01589588"));
    expect(row(container, "How groups are assigned")).toBe("Randomized: a computer decides by chance which group you join.");
    expect(row(container, "Intervention model")).toMatch(/^Crossover: you get one intervention and then switch/);
    expect(row(container, "Masking (blinding)")).toContain("Double-blind: two parties");
    expect(row(container, "Masking (blinding)")).toContain("You and the doctors and nurses treating you won't know which group you are in.");
    expect(row(container, "Main purpose")).toMatch(/^Treatment: /);
    expect(row(container, "Phase")).toMatch(/^Not applicable: /);
    expect(row(container, "Number of participants")).toBe("57 participants (actual): the number of people who took part.");
    // Registry terms are glossary buttons.
    expect(screen.getByRole("button", { name: "Randomized" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Crossover" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Masking (blinding)" })).toBeTruthy();
  });

  test("an observational study (NCT00258583) shows its model and time perspective, and no trial rows", () => {
    const study = byId("NCT00258583");
    const { container } = renderDesign(study);
    expect(row(container, "Study type")).toMatch(/^Observational: researchers watch/);
    expect(row(container, "Observational model")).toMatch(/^Cohort: a group of people/);
    expect(row(container, "Time perspective")).toMatch(/^Other: /);
    expect(row(container, "Number of participants")).toMatch(/^5,000 participants \(anticipated\): .*may change\.$/);
    for (const absent of ["Phase", "How groups are assigned", "Masking (blinding)", "Intervention model"])
      expect(row(container, absent)).toBeUndefined();
  });

  test("a patient registry (NCT04939922): follow-up time, samples kept and their description", async () => {
    const design = byId("NCT04939922").protocolSection?.designModule;
    const { container } = renderDesign(byId("NCT04939922"));
    expect(row(container, "Patient registry")).toMatch(/^Yes: /);
    expect(row(container, "Follow-up time")).toMatch(/^30 years: how long/);
    expect(await screen.findByText(design?.bioSpec?.description ?? "(missing)")).toBeTruthy();
    expect(row(container, "Samples kept")).toMatch(/^Samples with DNA kept: /);
  });

  test("several phases each get a sentence; who is masked and masking notes are shown (NCT00405041, NCT06113666)", async () => {
    const first = renderDesign(byId("NCT00405041"));
    expect(row(first.container, "Phase")).toMatch(/^Phase 2 and phase 3Phase 2: tests in a larger group.*Phase 3: large tests/);
    expect(row(first.container, "Masking (blinding)")).toContain("You, the doctors and nurses treating you and the researchers running the study won't know");
    first.unmount();
    const note = byId("NCT06113666").protocolSection?.designModule?.designInfo?.maskingInfo?.maskingDescription ?? "(missing)";
    const { container } = renderDesign(byId("NCT06113666"));
    expect(row(container, "Masking (blinding)")).toMatch(/^Open label: everyone/);
    expect(await screen.findByText(note)).toBeTruthy();
  });

  test("the intervention model description is rendered as Markdown (NCT03244735)", async () => {
    const note = byId("NCT03244735").protocolSection?.designModule?.designInfo?.interventionModelDescription ?? "(missing)";
    renderDesign(byId("NCT03244735"));
    expect(await screen.findByText(note)).toBeTruthy();
  });

  test("the enrollment sentinel reads Not stated; a record without a design module has no section", () => {
    const study = byId("NCT01589588");
    const sentinel: Study = {
      ...study,
      protocolSection: { ...study.protocolSection, designModule: { enrollmentInfo: { count: 99999999, type: "ESTIMATED" } } },
    };
    const { container } = renderDesign(sentinel);
    expect(row(container, "Number of participants")).toBe("Not stated");
    expect(designSection.has({ protocolSection: {} })).toBe(false);
    expect(designSection.has({ protocolSection: { designModule: { designInfo: {} } } })).toBe(false);
  });
});
