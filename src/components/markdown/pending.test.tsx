import { describe, expect, test } from "vitest";
import { render, waitFor } from "@testing-library/react";
import { corpus, requireCorpus } from "../../testing/server";
import { tidyListMarkers } from "./list-markers";
import { Markdown } from "./markdown";
import { pendingBlocks } from "./pending";

requireCorpus();
const inclusion = (nctId: string) => corpus.byId(nctId)?.protocolSection?.eligibilityModule?.eligibilityCriteria;

// First in this file, so the lazy renderer has not loaded yet: what the page shows meanwhile (and what
// a full-page screenshot or an early print catches). NCT03840928's criteria showed "* Self-report…".
test("while the renderer loads, list lines show as list items, without their markers", async () => {
  const text = inclusion("NCT03840928") ?? "Inclusion Criteria:\n\n* Self-report of a chronic condition\n* Resident of the US";
  const { container } = render(<Markdown text={text} />);
  const pending = container.querySelector("[data-markdown-pending]");
  expect(pending).not.toBeNull();
  const items = [...(pending?.querySelectorAll("li") ?? [])].map((li) => li.textContent ?? "");
  expect(items.length).toBeGreaterThanOrEqual(2);
  expect(items[0]).toMatch(/^Self-report/);
  expect(pending?.textContent).not.toMatch(/^\s*\*/m);
  await waitFor(() => expect(container.querySelector("[data-markdown-pending]")).toBeNull()); // then the renderer takes over
});

describe("pendingBlocks", () => {
  test("paragraphs, bulleted and numbered lists, with escapes undone", () => {
    expect(pendingBlocks("Inclusion Criteria:\n\n* Age \\> 18\n  still the first item\n* Consent\n\n3. Third\n4) Fourth")).toEqual([
      { kind: "p", text: "Inclusion Criteria:" },
      { kind: "ul", start: 1, items: ["Age > 18 still the first item", "Consent"] },
      { kind: "ol", start: 3, items: ["Third", "Fourth"] },
    ]);
  });

  test("a loose list (blank lines between items) stays one list", () => {
    expect(pendingBlocks("- one\n\n- two")).toEqual([{ kind: "ul", start: 1, items: ["one", "two"] }]);
  });

  test("text that is no list stays as it is", () => {
    expect(pendingBlocks("Age 18 - 65\n*emphasis* here\n\n1.5 mg")).toEqual([
      { kind: "p", text: "Age 18 - 65\n*emphasis* here" },
      { kind: "p", text: "1.5 mg" },
    ]);
  });

  test("no real record's criteria show a list marker at the start of a line while pending", () => {
    const texts = corpus.studies.map((study) => study.protocolSection?.eligibilityModule?.eligibilityCriteria ?? "").filter(Boolean);
    for (const text of texts) {
      for (const block of pendingBlocks(tidyListMarkers(text))) {
        const lines = block.kind === "p" ? block.text.split("\n") : block.items;
        for (const line of lines) expect(line.trim(), line).not.toMatch(/^(?:[*+-]|\d{1,9}[.)])\s/);
      }
    }
  });
});
