import { describe, expect, test } from "vitest";
import { render } from "@testing-library/react";
import { Providers } from "../../app/providers";
import { corpus } from "../../testing/server";
import type { Study } from "../../api/types";
import { StudyMeta, plainSummary } from "./study-meta";

const meta = (selector: string) => document.head.querySelector(selector)?.getAttribute("content");

describe("plainSummary", () => {
  test("drops markdown syntax and backslash escapes, keeps the words", () => {
    const text = String.raw`Inclusion Criteria:

* Age \>18 and \< 60 years, HbA1c \[HbA1c\] \~ 7.0%
1. **Signed** consent, see [the protocol](https://example.org)
   * _nested_ item with snake_case_name`;
    expect(plainSummary(text)).toBe(
      "Inclusion Criteria: Age >18 and < 60 years, HbA1c [HbA1c] ~ 7.0% Signed consent, see the protocol nested item with snake_case_name",
    );
  });

  test("cuts long text at a word, within the limit, with an ellipsis", () => {
    const text = "word ".repeat(100);
    const short = plainSummary(text, 50);
    expect(short.length).toBeLessThanOrEqual(50);
    expect(short).toMatch(/^(word )+word…$/);
    expect(plainSummary("Short text.", 50)).toBe("Short text.");
  });
});

describe.skipIf(corpus.studies.length === 0)("StudyMeta", () => {
  test("title, description, canonical link and Open Graph tags come from the record", () => {
    const study = corpus.byId("NCT02513394");
    const title = study?.protocolSection?.identificationModule?.briefTitle ?? "";
    const summary = study?.protocolSection?.descriptionModule?.briefSummary ?? "";
    render(
      <Providers>
        <StudyMeta study={study ?? {}} nctId="NCT02513394" />
      </Providers>,
    );
    expect(document.title).toBe(`${title} | Trial Finder`);
    const description = meta('meta[name="description"]') ?? "";
    expect(description.length).toBeGreaterThan(50);
    expect(description.length).toBeLessThanOrEqual(200);
    expect(summary.replace(/\s+/g, " ")).toContain(description.replace(/…$/, "").slice(0, 60));
    expect(meta('meta[property="og:title"]')).toBe(title);
    expect(meta('meta[property="og:description"]')).toBe(description);
    expect(meta('meta[property="og:type"]')).toBe("website");
    expect(meta('meta[property="og:site_name"]')).toBe("Trial Finder");
    expect(meta('meta[property="og:url"]')).toBe("http://localhost/study/NCT02513394");
    expect(document.head.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe("http://localhost/study/NCT02513394");
  });

  test("every real summary gives a clean description", () => {
    for (const study of corpus.studies) {
      const description = plainSummary(study.protocolSection?.descriptionModule?.briefSummary ?? "");
      expect(description.length).toBeLessThanOrEqual(200);
      expect(description).not.toMatch(/\\[<>[\]^~*]|^\s|\s$|\n/);
    }
  });
});

test("a record without a summary still gets a description", () => {
  const study: Study = { protocolSection: { identificationModule: { nctId: "NCT00000001", briefTitle: " A study " } } };
  render(<StudyMeta study={study} nctId="NCT00000001" />);
  expect(document.title).toBe("A study | Trial Finder");
  expect(meta('meta[name="description"]')).toBe("A study: study NCT00000001 on ClinicalTrials.gov, in plain words.");
});
