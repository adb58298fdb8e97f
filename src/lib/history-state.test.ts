import { describe, expect, test } from "vitest";
import { historyState, readHistoryState } from "./history-state";

describe("readHistoryState", () => {
  test("reads back what historyState wrote", () => {
    const state = historyState({ keepScroll: true, focusResults: true, fromForm: true, searchNotes: ["a", "b"], aliasOf: "NCT00000102", studyLinkNote: "history" });
    expect(readHistoryState(structuredClone(state))).toEqual(state); // history state is structured-cloned
  });

  test.each<[string, unknown]>([
    ["no state", null],
    ["another app's string", "x"],
    ["wrong types", { keepScroll: "yes", focusResults: 1, fromForm: {}, searchNotes: "one note", aliasOf: 7, studyLinkNote: "table" }],
    ["notes that are not all strings", { searchNotes: ["ok", 3] }],
  ])("%s reads as nothing", (_, state) => {
    expect(readHistoryState(state)).toEqual({});
  });

  test("unknown keys are left out", () => {
    expect(readHistoryState({ keepScroll: true, usr: { x: 1 }, idx: 3 })).toEqual({ keepScroll: true });
  });
});
