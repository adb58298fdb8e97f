import { beforeAll, afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { render, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { MemoryRouter } from "react-router";
import type { Study } from "../../../api/types";
import { API_BASE } from "../../../api/config";
import { Providers } from "../../../app/providers";
import { renderRoute } from "../../../testing/render-route";
import { corpus, requireCorpus, server } from "../../../testing/server";
import { StudyRecord } from "../study-record";
import { Section } from "./section";
import { loadDeferredSections } from "./deferred-section";

// A record the page cannot fully show must still show everything else: a render error stays in its
// section, with a short note there, and never replaces the page with "Something went wrong".
requireCorpus();
// The sections below the first screen come from a lazy chunk; here it is loaded before the page renders.
beforeAll(() => loadDeferredSections());
const ID = "NCT00405041"; // a summary, eligibility, one site, arms, outcomes and references
const OTHER_SECTIONS = ["summary", "eligibility", "locations", "contacts", "design", "outcomes", "sponsor", "dates"];

// React reports every error a boundary catches on the console; these errors are the point of the test.
beforeEach(() => void vi.spyOn(console, "error").mockImplementation(() => {}));
afterEach(() => vi.restoreAllMocks());

function Broken(): never {
  throw new Error("unexpected record");
}

test("a section whose content throws says so in the section; the next section renders", () => {
  render(
    <>
      <Section id="first" title="First">
        <Broken />
      </Section>
      <Section id="second" title="Second">
        <p>Second content</p>
      </Section>
    </>,
  );
  const first = screen.getByRole("region", { name: "First" });
  expect(within(first).getByRole("heading", { level: 3, name: "This part could not be shown" })).toBeTruthy();
  expect(within(screen.getByRole("region", { name: "Second" })).getByText("Second content")).toBeTruthy();
});

describe.skipIf(!corpus.byId(ID))(`the study page of ${ID} with a hostile field`, () => {
  const renderRecord = (study: Study) =>
    render(
      <Providers>
        <MemoryRouter>
          <StudyRecord study={study} nctId={ID} />
        </MemoryRouter>
      </Providers>,
    );
  const hostile = (change: (study: Study) => void): Study => {
    const study = structuredClone(corpus.byId(ID)) as Study;
    change(study);
    return study;
  };

  test("a section that throws on it shows the note; the header and the other sections stay", async () => {
    // A string where the types say array: conform.ts would drop it, so this stands for any bug that
    // makes a section's code throw on a record.
    const study = hostile((s) => {
      const arm = s.protocolSection?.armsInterventionsModule?.armGroups?.[0];
      if (arm) (arm as { interventionNames: unknown }).interventionNames = "Dietary Supplement: GVG 2";
    });
    const { container } = renderRecord(study);
    const arms = screen.getByRole("region", { name: "Groups and treatments" });
    // The sections below the summary render one per task once their code is here.
    expect(await within(arms).findByText("This part could not be shown")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toContain(study.protocolSection?.identificationModule?.briefTitle);
    for (const id of OTHER_SECTIONS) {
      const section = container.querySelector(`section#${id}`);
      expect(section, id).not.toBeNull();
      expect(section?.textContent, id).not.toContain("could not be shown");
    }
    expect(screen.queryByText("Something went wrong")).toBeNull();
  });

  test("a part of the record that throws when read keeps its section, with the note; the rest stays", () => {
    const study = hostile((s) => {
      Object.defineProperty(s.protocolSection, "armsInterventionsModule", {
        get() {
          throw new Error("unreadable module");
        },
      });
    });
    const { container } = renderRecord(study);
    expect(screen.getByRole("heading", { level: 1 })).toBeTruthy();
    expect(within(screen.getByRole("region", { name: "Groups and treatments" })).getByText("This part could not be shown")).toBeTruthy();
    for (const id of OTHER_SECTIONS) expect(container.querySelector(`section#${id}`), id).not.toBeNull();
    expect(screen.queryByText("Something went wrong")).toBeNull();
  });

  test("a brief summary that crashed the markdown parser shows as text, and the page is whole", async () => {
    const briefSummary = "- ".repeat(1500) + "x";
    const study = hostile((s) => {
      if (s.protocolSection?.descriptionModule) s.protocolSection.descriptionModule.briefSummary = briefSummary;
    });
    server.use(http.get(`${API_BASE}/studies/${ID}`, () => HttpResponse.json(study)));
    const { container } = renderRoute(`/study/${ID}`);
    const summary = await screen.findByRole("region", { name: "About this study" });
    await waitFor(() => expect(summary.querySelector("[data-markdown-pending]")).toBeNull());
    expect(within(summary).getByText((_, el) => el?.tagName === "P" && el.textContent === briefSummary.trim())).toBeTruthy();
    expect(summary.querySelector("li")).toBeNull();
    for (const id of OTHER_SECTIONS) expect(container.querySelector(`section#${id}`), id).not.toBeNull();
    expect(screen.queryByText("This part could not be shown")).toBeNull();
    expect(screen.queryByText("Something went wrong")).toBeNull();
  });
});
