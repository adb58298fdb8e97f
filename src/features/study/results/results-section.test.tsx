import { beforeAll, describe, expect, test } from "vitest";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { Providers } from "../../../app/providers";
import type { Study } from "../../../api/types";
import { corpus, requireCorpus } from "../../../testing/server";
import { resultsSection } from "../sections/results-section";
import { resultPartsLoaded } from "./parts-loader";
import { preloadResultsOverview } from "./posted-results";
import { outcomeTypeLabel } from "./result-labels";
import type { OutcomeMeasure } from "./result-types";

// The results section over real records. Tests run in order: the first one checks that no table code
// is fetched before someone opens a part; later ones find the chunk loaded.
requireCorpus();
const BIG = "NCT02513394"; // 1.5 MB: 5 outcome measures, 341 serious and 1,688 other adverse event terms
const needsCorpus = !corpus.byId(BIG);

/**
 * The section over a full record (results included, so nothing is requested: see posted-results.test.tsx
 * for the page's own two-part record). `open`: the reader has opened "Posted results".
 */
function renderResults(nctId: string, { open = true } = {}) {
  const study = corpus.byId(nctId);
  if (!study?.resultsSection) throw new Error(`${nctId} has no results in the corpus`);
  const view = render(
    <Providers>
      <MemoryRouter>
        <resultsSection.Component study={study} />
      </MemoryRouter>
    </Providers>,
  );
  if (open) fireEvent.click(screen.getByRole("button", { name: "Posted results" }));
  return { ...view, study, results: study.resultsSection };
}

const partButton = (name: string | RegExp) => screen.getByRole("button", { name });
const includes = (part: string) => (name: string) => name.includes(part);
/** An outcome measure's disclosure button is named "<type>: <title>". */
const outcomeButton = (m: OutcomeMeasure) => partButton(`${outcomeTypeLabel(m.type)}: ${m.title}`);
const FIRST_LOAD = { timeout: 10_000 }; // the first import of the lazy chunk transforms its modules

