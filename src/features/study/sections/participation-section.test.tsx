import { describe, expect, test } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import type { Study } from "../../../api/types";
import { Providers } from "../../../app/providers";
import { glossaryDefinition } from "../../../components/glossary/glossary";
import { corpus, requireCorpus } from "../../../testing/server";
import { participationSection } from "./participation-section";

requireCorpus();
const study = (id: string): Study => corpus.byId(id) ?? {};
const available = (...ids: string[]) => ids.every((id) => corpus.byId(id));

function renderSection(id: string) {
  return render(
    <Providers>
      <MemoryRouter>
        <participationSection.Component study={study(id)} />
      </MemoryRouter>
    </Providers>,
  );
}
const dd = (term: string) => screen.getByRole("button", { name: term }).closest("dt")?.nextElementSibling?.textContent;

test("spec", () => {
  expect(participationSection).toMatchObject({ id: "participation", title: "What taking part involves" });
  expect(participationSection.has({})).toBe(false);
});

describe.skipIf(!available("NCT00069082", "NCT00258583", "NCT02552212"))("participation section", () => {
  test("randomized placebo trial: chance, groups, masking, each term explained (NCT00069082)", async () => {
    expect(participationSection.has(study("NCT00069082"))).toBe(true);
    renderSection("NCT00069082");
    expect(dd("Randomized")).toMatch(/^Yes\. Chance decides which group you join/);
    expect(dd("Placebo")).toContain("about 1 in 2");
    expect(dd("Groups")).toBe("2 groups. Each person stays in one group for the whole study.");
    expect(dd("Masking")).toMatch(/^You will not know which group you are in\./);
    await userEvent.setup().click(screen.getByRole("button", { name: "Placebo" }));
    expect(screen.getByRole("tooltip").textContent).toBe(glossaryDefinition("placebo"));
  });

  test("observational study: no treatment, nothing about randomization or placebo (NCT00258583)", () => {
    renderSection("NCT00258583");
    expect(dd("Treatment")).toMatch(/^You will not be given a treatment by the study/);
    expect(screen.queryByText("Randomized")).toBeNull();
    expect(screen.queryByText(/placebo/i)).toBeNull();
  });

  test("links to the expanded access record (NCT02552212)", () => {
    const nctId = study("NCT02552212").protocolSection?.statusModule?.expandedAccessInfo?.nctId;
    renderSection("NCT02552212");
    const link = screen.getByRole("link", { name: `See the expanded access record ${nctId}` });
    expect(link.getAttribute("href")).toBe(`/study/${nctId}`);
  });
});
