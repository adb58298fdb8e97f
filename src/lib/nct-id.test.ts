import { describe, expect, test } from "vitest";
import { checkNctId, readTypedNctId } from "./nct-id";

describe("checkNctId", () => {
  test("accepts the canonical form", () => {
    expect(checkNctId("NCT02513394")).toEqual({ ok: true, id: "NCT02513394", canonical: true });
  });
  test("trims and upper-cases, and says the input was not canonical", () => {
    expect(checkNctId("nct02513394")).toEqual({ ok: true, id: "NCT02513394", canonical: false });
    expect(checkNctId(" NCT02513394 ")).toEqual({ ok: true, id: "NCT02513394", canonical: false });
  });
  test.each(["", "NCT", "NCT1234567", "NCT123456789", "NCT0251339X", "02513394", "NCT 02513394", "NCT-02513394", "abc", "NCT02513394;drop"])(
    "rejects %j",
    (raw) => {
      expect(checkNctId(raw)).toEqual({ ok: false, input: raw });
    },
  );
});

describe("readTypedNctId", () => {
  test.each([
    ["NCT02513394", "NCT02513394"],
    ["nct02513394", "NCT02513394"],
    ["  NCT 0251 3394 ", "NCT02513394"],
    ["02513394", "NCT02513394"],
    ["NCT-02513394", "NCT02513394"],
  ])("reads %j as %s", (typed, id) => {
    expect(readTypedNctId(typed)).toBe(id);
  });
  test.each(["", "NCT123", "2513394", "breast cancer", "NCT025133945"])("rejects %j", (typed) => {
    expect(readTypedNctId(typed)).toBeUndefined();
  });
});
