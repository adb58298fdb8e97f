import { describe, expect, test } from "vitest";
import { render, waitFor } from "@testing-library/react";
import { Providers } from "../../../app/providers";
import { corpus, requireCorpus } from "../../../testing/server";
import { eligibilitySection } from "./eligibility-section";

// Every real record's criteria, rendered by the study page's eligibility section: no list item or
// paragraph starts with a bullet the reader would see as a stray character ("* ", "• ", "-Text",
// "1.Text"), and no item is empty but for a list ("* 1. text" shows as a bullet then a number).
requireCorpus();

/** A marker at the start of rendered text: CommonMark's (escaped or not), a typed symbol, or one against a word. */
const LITERAL_MARKER = /^(?:\\?[*+-](?:\s|$)|[•·▪◦●○■□‣⁃]|-(?=\p{L})|\d{1,2}[.)](?:\s|$|(?=\p{L})))/u;

const ownText = (el: Element) =>
  [...el.childNodes]
    .filter((node) => node.nodeName !== "UL" && node.nodeName !== "OL")
    .map((node) => node.textContent)
    .join("")
    .trim();

/** What is wrong with the rendered criteria: "LI: * text" for each stray marker or empty item. */
function strayMarkers(root: Element): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll(".markdown li, .markdown p, .markdown pre")) {
    const text = ownText(el);
    const lines = el.tagName === "PRE" ? text.split("\n").map((line) => line.trim()) : [text];
    for (const line of lines) if (LITERAL_MARKER.test(line)) found.push(`${el.tagName}: ${line.slice(0, 60)}`);
    if (el.tagName === "LI" && !text && el.querySelector(":scope > ul, :scope > ol")) found.push(`LI: (empty, then a list)`);
  }
  return found;
}

const withCriteria = corpus.studies.filter((study) => study.protocolSection?.eligibilityModule?.eligibilityCriteria?.trim());

describe.skipIf(withCriteria.length === 0)(`criteria of every real record (${withCriteria.length})`, () => {
  test("no rendered criterion starts with a stray bullet or number", async () => {
    const problems: string[] = [];
    let items = 0;
    for (const study of withCriteria) {
      const { container, unmount } = render(
        <Providers>
          <eligibilitySection.Component study={study} />
        </Providers>,
      );
      await waitFor(() => expect(container.querySelector("[data-markdown-pending]")).toBeNull());
      items += container.querySelectorAll(".markdown li").length;
      const id = study.protocolSection?.identificationModule?.nctId;
      problems.push(...strayMarkers(container).map((problem) => `${id} ${problem}`));
      unmount();
    }
    expect(items).toBeGreaterThan(withCriteria.length); // lists were rendered, so the check saw them
    expect(problems).toEqual([]);
  }, 120_000);
});
