import { describe, expect, test } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Study } from "../../../api/types";
import { Providers } from "../../../app/providers";
import { corpus, requireCorpus } from "../../../testing/server";
import { summarySection } from "./summary-section";

requireCorpus();
const study = (id: string): Study => corpus.byId(id) ?? {};
const available = (...ids: string[]) => ids.every((id) => corpus.byId(id));

function renderSection(s: Study) {
  return render(
    <Providers>
      <summarySection.Component study={s} />
    </Providers>,
  );
}

test("spec", () => {
  expect(summarySection).toMatchObject({ id: "summary", title: "About this study" });
  expect(summarySection.has({})).toBe(false);
  expect(summarySection.has({ protocolSection: { descriptionModule: { briefSummary: " " } } })).toBe(false);
  expect(summarySection.has({ protocolSection: { conditionsModule: { keywords: ["asthma"] } } })).toBe(true);
});

describe.skipIf(!available("NCT00000410", "NCT01151631"))("summary section", () => {
  test("brief summary, detailed description behind a disclosure, official title and keywords (NCT00000410)", async () => {
    const s = study("NCT00000410");
    const protocol = s.protocolSection;
    renderSection(s);
    const firstWords = protocol?.descriptionModule?.briefSummary?.slice(0, 40) ?? "?";
    expect(await screen.findByText((_, el) => el?.tagName === "P" && (el.textContent ?? "").startsWith(firstWords))).toBeTruthy();

    const disclosure = screen.getByText("Read the detailed description");
    const details = disclosure.closest("details");
    expect(details?.open).toBe(false);
    await userEvent.setup().click(disclosure);
    expect(details?.open).toBe(true);
    expect(details?.textContent).toContain(protocol?.descriptionModule?.detailedDescription?.slice(0, 30));

    expect(screen.getByRole("heading", { level: 3, name: "Official title" })).toBeTruthy();
    expect(screen.getByText(protocol?.identificationModule?.officialTitle ?? "?")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 3, name: "Keywords" })).toBeTruthy();
    const keywords = screen.getAllByRole("listitem").map((li) => li.textContent);
    for (const keyword of protocol?.conditionsModule?.keywords ?? []) expect(keywords).toContain(keyword);
  });

  test("the official title is left out when it repeats the brief title (NCT01151631)", () => {
    const s = study("NCT01151631");
    const { officialTitle, briefTitle } = s.protocolSection?.identificationModule ?? {};
    expect(officialTitle?.toLowerCase()).toBe(briefTitle?.toLowerCase());
    renderSection(s);
    expect(screen.queryByRole("heading", { name: "Official title" })).toBeNull();
  });
});
