import { describe, expect, test } from "vitest";
import { screen, within } from "@testing-library/react";
import { renderRoute } from "../../testing/render-route";
import { corpus, requireCorpus } from "../../testing/server";

// Every real record in ../shared/ctgov/studies renders: title as h1, the NCT id, no error, no junk text.
requireCorpus();
const ids = corpus.studies.map((study) => study.protocolSection?.identificationModule?.nctId).filter((id): id is string => !!id);
const squash = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

describe.skipIf(ids.length === 0)(`study page over the real corpus (${ids.length} records)`, () => {
  test.each(ids)("%s", async (nctId) => {
    const record = corpus.byId(nctId);
    const { unmount, container } = renderRoute(`/study/${nctId}`);
    const heading = await screen.findByRole("heading", { level: 1 }, { timeout: 5000 });
    const title = squash(record?.protocolSection?.identificationModule?.briefTitle);
    expect(squash(heading.textContent)).toContain(title || "Untitled study");
    expect(within(container).getAllByText(nctId).length).toBeGreaterThan(0);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(container.textContent).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/);
    unmount();
  });
});
