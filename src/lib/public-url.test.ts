import { describe, expect, test } from "vitest";
import { parsePublicOrigin, publicUrl } from "./public-url";

describe("parsePublicOrigin", () => {
  test.each([
    ["https://trials.example.org", "https://trials.example.org"],
    [" https://trials.example.org/kiosk?x=1 ", "https://trials.example.org"],
    ["http://10.0.0.5:8080/", "http://10.0.0.5:8080"],
    ["javascript:alert(1)", undefined],
    ["trials.example.org", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("%j → %j", (text, expected) => {
    expect(parsePublicOrigin(text)).toBe(expected);
  });
});

describe("publicUrl", () => {
  test("puts the path on the public origin when one is set", () => {
    expect(publicUrl("/list?ids=NCT02513394", "https://trials.example.org")).toBe(
      "https://trials.example.org/list?ids=NCT02513394",
    );
  });
  test("defaults to the page's own origin (VITE_PUBLIC_ORIGIN unset in tests)", () => {
    expect(publicUrl("/study/NCT02513394")).toBe(`${window.location.origin}/study/NCT02513394`);
  });
});
