import { beforeAll, describe, expect, test } from "vitest";
import { act, render } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { Providers } from "../../../app/providers";
import { corpus, requireCorpus } from "../../../testing/server";
import { resultsSection } from "../sections/results-section";
import { loadResultsCode } from "./posted-results";

// Every record with results in ../shared/ctgov/studies, every part open (as for print): each outcome
// measure with posted results becomes a table with one column per group, every adverse event term a row,
// and no junk text ("undefined", "null", "NaN", "[object Object]") appears unless the registry wrote it.
requireCorpus();
const ids = corpus.studies
  .filter((study) => study.hasResults)
  .map((study) => study.protocolSection?.identificationModule?.nctId)
  .filter((id): id is string => !!id);

const JUNK = /\b(undefined|null|NaN)\b(\s+\w+)?|\[object Object\]/g;

/** Junk words in the page that the record itself doesn't contain ("null hypothesis" is real text). */
function junkNotInRecord(rendered: string, record: string): string[] {
  return [...rendered.matchAll(JUNK)].map((m) => m[0]).filter((phrase) => phrase.startsWith("[") || !record.includes(phrase));
}

/** ".." that is not part of an ellipsis "...". */
const doubledStops = (text: string) => text.match(/(?<!\.)\.\.(?!\.)/g)?.length ?? 0;

describe.skipIf(ids.length === 0)(`results over the real corpus (${ids.length} records)`, () => {
  beforeAll(() => loadResultsCode()); // the overview's code and the tables, as printing waits for

  test.each(ids)("%s", (nctId) => {
    const study = corpus.byId(nctId)!;
    const results = study.resultsSection!;
    expect(resultsSection.has(study)).toBe(true);
    const { container, unmount } = render(
      <Providers>
        <MemoryRouter>
          <resultsSection.Component study={study} />
        </MemoryRouter>
      </Providers>,
    );
    act(() => {
      window.dispatchEvent(new Event("beforeprint"));
    });

    const measures = results.outcomeMeasuresModule?.outcomeMeasures ?? [];
    // One disclosure per outcome measure, all open.
    expect(container.querySelectorAll('h4 > button[aria-expanded="true"]')).toHaveLength(measures.length);
    // A table for every measure with posted results by group (the others say why there is none).
    const tables = [...container.querySelectorAll('[role=region][aria-label^="Outcome measure "] > table')];
    const withTable = measures.filter((m) => m.reportingStatus !== "NOT_POSTED" && (m.groups?.length ?? 0) > 0);
    expect(tables).toHaveLength(withTable.length);
    const notPosted = measures.filter((m) => m.reportingStatus === "NOT_POSTED").length;
    expect(container.textContent!.split("has not posted results for this measure yet").length - 1).toBe(notPosted);
    for (const table of tables) {
      const number = Number(/^Outcome measure (\d+):/.exec(table.parentElement!.getAttribute("aria-label")!)![1]);
      const measure = measures[number - 1]!;
      expect(table.querySelectorAll("thead th[scope=col]")).toHaveLength(measure.groups!.length);
      expect(table.querySelector("caption")!.textContent).toContain(measure.title!.trim());
    }
    // Baseline: a table per measure; adverse events: a row per term.
    expect(container.querySelectorAll('[aria-label^="Baseline measure "] > table')).toHaveLength(
      results.baselineCharacteristicsModule?.measures?.length ?? 0,
    );
    const ae = results.adverseEventsModule;
    const rows = (label: string) => container.querySelectorAll(`[aria-label="${label}"] tbody th[scope=row]`).length;
    expect(rows("Serious adverse events")).toBe(ae?.seriousEvents?.length ?? 0);
    expect(rows("Other (not serious) adverse events")).toBe(ae?.otherEvents?.length ?? 0);

    expect(container.textContent).not.toMatch(/Loading this part|Opening…|Showing \d/);
    expect(junkNotInRecord(container.textContent ?? "", JSON.stringify(results))).toEqual([]);
    // A sentence closed after registry text keeps one full stop ("NCI CTCAE Version 4." in NCT02369484).
    expect(doubledStops(container.textContent ?? "")).toBeLessThanOrEqual(doubledStops(JSON.stringify(results)));
    act(() => {
      window.dispatchEvent(new Event("afterprint"));
    });
    unmount();
  }, 60_000);
});
