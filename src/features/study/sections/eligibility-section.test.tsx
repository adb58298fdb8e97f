import { describe, expect, test } from "vitest";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Study } from "../../../api/types";
import { Providers } from "../../../app/providers";
import { glossaryDefinition } from "../../../components/glossary/glossary";
import { formatAgeRange } from "../../../lib/ages";
import { corpus, requireCorpus } from "../../../testing/server";
import { eligibilitySection } from "./eligibility-section";

requireCorpus();
const study = (id: string): Study => corpus.byId(id) ?? {};
const available = (...ids: string[]) => ids.every((id) => corpus.byId(id));
const eligibility = (id: string) => study(id).protocolSection?.eligibilityModule;

function renderSection(id: string) {
  return render(
    <Providers>
      <eligibilitySection.Component study={study(id)} />
    </Providers>,
  );
}

/** The <dd> that follows the <dt> with this text. */
function fact(term: string | RegExp) {
  const dt = screen.getAllByRole("term").find((el) => (typeof term === "string" ? el.textContent === term : term.test(el.textContent ?? "")));
  return dt?.nextElementSibling?.textContent ?? "(no such term)";
}

test("spec", () => {
  expect(eligibilitySection).toMatchObject({ id: "eligibility", title: "Who can join" });
  expect(eligibilitySection.has({})).toBe(false);
  expect(eligibilitySection.has({ protocolSection: { eligibilityModule: { eligibilityCriteria: "  " } } })).toBe(false);
  expect(eligibilitySection.has({ protocolSection: { eligibilityModule: { healthyVolunteers: false } } })).toBe(true);
});

describe.skipIf(!available("NCT00415220", "NCT02853487", "NCT00258583", "NCT05305235", "NCT05266716"))("eligibility section", () => {
  test("sex, age, healthy volunteers, and inclusion and exclusion as separate lists (NCT00415220)", async () => {
    const e = eligibility("NCT00415220");
    renderSection("NCT00415220");
    expect(fact("Sex")).toBe("All sexes");
    expect(fact("Age")).toContain(formatAgeRange(e?.minimumAge, e?.maximumAge));
    expect(formatAgeRange(e?.minimumAge, e?.maximumAge)).toBe("18 years and older");
    expect(fact("Age")).toContain("Age groups: adults (18 to 64), older adults (65 and over)");
    expect(fact(/healthy volunteers/)).toBe(e?.healthyVolunteers ? "Yes" : "No");

    const include = screen.getByRole("heading", { level: 3, name: "You may be able to join if…" });
    const exclude = screen.getByRole("heading", { level: 3, name: "You cannot join if…" });
    expect(include.compareDocumentPosition(exclude) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The nested item renders as a list item in a list inside the exclusion part, after its heading
    // (once the renderer has replaced the flat lists shown while it loads).
    await waitFor(() => expect(document.querySelector("[data-markdown-pending]")).toBeNull());
    const nested = screen.getByText("Cauda equina syndrome");
    expect(nested.closest("li")?.parentElement?.closest("li")?.textContent).toMatch(/^Major neurological deficits such as:/);
    expect(exclude.compareDocumentPosition(nested) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Criteria" })).toBeNull();
    // The original "Inclusion Criteria:" line is replaced by the h3, not repeated.
    expect(screen.queryByText("Inclusion Criteria:")).toBeNull();
  });

  test("the criteria terms are explained on tap", async () => {
    const user = userEvent.setup();
    renderSection("NCT00415220");
    await user.click(screen.getByRole("button", { name: "exclusion criteria" }));
    expect(screen.getByRole("tooltip").textContent).toBe(glossaryDefinition("exclusion criteria"));
  });

  test("a text that cannot be split safely is shown whole under 'Criteria' (NCT02853487)", async () => {
    renderSection("NCT02853487");
    expect(screen.getByRole("heading", { level: 3, name: "Criteria" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "You may be able to join if…" })).toBeNull();
    expect(await screen.findByText("CONTROLS")).toBeTruthy();
  });

  test("only an exclusion heading: the list before it stays, under 'Criteria' (NCT05266716)", async () => {
    renderSection("NCT05266716");
    const intro = screen.getByRole("heading", { level: 3, name: "Criteria" });
    const exclude = screen.getByRole("heading", { level: 3, name: "You cannot join if…" });
    expect(intro.compareDocumentPosition(exclude) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(await screen.findByText(/Be 18 years of age or older/)).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "You may be able to join if…" })).toBeNull();
  });

  test("observational: study population and sampling method (NCT00258583)", async () => {
    const population = eligibility("NCT00258583")?.studyPopulation ?? "?";
    renderSection("NCT00258583");
    expect(await screen.findByText(population)).toBeTruthy();
    expect(fact("How people are chosen")).toMatch(/^Non-probability sample: people are not picked at random/);
  });

  test("gender-based eligibility with its description (NCT05305235)", async () => {
    const e = eligibility("NCT05305235");
    renderSection("NCT05305235");
    expect(fact("Sex")).toMatch(/^Female only/);
    expect(fact("Sex")).toContain("Eligibility is based on gender");
    expect(await screen.findByText(e?.genderDescription ?? "?")).toBeTruthy();
    expect(fact(/healthy volunteers/)).toBe("Yes");
  });

  test("qualified parts get their own h4 (NCT03909802)", () => {
    if (!available("NCT03909802")) return;
    renderSection("NCT03909802");
    const h4s = screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent);
    expect(h4s).toEqual(["Individual inclusion criteria", "Family inclusion criteria", "Individual exclusion criteria", "Family exclusion criteria"]);
    expect(screen.getByRole("heading", { level: 3, name: "Termination criteria" })).toBeTruthy();
  });

  test("a typed bullet is a list item, like the star bullets before it (NCT03840928)", async () => {
    if (!available("NCT03840928")) return;
    const criteria = eligibility("NCT03840928")?.eligibilityCriteria ?? "";
    const typed = /^•\s*(.+)$/m.exec(criteria)?.[1]?.trim(); // the record's own "• …" line
    expect(typed).toBeTruthy();
    renderSection("NCT03840928");
    const item = await screen.findByText(typed ?? "?");
    expect(item.tagName).toBe("LI");
    const exclude = screen.getByRole("heading", { level: 3, name: "You cannot join if…" });
    expect(exclude.compareDocumentPosition(item) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByText(/^[•*]/)).toBeNull();
  });

  test("no max age: the dl says so in words, and an empty record renders nothing odd", () => {
    const { container } = render(
      <Providers>
        <eligibilitySection.Component study={{ protocolSection: { eligibilityModule: { sex: "MALE" } } }} />
      </Providers>,
    );
    expect(fact("Sex")).toBe("Male only");
    expect(fact("Age")).toBe("All ages");
    expect(within(container).queryByRole("heading")).toBeNull();
  });
});
