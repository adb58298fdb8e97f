import { describe, expect, test } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { corpus, requireCorpus } from "../testing/server";
import { renderRoute } from "../testing/render-route";

// Links people shared from the registry, with our host: each lands on our own address for the same thing.
requireCorpus();
Element.prototype.scrollIntoView ??= () => {}; // jsdom has none; a #results link scrolls to it
const study = corpus.studies.find((s) => s.hasResults && s.protocolSection?.identificationModule?.briefTitle);
const nctId = study?.protocolSection?.identificationModule?.nctId ?? "";
const title = study?.protocolSection?.identificationModule?.briefTitle?.trim() ?? "";

const where = (location: { pathname: string; search: string; hash: string }) => `${location.pathname}${location.search}${location.hash}`;

describe.skipIf(!study)("registry study links open the study here", () => {
  test.each([
    [`/ct2/show/${nctId}`, `/study/${nctId}`],
    [`/ct2/show/${nctId.toLowerCase()}?term=asthma&rank=1`, `/study/${nctId}`],
    [`/ct2/show/record/${nctId}`, `/study/${nctId}`],
    [`/ct2/show/study/${nctId}/`, `/study/${nctId}`],
    [`/ct2/show/results/${nctId}`, `/study/${nctId}#results`],
    [`/show/${nctId}`, `/study/${nctId}`],
    [`/study/${nctId}?tab=results`, `/study/${nctId}#results`],
    [`/study/${nctId}?tab=table&term=x`, `/study/${nctId}`],
  ])("%s → %s", async (link, canonical) => {
    const { location } = renderRoute(link);
    expect(await screen.findByRole("heading", { level: 1, name: title })).toBeTruthy();
    expect(where(location())).toBe(canonical);
  });

  test("?tab=history: the record here, and a note linking to its history on the registry", async () => {
    const { location } = renderRoute(`/study/${nctId}?tab=history`);
    expect(await screen.findByRole("heading", { level: 1, name: title })).toBeTruthy();
    expect(where(location())).toBe(`/study/${nctId}`);
    const note = screen.getByRole("heading", { name: "The history of changes is on ClinicalTrials.gov" }).closest("[role=status]") as HTMLElement;
    expect(within(note).getByRole("link", { name: /See the history of changes on ClinicalTrials.gov/ }).getAttribute("href")).toBe(
      `https://clinicaltrials.gov/study/${nctId}?tab=history`,
    );
  });

  test("a classic link with a malformed number says so (nothing is requested)", async () => {
    renderRoute("/ct2/show/NCT123");
    expect(await screen.findByRole("heading", { level: 1, name: "That is not a study number" })).toBeTruthy();
    expect(screen.getByText("NCT123")).toBeTruthy();
  });
});

describe("classic search links", () => {
  test("/ct2/results becomes our search, with notes for what it could not keep", async () => {
    const { location } = renderRoute("/ct2/results?cond=asthma&recrs=ab&phase=1&age=2&strd_s=01/01/2015&lupd_e=13/45/2020");
    await waitFor(() => expect(location().pathname).toBe("/search"));
    expect(location().search).toBe("?cond=asthma&phase=2&agegroup=older&startdate=2015-01-01_");
    expect(await screen.findByText("lupd_e=13/45/2020 was ignored: dates were MM/DD/YYYY")).toBeTruthy();
  });

  test("any other classic page says it was the old site, with a way on", async () => {
    renderRoute("/ct2/help/how-find/basic");
    expect(await screen.findByRole("heading", { level: 1, name: "This was a page of the old ClinicalTrials.gov site" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Search for trials here" }).getAttribute("href")).toBe("/");
  });
});
