import { expect, test } from "vitest";
import { corpus, requireCorpus } from "../../../testing/server";
import { partKey, summarizeResults } from "./results-summary";

requireCorpus();

test.skipIf(!corpus.byId("NCT02513394"))("summarizeResults counts the parts of a real record without rendering them", () => {
  const results = corpus.byId("NCT02513394")!.resultsSection!;
  const summary = summarizeResults(results);
  const measures = results.outcomeMeasuresModule!.outcomeMeasures!;
  const ae = results.adverseEventsModule!;
  expect(summary.outcomes.map((o) => o.title)).toEqual(measures.map((m) => m.title));
  expect(summary.adverse).toBe(
    `${ae.seriousEvents!.length} serious event terms and ${ae.otherEvents!.length.toLocaleString("en-US")} other event terms, ${ae.eventGroups!.length} groups`,
  );
  expect(summary.hasPValues).toBe(true);
  expect(summary.parts.map(partKey)).toEqual(["flow", "baseline", ...measures.map((_, i) => `outcome-${i}`), "adverse", "more"]);
});

test("an absent or empty results section has no parts", () => {
  expect(summarizeResults(undefined).parts).toEqual([]);
  expect(summarizeResults({}).parts).toEqual([]);
  expect(summarizeResults({ outcomeMeasuresModule: { outcomeMeasures: [] }, moreInfoModule: { pointOfContact: { email: " " } } }).parts).toEqual([]);
  const summary = summarizeResults({ outcomeMeasuresModule: { outcomeMeasures: [{ type: "POST_HOC" }] } });
  expect(summary.outcomes).toEqual([{ index: 0, title: "Outcome measure 1", type: "Post-hoc", timeFrame: undefined }]);
  expect(summary.outcomesLine).toBe("1 outcome measure: 1 post-hoc.");
  expect(summary.hasPValues).toBe(false);
});
