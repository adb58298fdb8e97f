import { describe, expect, test } from "vitest";
import { conditionWordsText } from "../../../scripts/lib/condition-words.mjs";
import { corpus, requireCorpus } from "../../testing/server";
import { parseConditionList } from "./spelling";

// The condition word list is made from the real records at build time (never committed): it must hold
// every record's conditions, and the same records must always give the same bytes.
requireCorpus();

describe.skipIf(corpus.studies.length === 0)("the condition word list", () => {
  const text = conditionWordsText(corpus.dir) ?? "";

  test("is the same every time it is made", () => {
    expect(conditionWordsText(corpus.dir) === text).toBe(true);
  });

  test("holds every record's conditions, lower case, counted by record", () => {
    const counts = new Map(parseConditionList(text));
    for (const study of corpus.studies) {
      for (const condition of study.protocolSection?.conditionsModule?.conditions ?? []) {
        const name = condition.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
        if (/\p{L}/u.test(name)) expect(counts.get(name), name).toBeGreaterThan(0);
      }
    }
    const asthma = corpus.studies.filter((study) =>
      (study.protocolSection?.conditionsModule?.conditions ?? []).some((c) => c.toLowerCase().trim() === "asthma"),
    ).length;
    if (asthma > 0) expect(counts.get("asthma")).toBeGreaterThanOrEqual(asthma);
  });

  test("is nothing without records (the app then offers no spelling)", () => {
    expect(conditionWordsText("/nonexistent")).toBeUndefined();
  });
});
