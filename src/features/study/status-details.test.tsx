import { describe, expect, test } from "vitest";
import type { ReactNode } from "react";
import { render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { Providers } from "../../app/providers";
import type { Study } from "../../api/types";
import { formatMonthYear, formatPartialDate } from "../../lib/dates";
import { relativeAge } from "../../lib/relative-age";
import { statusLabel } from "../../lib/registry-labels";
import { corpus } from "../../testing/server";
import { FreshnessNote } from "./freshness-note";
import { KeyFacts } from "./key-facts";
import { StatusDetails } from "./status-details";

const needsCorpus = corpus.studies.length === 0;
const record = (nctId: string): Study => {
  const study = corpus.byId(nctId);
  if (!study) throw new Error(`${nctId} is not in the corpus`);
  return study;
};
const show = (ui: ReactNode) =>
  render(
    <Providers>
      <MemoryRouter>{ui}</MemoryRouter>
    </Providers>,
  );
const squash = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
const withStatus = (statusModule: NonNullable<NonNullable<Study["protocolSection"]>["statusModule"]>): Study => ({
  protocolSection: { statusModule },
});

describe.skipIf(needsCorpus)("StatusDetails", () => {
  test("UNKNOWN shows the last known status, when it was verified, and why that matters", () => {
    const study = record("NCT00399243");
    const status = study.protocolSection?.statusModule;
    // What this test relies on: the record is UNKNOWN and gives its last known status and a verification date.
    expect(status?.overallStatus).toBe("UNKNOWN");
    expect(status?.lastKnownStatus).toBeDefined();
    const { container } = show(<StatusDetails study={study} />);
    const expected = `Status unknown: last reported as ${statusLabel(status?.lastKnownStatus)}; status last confirmed ${formatMonthYear(status?.statusVerifiedDate)}.`;
    expect(squash(container.textContent)).toContain(expected);
    // In words, not registry codes: a status label ("Recruiting", not RECRUITING) and a month ("March 2021").
    expect(expected).toMatch(/last reported as [A-Z][a-z, ]+; status last confirmed [A-Z][a-z]+ \d{4}\.$/);
    expect(screen.getByText(/hasn't updated this record's status/)).toBeTruthy();
  });

  test("UNKNOWN without a last known status or date says so, without junk", () => {
    const { container } = show(<StatusDetails study={withStatus({ overallStatus: "UNKNOWN" })} />);
    expect(squash(container.textContent)).toContain("Status unknown: the last status is not stated.");
    expect(container.textContent).not.toMatch(/confirmed|undefined/);
  });

  test("an open status unconfirmed for more than two years is shown as UNKNOWN, with what it last said (NCT03840928)", () => {
    const study = record("NCT03840928");
    const status = study.protocolSection?.statusModule;
    // What this test relies on: an open status (not UNKNOWN in the record) with a month it was verified in.
    expect(status?.overallStatus).toMatch(/^(RECRUITING|NOT_YET_RECRUITING|ENROLLING_BY_INVITATION|ACTIVE_NOT_RECRUITING)$/);
    const [year, month] = (status?.statusVerifiedDate ?? "(missing)").split("-").map(Number) as [number, number];
    expect(month).toBeGreaterThan(0);
    // Three years after the verification month: unconfirmed for more than two years.
    const { container, unmount } = show(<StatusDetails study={study} now={new Date(year + 3, month - 1, 5)} />);
    expect(squash(container.textContent)).toContain(
      `Status unknown: last reported as ${statusLabel(status?.overallStatus)}; status last confirmed ${formatMonthYear(status?.statusVerifiedDate)}.`,
    );
    unmount();
    // Within two years (18 months on) it is still the study's own status: nothing to add here (key facts say it may be out of date).
    expect(show(<StatusDetails study={study} now={new Date(year + 1, month - 1 + 6, 1)} />).container.textContent).toBe("");
  });

  test("a suspended study shows why it stopped (Markdown)", async () => {
    const study = record("NCT01213277");
    const why = study.protocolSection?.statusModule?.whyStopped ?? "(missing)";
    show(<StatusDetails study={study} />);
    expect(screen.getByText("Why it stopped:")).toBeTruthy();
    expect(await screen.findByText(why)).toBeTruthy();
  });

  test("every stopped record in the corpus shows its reason", () => {
    const stopped = corpus.studies.filter((s) => s.protocolSection?.statusModule?.whyStopped?.trim());
    expect(stopped.length).toBeGreaterThan(10);
    for (const study of stopped) {
      const { container, unmount } = show(<StatusDetails study={study} />);
      expect(squash(container.textContent)).toContain(squash(study.protocolSection?.statusModule?.whyStopped));
      unmount();
    }
  });

  test("a reason is not shown for a study that is not stopped", () => {
    const { container } = show(<StatusDetails study={withStatus({ overallStatus: "RECRUITING", whyStopped: "old note" })} now={new Date(2026, 11, 5)} />);
    expect(container.textContent).toBe("");
  });

  test("expanded access links to the expanded access record", () => {
    const study = record("NCT02552212");
    const info = study.protocolSection?.statusModule?.expandedAccessInfo;
    show(<StatusDetails study={study} />);
    const link = screen.getByRole("link", { name: `Expanded access record ${info?.nctId}` });
    expect(link.getAttribute("href")).toBe(`/study/${info?.nctId}`);
    expect(screen.getByText(new RegExp(`\\(${statusLabel(info?.statusForNctId)}\\)`))).toBeTruthy();
  });

  test("renders nothing when there is nothing to add", () => {
    const { container } = show(<StatusDetails study={record("NCT01151631")} />);
    expect(container.textContent).toBe("");
    expect(show(<StatusDetails study={{}} />).container.textContent).toBe("");
  });
});

describe.skipIf(needsCorpus)("FreshnessNote", () => {
  const study = record("NCT00399243");
  const updated = study.protocolSection?.statusModule?.lastUpdatePostDateStruct?.date ?? "(missing)";
  const [y, m, d] = updated.split("-").map(Number) as [number, number, number];

  test("older than two years: a warning in words, not colour alone", () => {
    const { container } = show(<FreshnessNote study={study} now={new Date(y + 3, m - 1, d + 1)} />);
    const text = squash(container.textContent);
    expect(text).toContain(`Old record: Record last updated about 3 years ago (${formatPartialDate(updated)}).`);
    // A full date is written out in words ("March 4, 2021").
    expect(text).toMatch(/\([A-Z][a-z]+ \d{1,2}, \d{4}\)\./);
    expect(container.querySelector(".bg-warn-bg")).not.toBeNull();
  });

  test("a recent update is a plain note", () => {
    const { container } = show(<FreshnessNote study={study} now={new Date(y, m - 1 + 5, d)} />);
    expect(squash(container.textContent)).toBe(`Record last updated 5 months ago (${formatPartialDate(updated)}).`);
    expect(container.querySelector(".bg-warn-bg")).toBeNull();
  });

  test("mentions the status check when it is much older than the update", () => {
    const gap = record("NCT00162175");
    const verified = gap.protocolSection?.statusModule?.statusVerifiedDate;
    show(<FreshnessNote study={gap} now={new Date(2011, 0, 1)} />);
    expect(screen.getByText(new RegExp(`last confirmed the study's status in ${formatPartialDate(verified)}`))).toBeTruthy();
  });

  test("says nothing about the status check when it matches the update", () => {
    const { container } = show(<FreshnessNote study={record("NCT01151631")} now={new Date(2020, 5, 1)} />);
    expect(container.textContent).not.toMatch(/confirmed/);
  });

  test("falls back to the submitted date, and renders nothing without a date", () => {
    const submitted = withStatus({ lastUpdateSubmitDate: "2024-01-10" });
    const { container } = show(<FreshnessNote study={submitted} now={new Date(2024, 0, 10)} />);
    expect(squash(container.textContent)).toBe("Record last updated today (January 10, 2024).");
    const none = show(<FreshnessNote study={withStatus({ lastUpdatePostDateStruct: { date: "2024-02-30" } })} />);
    expect(none.container.textContent).toBe("");
  });
});

describe.skipIf(needsCorpus)("the study page's status words match the cards' (NCT03840928)", () => {
  const study = record("NCT03840928");
  const status = study.protocolSection?.statusModule;
  const updated = status?.lastUpdatePostDateStruct?.date ?? "(missing)";
  const [y, m, d] = updated.split("-").map(Number) as [number, number, number];
  // 2 years 11 months after the record's last update: past the two years that make its open status UNKNOWN.
  const now = new Date(y + 2, m - 1 + 11, d);

  test("key facts: the trusted status and the same plain line as a card", () => {
    // What this test relies on: an open status in the record and an anticipated completion date.
    expect(status?.overallStatus).not.toBe("UNKNOWN");
    expect(status?.completionDateStruct?.type).toBe("ESTIMATED");
    const { container } = show(<KeyFacts study={study} now={now} />);
    expect(squash(container.textContent)).toContain(
      `StatusStatus unknown. ⚠ Last reported as ${statusLabel(status?.overallStatus)}; ` +
        `status last confirmed ${formatMonthYear(status?.statusVerifiedDate)}; ` +
        `was expected to end ${formatMonthYear(status?.completionDateStruct?.date)}.`,
    );
  });

  test("the freshness note and the dates agree on the age: 2 years 11 months is 'almost 3 years ago'", () => {
    expect(updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const { container } = show(<FreshnessNote study={study} now={now} />);
    expect(squash(container.textContent)).toContain(`Record last updated almost 3 years ago (${formatPartialDate(updated)}).`);
    // Hand-written dates: a day-precise date 2 years 11 months back is "almost 3 years"; a month-only date
    // counts whole months, so 36 months back from within the month is "about 3 years".
    expect(relativeAge("2020-06-25", new Date(2023, 5, 20))).toBe("almost 3 years ago");
    expect(relativeAge("2020-06", new Date(2023, 5, 20))).toBe("about 3 years ago");
  });
});