describe.skipIf(needsCorpus)("results section", () => {
  // The overview's own code (a lazy chunk: posted-results.test.tsx shows it loading on demand) is here,
  // as once the reader has opened the results; the tables' code is not.
  beforeAll(() => preloadResultsOverview(), FIRST_LOAD.timeout);

  test("the overview counts what the record holds; a part's tables load only when it opens", async () => {
    const { results } = renderResults(BIG);
    const measures = results.outcomeMeasuresModule?.outcomeMeasures ?? [];
    const primary = measures.filter((m) => m.type === "PRIMARY").length;
    const secondary = measures.filter((m) => m.type === "SECONDARY").length;
    expect(screen.getByText(`${measures.length} outcome measures: ${primary} primary, ${secondary} secondary.`)).toBeTruthy();
    const serious = results.adverseEventsModule?.seriousEvents?.length ?? 0;
    expect(screen.getByText(new RegExp(`^${serious} serious event terms`))).toBeTruthy();
    expect(document.querySelector("table")).toBeNull();
    expect(resultPartsLoaded()).toBe(false);

    const measure = measures[0]!;
    const user = userEvent.setup();
    const button = outcomeButton(measure);
    expect(button.getAttribute("aria-expanded")).toBe("false");
    await user.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const table = await screen.findByRole("table", { name: includes(measure.title!) }, FIRST_LOAD);
    expect(resultPartsLoaded()).toBe(true);

    // One column per group, titled as in the record; rows are headed too.
    const columns = within(table).getAllByRole("columnheader").map((th) => th.textContent);
    expect(columns).toEqual(measure.groups!.map((g) => g.title));
    expect(within(table).getAllByRole("rowheader").length).toBeGreaterThan(0);
    // The statistical analysis under the table, with its p-value and confidence interval.
    const analysis = measure.analyses![0]!;
    const panel = document.getElementById(button.getAttribute("aria-controls")!)!;
    expect(within(panel).getByText(analysis.pValue!)).toBeTruthy();
    expect(within(panel).getByText(`${analysis.ciPctValue}% confidence interval (2-sided): ${analysis.ciLowerLimit} to ${analysis.ciUpperLimit}`)).toBeTruthy();
    expect(screen.getAllByText(/A p-value below 0.05 is usually called statistically significant/)).toHaveLength(1);
  });

  test("adverse events: totals per group and every term, grouped by organ system", async () => {
    const { results } = renderResults(BIG);
    const ae = results.adverseEventsModule!;
    await userEvent.setup().click(partButton(/^Adverse events/));
    const serious = await screen.findByRole("table", { name: /^Serious adverse events/ }, FIRST_LOAD);
    // Big tables fill in a slice at a time (print renders them whole); wait for the last slice.
    const other = () => document.querySelectorAll('[aria-label="Other (not serious) adverse events"] tbody th[scope=row]');
    expect(other().length).toBeLessThan(ae.otherEvents!.length);
    await waitFor(() => expect(other()).toHaveLength(ae.otherEvents!.length), { timeout: 30_000 });
    expect(screen.queryByText(/^Showing \d/)).toBeNull();
    // (DOM queries from here: role queries over thousands of rows are slow in jsdom.)
    const systems = new Set(ae.seriousEvents!.map((e) => e.organSystem));
    expect(serious.querySelectorAll("th[scope=rowgroup]")).toHaveLength(systems.size);
    expect(serious.querySelectorAll("tbody th[scope=row]")).toHaveLength(ae.seriousEvents!.length);
    // Column headers: the corner, then one per event group.
    expect(serious.querySelectorAll("thead th[scope=col]")).toHaveLength(ae.eventGroups!.length + 1);
    // First term, first group: "affected of at risk (percentage)".
    const first = ae.seriousEvents![0]!;
    const stat = first.stats!.find((s) => s.groupId === ae.eventGroups![0]!.id)!;
    const row = [...serious.querySelectorAll("tbody tr")].find((tr) => tr.querySelector("th[scope=row]")?.textContent === first.term)!;
    const pct = ((stat.numAffected! / stat.numAtRisk!) * 100).toFixed(2);
    expect(row.querySelectorAll("td")[0]!.textContent).toContain(`${stat.numAffected} of ${stat.numAtRisk!.toLocaleString("en-US")} (${pct}%)`);
    // Totals from eventGroups, deaths included.
    const totals = screen.getByRole("table", { name: "Participants affected, per group" });
    const group = ae.eventGroups![0]!;
    expect(within(totals).getByRole("rowheader", { name: "Deaths (all causes)" }).closest("tr")!.textContent).toContain(
      `${group.deathsNumAffected} of ${group.deathsNumAtRisk!.toLocaleString("en-US")}`,
    );
  }, 60_000);

  test("beforeprint opens every part in the same tick, so all of it prints", () => {
    const { results } = renderResults(BIG, { open: false });
    expect(resultPartsLoaded()).toBe(true); // loaded by the earlier tests, as by scrolling or a first interaction
    expect(document.querySelector("table")).toBeNull();
    const started = performance.now();
    act(() => {
      window.dispatchEvent(new Event("beforeprint"));
    });
    console.info(`${BIG}: beforeprint rendered every results part in ${Math.round(performance.now() - started)} ms (jsdom)`);
    // No waiting: the tables exist right after the event, before the browser lays out the page for print.
    // (Plain selectors here: role queries over ~25,000 elements are slow in jsdom.)
    const measures = results.outcomeMeasuresModule!.outcomeMeasures!;
    expect(document.querySelectorAll('[role=region][aria-label^="Outcome measure "] table')).toHaveLength(measures.length);
    expect(document.querySelectorAll('[role=region][aria-label^="Baseline measure "] table')).toHaveLength(
      results.baselineCharacteristicsModule!.measures!.length,
    );
    expect(document.querySelectorAll('[aria-expanded="true"]')).toHaveLength(measures.length + 5); // + "Posted results"
    expect(document.querySelectorAll('[aria-expanded="false"]')).toHaveLength(0);
    expect(document.querySelector(`a[href="mailto:${results.moreInfoModule!.pointOfContact!.email}"]`)).not.toBeNull();
    expect(document.body.textContent).not.toContain("Loading this part");

    // After printing, the parts the reader had open (none) come back.
    act(() => {
      window.dispatchEvent(new Event("afterprint"));
    });
    expect(document.querySelector("table")).toBeNull();
    expect(screen.getByRole("button", { name: "Posted results" }).getAttribute("aria-expanded")).toBe("false");
  }, 60_000);

  test("baseline: one table per measure, with how it was summarised in words", async () => {
    const { results } = renderResults("NCT00329836");
    await userEvent.setup().click(partButton(/^Baseline characteristics/));
    const measures = results.baselineCharacteristicsModule!.measures!;
    const age = measures.find((m) => m.paramType === "MEAN" && m.dispersionType === "STANDARD_DEVIATION")!;
    const table = screen.getByRole("table", { name: includes(age.title!) });
    expect(table.querySelector("caption")!.textContent).toContain(`Mean (Standard Deviation). Unit: ${age.unitOfMeasure}`);
    const m = age.classes![0]!.categories![0]!.measurements![0]!;
    expect(within(table).getByText(`${m.value} (${m.spread})`)).toBeTruthy();
    expect(screen.getAllByRole("table")).toHaveLength(measures.length);
  });

  test("participant flow: milestones per period with groups as columns, and reasons for leaving", async () => {
    const { results } = renderResults(BIG);
    await userEvent.setup().click(partButton(/^Participant flow/));
    const flow = results.participantFlowModule!;
    const period = flow.periods![0]!;
    const steps = screen.getByRole("table", { name: `Participants at each step: ${period.title}` });
    expect(within(steps).getAllByRole("columnheader")).toHaveLength(flow.groups!.length);
    expect(within(steps).getByRole("rowheader", { name: "Not completed" })).toBeTruthy();
    const reasons = screen.getByRole("table", { name: `Why participants did not complete: ${period.title}` });
    expect(within(reasons).getAllByRole("rowheader").map((th) => th.textContent)).toEqual(period.dropWithdraws!.map((d) => d.type));
  });

  test("values the registry marks NA keep their comment", async () => {
    const { results } = renderResults("NCT02856893");
    const measures = results.outcomeMeasuresModule!.outcomeMeasures!;
    const index = measures.findIndex((m) => m.classes?.some((c) => c.categories?.some((cat) => cat.measurements?.some((x) => x.value === "NA" && x.comment))));
    const measure = measures[index]!;
    await userEvent.setup().click(outcomeButton(measure));
    const region = await screen.findByRole("region", { name: `Outcome measure ${index + 1}: ${measure.title}` });
    const na = measure.classes!.flatMap((c) => c.categories!.flatMap((cat) => cat.measurements!)).find((x) => x.value === "NA" && x.comment)!;
    expect(region.textContent).toContain(na.comment!.slice(0, 40));
    expect(screen.getByText(/NA: not available/)).toBeTruthy();
  });

  test("a measure without posted results says so instead of showing an empty table", async () => {
    const { results } = renderResults("NCT05034276");
    const measures = results.outcomeMeasuresModule!.outcomeMeasures!;
    const index = measures.findIndex((m) => m.reportingStatus === "NOT_POSTED");
    await userEvent.setup().click(outcomeButton(measures[index]!));
    expect(await screen.findByText("The study team has not posted results for this measure yet.")).toBeTruthy();
    expect(document.querySelector("table")).toBeNull();
  });

  test("more information: agreements in words, contact with tel: and mailto: links", async () => {
    const { results } = renderResults("NCT00329836");
    await userEvent.setup().click(partButton(/^More information/));
    const contact = results.moreInfoModule!.pointOfContact!;
    expect(screen.getByRole("link", { name: contact.phone }).getAttribute("href")).toBe(`tel:${contact.phone!.replace(/\D/g, "")}`);
    expect(screen.getByRole("link", { name: contact.email }).getAttribute("href")).toBe(`mailto:${contact.email}`);
    expect(screen.getByText("Is the principal investigator an employee of the sponsor?").nextElementSibling!.textContent).toBe(
      results.moreInfoModule!.certainAgreement!.piSponsorEmployee ? "Yes" : "No",
    );
  });

  test("a restrictive agreement's type is explained in words", async () => {
    const record = corpus.studies.find((s) => s.resultsSection?.moreInfoModule?.certainAgreement?.restrictionType === "LTE60")!;
    renderResults(record.protocolSection!.identificationModule!.nctId!);
    await userEvent.setup().click(partButton(/^More information/));
    expect(screen.getByText(/can delay them for 60 days or less/)).toBeTruthy();
  });

  test("records without results have no results section", () => {
    const without = corpus.studies.filter((s: Study) => !s.hasResults);
    expect(without.length).toBeGreaterThan(0);
    for (const study of without) expect(resultsSection.has(study)).toBe(false);
    for (const study of corpus.studies.filter((s) => s.hasResults)) expect(resultsSection.has(study)).toBe(true);
    const { container } = render(
      <Providers>
        <MemoryRouter>
          <resultsSection.Component study={without[0]!} />
        </MemoryRouter>
      </Providers>,
    );
    expect(container.textContent).toBe("");
  });
});
