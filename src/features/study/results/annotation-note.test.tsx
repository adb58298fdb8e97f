import { describe, expect, test } from "vitest";
import { render, screen, within } from "@testing-library/react";
import type { Study } from "../../../api/types";
import { corpus, requireCorpus } from "../../../testing/server";
import { AnnotationNote } from "../sections/annotation-note";

requireCorpus();
const ANNOTATED = "NCT00399243"; // results submitted five times since 2010, each returned after review
const needsCorpus = !corpus.byId(ANNOTATED);
const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { dateStyle: "long", timeZone: "UTC" });

describe.skipIf(needsCorpus)("annotation note", () => {
  test("results submitted but not posted: who, every event in words with its date, and where it stands", () => {
    const study = corpus.byId(ANNOTATED)!;
    const unposted = study.annotationSection!.annotationModule!.unpostedAnnotation!;
    render(<AnnotationNote study={study} />);
    const note = screen.getByRole("heading", { name: "Results submitted, not yet public" }).parentElement!;
    expect(note.textContent).toContain(unposted.unpostedResponsibleParty);
    const items = within(note).getAllByRole("listitem");
    expect(items).toHaveLength(unposted.unpostedEvents!.length);
    const first = unposted.unpostedEvents![0]!;
    expect(items[0]!.textContent).toBe(`${longDate(first.date!)}: Results submitted to ClinicalTrials.gov`);
    const last = unposted.unpostedEvents!.at(-1)!;
    expect(last.type).toBe("RESET");
    expect(items.at(-1)!.textContent).toContain("Returned to the study team after the registry's quality-control review");
    expect(note.textContent).toContain("sent the latest submission back to the study team for corrections");
  });

  test("every annotated record in the corpus gets the note; others render nothing", () => {
    for (const study of corpus.studies) {
      const { container, unmount } = render(<AnnotationNote study={study} />);
      const events = study.annotationSection?.annotationModule?.unpostedAnnotation?.unpostedEvents ?? [];
      if (events.length > 0) expect(container.querySelectorAll("li")).toHaveLength(events.length);
      else expect(container.innerHTML).toBe("");
      expect(container.textContent).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/);
      unmount();
    }
  });

  test("an FDA violation is stated plainly with its dates (no record in the corpus has one)", () => {
    const base = corpus.byId(ANNOTATED)!;
    const study: Study = {
      ...base,
      annotationSection: {
        annotationModule: {
          violationAnnotation: {
            violationEvents: [
              { type: "VIOLATION_IDENTIFIED", description: "Failure to submit required results.", issuedDate: "2021-04-28", postedDate: "2021-05-03" },
              { type: "CORRECTION_CONFIRMED", postedDate: "2021-09-01" },
            ],
          },
        },
      },
    };
    render(<AnnotationNote study={study} />);
    const note = screen.getByRole("heading", { name: "Reporting violation" }).parentElement!;
    expect(note.textContent).toContain("found that this study broke the rules for reporting");
    expect(note.textContent).toContain("Failure to submit required results.");
    expect(note.textContent).toContain(`Notice issued ${longDate("2021-04-28")}, posted on ClinicalTrials.gov ${longDate("2021-05-03")}.`);
    expect(note.textContent).toContain("The FDA confirmed that the problem was corrected.");
    expect(screen.queryByRole("heading", { name: "Results submitted, not yet public" })).toBeNull();
  });
});
