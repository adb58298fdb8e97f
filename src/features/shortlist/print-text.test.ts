import { describe, expect, test } from "vitest";
import { corpus } from "../../testing/server";
import { cutAtWord, inclusionLines, plainText } from "./print-text";

describe("plainText", () => {
  test("markdown markup, escapes and line breaks become one plain line", () => {
    const markdown = "# Aim\n\nThis **study** tests [drug X](https://example.org) in adults \\>18.\n\n* one\n* two";
    expect(plainText(markdown, 500)).toBe("Aim This study tests drug X in adults >18. one two");
  });

  test("long text is cut at a word with an ellipsis", () => {
    expect(cutAtWord("alpha beta gamma delta", 15)).toBe("alpha beta…");
    expect(plainText("word ".repeat(400), 100).length).toBeLessThanOrEqual(100);
    expect(plainText(undefined, 10)).toBe("");
  });
});

describe("inclusionLines", () => {
  const criteria = [
    "Inclusion Criteria:",
    "",
    "* Age \\>18 years",
    "* Diagnosis of **asthma**",
    "  * nested detail",
    "1. Signed consent",
    "\\* Escaped bullet",
    "",
    "Exclusion Criteria:",
    "",
    "* Pregnancy",
  ].join("\n");

  test("top-level inclusion items only, as plain text, stopping at the exclusion criteria", () => {
    expect(inclusionLines(criteria, 10)).toEqual({
      lines: ["Age >18 years", "Diagnosis of asthma", "Signed consent", "Escaped bullet"],
      more: 0,
    });
    expect(inclusionLines(criteria, 2)).toEqual({ lines: ["Age >18 years", "Diagnosis of asthma"], more: 2 });
  });

  test("without headings, the list items count; without a list, nothing", () => {
    expect(inclusionLines("* adults\n* women", 5).lines).toEqual(["adults", "women"]);
    expect(inclusionLines("Adults with asthma.", 5)).toEqual({ lines: [], more: 0 });
    expect(inclusionLines(undefined, 5)).toEqual({ lines: [], more: 0 });
  });

  test("every real record gives plain lines: no markup, no exclusion criteria", () => {
    for (const study of corpus.studies) {
      const text = study.protocolSection?.eligibilityModule?.eligibilityCriteria;
      const { lines } = inclusionLines(text, 5);
      for (const line of lines) {
        expect(line, study.protocolSection?.identificationModule?.nctId).not.toMatch(/^\s|\*\*|\\[<>[\]*]|^[*+-] /);
        expect(line.length).toBeLessThanOrEqual(300);
      }
      if (text && /inclusion criteria/i.test(text) && /^\s*[*-] /m.test(text.split(/exclusion criteria/i)[0] ?? "")) {
        expect(lines.length, study.protocolSection?.identificationModule?.nctId).toBeGreaterThan(0);
      }
    }
  });
});
