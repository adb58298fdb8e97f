// @vitest-environment node
// Properties of the shared list's URL, for any parameters: reading never throws, and the link the app
// writes for what it read (listPath) is a fixed point: it reads back to the same list, with no notes.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { hostileText, hugeText, isWellFormed, searchParams } from "../../testing/url-arbitraries";
import { limitNote, listPath, parseListParams, type ListParams } from "./list-url";

const RUNS = { seed: 20_240_517, numRuns: 300 };
const NAMES = ["ids", "note", "near"];
const VALUES = [
  "NCT02513394", "nct00405041", " NCT00258583 ", "NCT0251339", "NCT025133945", "NCT02513394,NCT00405041", "NCT02513394;NCT02513394",
  `N${"😀".repeat(25)}`, "see you Tuesday", "line one\nline two", "<b>hi</b>", "42.36,-71.06", "42.3600825,-71.0588801", "02115", "Boston, MA", "0,0", "",
];

const readPath = (path: string) => parseListParams(new URL(path, "https://example.org").searchParams);
const canonicalPath = (list: ListParams) => listPath(list);

describe("/list URL: properties", () => {
  test("reading any parameters never throws; what is quoted back is well-formed text", () => {
    fc.assert(
      fc.property(searchParams(NAMES, VALUES), (params) => {
        const list = parseListParams(params);
        for (const text of [...list.invalid, list.note, list.nearIgnored ?? ""]) expect(isWellFormed(text), text).toBe(true);
      }),
      RUNS,
    );
  });

  test("parse → listPath → parse is stable: same ids, note and place, and nothing left to report", () => {
    fc.assert(
      fc.property(searchParams(NAMES, VALUES), (params) => {
        const first = parseListParams(params);
        const path = canonicalPath(first);
        const again = readPath(path);
        expect({ ids: again.ids, note: again.note, near: again.near }).toEqual({ ids: first.ids, note: first.note, near: first.near });
        expect({ invalid: again.invalid, overLimit: again.overLimit, noteCut: again.noteCut, nearIgnored: again.nearIgnored }).toEqual({
          invalid: [],
          overLimit: 0,
          noteCut: false,
          nearIgnored: undefined,
        });
        expect(canonicalPath(again)).toBe(path);
      }),
      RUNS,
    );
  });

  test("any note, as typed into the form, makes a link that carries it as the page will show it", () => {
    fc.assert(
      fc.property(fc.oneof(hostileText(60), hugeText, fc.string({ maxLength: 600 })), (note) => {
        const path = listPath({ ids: ["NCT02513394"], note });
        expect(readPath(path).note).toBe(limitNote(note).note);
      }),
      RUNS,
    );
  });
});
