import { beforeAll, describe, expect, test } from "vitest";
import { screen, within } from "@testing-library/react";
import { renderRoute } from "../../../testing/render-route";
import { corpus, requireCorpus } from "../../../testing/server";
import { loadDeferredSections } from "./deferred-section";

requireCorpus();
// The sections below the first screen come from a lazy chunk; here it is loaded before the page renders.
beforeAll(() => loadDeferredSections());

// The three sections as the study page shows them (after study-record.tsx renders STUDY_SECTIONS).
describe.skipIf(!corpus.byId("NCT00415220"))("summary, participation and eligibility on the study page", () => {
  test("NCT00415220: each section is a named region with its anchor", async () => {
    renderRoute("/study/NCT00415220");
    const summary = await screen.findByRole("region", { name: "About this study" });
    expect(summary.id).toBe("summary");
    expect(within(summary).getByText("Read the detailed description")).toBeTruthy();

    const participation = screen.getByRole("region", { name: "What taking part involves" });
    expect(participation.id).toBe("participation");
    // Sections below the summary render one per task once their code is here.
    expect((await within(participation).findByRole("button", { name: "Randomized" })).getAttribute("aria-expanded")).toBe("false");

    const eligibility = screen.getByRole("region", { name: "Who can join" });
    expect(eligibility.id).toBe("eligibility");
    expect(await within(eligibility).findByRole("heading", { level: 3, name: "You may be able to join if…" })).toBeTruthy();
    expect(within(eligibility).getByRole("heading", { level: 3, name: "You cannot join if…" })).toBeTruthy();
    expect(await within(eligibility).findByText("Cauda equina syndrome")).toBeTruthy();
  });
});
