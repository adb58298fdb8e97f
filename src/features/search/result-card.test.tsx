import type { ReactNode } from "react";
import { beforeAll, describe, expect, test } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { searchStudies } from "../../api/studies";
import type { Study } from "../../api/types";
import { corpus, requireCorpus } from "../../testing/server";
import { CARD_FIELDS } from "./card-fields";
import { ResultCard } from "./result-card";
import { monthYear, monthsAfter } from "../../testing/record-dates";

// Every real record as a list request returns it (through the MSW replica, fields= limited to
// CARD_FIELDS, conformed): the card shows its title, id, link and number of sites, shows exactly what
// the same card shows from the full record (so CARD_FIELDS covers every line), and no junk text.
requireCorpus();
const idOf = (study: Study) => study.protocolSection?.identificationModule?.nctId;
const ids = corpus.studies.map(idOf).filter((id): id is string => !!id);
const squash = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();
const count = (text: string, word: RegExp) => text.match(word)?.length ?? 0;
const JUNK = [/\bundefined\b/g, /\bnull\b/g, /\bNaN\b/g, /\[object Object\]/g];
const siteCount = (study: Study | undefined) => study?.protocolSection?.contactsLocationsModule?.locations?.length ?? 0;

const renderCard = (study: Study, props: { actions?: ReactNode; headingLevel?: 2 | 3; now?: Date } = {}) =>
  render(
    <MemoryRouter>
      <ResultCard study={study} {...props} />
    </MemoryRouter>,
  );

/** All records, card fields only, fetched page by page as the result list will. */
async function fetchCards(): Promise<Map<string, Study>> {
  const params = { fields: CARD_FIELDS.join(","), pageSize: "100" };
  const cards = new Map<string, Study>();
  let token: string | undefined;
  do {
    const page = await searchStudies(params, token, new AbortController().signal);
    for (const study of page.studies) cards.set(idOf(study) ?? "?", study);
    token = page.nextPageToken;
  } while (token);
  return cards;
}

describe.skipIf(ids.length === 0)(`result card over the real corpus (${ids.length} records)`, () => {
  let cards = new Map<string, Study>();
  beforeAll(async () => {
    cards = await fetchCards();
  });

  test("the list request returns every record, without the fields the card does not use", () => {
    expect(cards.size).toBe(ids.length);
    const sample = cards.get(ids[0] ?? "");
    expect(sample?.protocolSection?.descriptionModule).toBeUndefined();
    expect(sample?.derivedSection).toBeUndefined();
  });

  test.each(ids)("%s", (nctId) => {
    const full = corpus.byId(nctId);
    const card = cards.get(nctId);
    if (!full || !card) throw new Error(`${nctId} missing`);
    // The projection keeps one (possibly empty) entry per site, so the count survives fields=.
    expect(siteCount(card)).toBe(siteCount(full));

    const { container, unmount } = renderCard(card);
    const article = container.querySelector("article");
    if (!article) throw new Error("no article");
    const heading = within(article).getByRole("heading", { level: 3 });
    expect(article.getAttribute("aria-labelledby")).toBe(heading.id);
    const title = squash(full.protocolSection?.identificationModule?.briefTitle);
    expect(squash(heading.textContent)).toContain(title || "Untitled study");
    expect(within(heading).getByRole("link").getAttribute("href")).toBe(`/study/${nctId}`);
    expect(within(article).getByText(nctId)).toBeTruthy();

    const sites = siteCount(full);
    const where = article.querySelector("[data-sites]");
    expect(where?.getAttribute("data-sites")).toBe(String(sites));
    if (sites === 0) expect(where?.textContent).toBe("No sites listed yet");
    else expect(where?.textContent).toMatch(new RegExp(`^${sites.toLocaleString("en-US")} sites?\\b`));
    expect(within(article).queryByText("Results posted") !== null).toBe(full.hasResults === true);

    const text = article.textContent ?? "";
    const record = JSON.stringify(full);
    for (const word of JUNK) expect(count(text, word), String(word)).toBeLessThanOrEqual(count(record, word));
    unmount();

    const { container: fromFull, unmount: unmountFull } = renderCard(full);
    expect(fromFull.textContent).toBe(text);
    unmountFull();
  });

  test("a study with hundreds of sites (NCT02513394)", () => {
    const study = cards.get("NCT02513394");
    if (!study) return expect.fail("NCT02513394 is not in the corpus");
    const sites = siteCount(study);
    expect(sites).toBeGreaterThan(400);
    renderCard(study);
    expect(screen.getByText(new RegExp(`^${sites} sites in `))).toBeTruthy();
  });

  test("recruiting sites are counted only while the study recruits (UNKNOWN records keep stale site statuses)", () => {
    const recruitingSites = (s: Study) => s.protocolSection?.contactsLocationsModule?.locations?.filter((l) => l.status === "RECRUITING").length ?? 0;
    const withStatus = (status: string) =>
      [...cards.values()].find((s) => s.protocolSection?.statusModule?.overallStatus === status && recruitingSites(s) > 0);
    const open = withStatus("RECRUITING");
    const stale = withStatus("UNKNOWN");
    if (!open || !stale) return expect.fail("the corpus lacks a recruiting or an UNKNOWN record with recruiting sites");
    const RECRUITING_SITES = /sites? recruiting|site is recruiting/;
    // Seen the month after its status was verified: trusted, so its sites count (later it is shown as UNKNOWN).
    const [year, month] = (open.protocolSection?.statusModule?.statusVerifiedDate ?? "").split("-").map(Number);
    const { container: openCard, unmount } = renderCard(open, { now: new Date(year ?? 0, month ?? 0, 15) });
    expect(openCard.textContent).toMatch(RECRUITING_SITES);
    unmount();
    const { container: staleCard } = renderCard(stale);
    expect(staleCard.textContent).not.toMatch(RECRUITING_SITES);
  });

  test("a study without locations", () => {
    const study = [...cards.values()].find((s) => siteCount(s) === 0);
    if (!study) return expect.fail("the corpus has no record without locations");
    renderCard(study);
    expect(screen.getByText("No sites listed yet")).toBeTruthy();
    expect(screen.queryByText(/recruiting now|sites? recruiting/)).toBeNull();
  });
});

// The dates come from the record in the corpus at test time (records are not copied into tests):
// NCT03840928 is Recruiting with an estimated end that falls in the second year after its verification.
const STALE_ID = "NCT03840928";

describe.skipIf(ids.length === 0)(`the card's status and how far it can be trusted (${STALE_ID})`, () => {
  const study = () => corpus.byId(STALE_ID) ?? expect.fail(`${STALE_ID} is not in the corpus`);
  const status = () => study().protocolSection?.statusModule;
  const verified = () => status()?.statusVerifiedDate;
  const end = () => status()?.completionDateStruct?.date;
  const badgeOf = (article: HTMLElement) => article.querySelector("span.rounded-full");

  test("the record is still one these tests fit", () => {
    expect(status()?.overallStatus).toBe("RECRUITING");
    expect(status()?.completionDateStruct?.type).toBe("ESTIMATED");
    expect(monthsAfter(verified(), 1).getTime()).toBeLessThan(monthsAfter(end(), 0).getTime());
    expect(Math.max(monthsAfter(verified(), 13).getTime(), monthsAfter(end(), 1).getTime())).toBeLessThan(monthsAfter(verified(), 24).getTime());
  });

  test("fresh: the status and its plain line, in full colour", () => {
    const { container } = renderCard(study(), { now: monthsAfter(verified(), 1) });
    const article = container.querySelector("article") as HTMLElement;
    expect(squash(badgeOf(article)?.textContent)).toBe("●Recruiting");
    expect(badgeOf(article)?.hasAttribute("data-muted")).toBe(false);
    expect(squash(article.querySelector(".status-note")?.textContent)).toBe("Looking for participants now.");
    expect(article.textContent).not.toMatch(/out of date|last confirmed|expected to end/);
  });

  test("more than a year unconfirmed and past its expected end: toned down, with the reasons in words", () => {
    const now = new Date(Math.max(monthsAfter(verified(), 13).getTime(), monthsAfter(end(), 1).getTime()));
    const { container } = renderCard(study(), { now });
    const article = container.querySelector("article") as HTMLElement;
    expect(squash(badgeOf(article)?.textContent)).toBe("●Recruiting");
    expect(badgeOf(article)?.getAttribute("data-muted")).toBe("true");
    expect(squash(article.querySelector(".status-note")?.textContent)).toBe(
      `⚠ May be out of date: status last confirmed ${monthYear(verified())}; was expected to end ${monthYear(end())}.`,
    );
  });

  test("more than two years unconfirmed: shown as the registry would, UNKNOWN, with what it last said", () => {
    const { container } = renderCard(study(), { now: monthsAfter(verified(), 25) });
    const article = container.querySelector("article") as HTMLElement;
    expect(squash(badgeOf(article)?.textContent)).toBe("?Status unknown");
    expect(squash(article.querySelector(".status-note")?.textContent)).toBe(
      `⚠ Last reported as Recruiting; status last confirmed ${monthYear(verified())}; was expected to end ${monthYear(end())}.`,
    );
    expect(article.textContent).not.toMatch(/sites? recruiting|site is recruiting/);
  });
});

describe("result card parts", () => {
  const study: Study = {
    protocolSection: {
      identificationModule: { nctId: "NCT01234567", briefTitle: "Exercise after Stroke", acronym: "EXS" },
      statusModule: { overallStatus: "RECRUITING", lastUpdatePostDateStruct: { date: "2025-03-04" } },
      conditionsModule: { conditions: ["Stroke", "Hemiparesis", "Aphasia", "Fatigue", "Depression"] },
      designModule: { studyType: "OBSERVATIONAL" },
      sponsorCollaboratorsModule: { leadSponsor: { name: "Example University" } },
      eligibilityModule: { minimumAge: "18 Years", sex: "FEMALE", healthyVolunteers: true },
      contactsLocationsModule: { locations: [{ country: "Canada", status: "RECRUITING" }, { country: "Canada", status: "COMPLETED" }] },
    },
    hasResults: true,
  };

  test("shows each line in plain words, and the article is named by its title", () => {
    renderCard(study);
    const article = screen.getByRole("article", { name: "Exercise after Stroke (EXS)" });
    expect(within(article).getByRole("heading", { level: 3 })).toBeTruthy();
    expect(within(article).getByRole("link", { name: "Exercise after Stroke (EXS)" }).getAttribute("href")).toBe("/study/NCT01234567");
    for (const words of [
      "Recruiting",
      "Looking for participants now.",
      "Observational",
      "Results posted",
      "Stroke; Hemiparesis; Aphasia",
      "and 2 more",
      "18 years and older · Female only · Accepts healthy volunteers",
      "2 sites in Canada",
      "· 1 of 2 sites recruiting",
      "Example University",
    ]) {
      expect(squash(article.textContent)).toContain(words);
    }
    expect(within(article).getByText("March 4, 2025").closest("time")?.getAttribute("datetime")).toBe("2025-03-04");
  });

  test("renders the actions slot inside the card, and the heading level asked for", () => {
    renderCard(study, { actions: <button type="button">Save</button>, headingLevel: 2 });
    const article = screen.getByRole("article");
    expect(within(article).getByRole("button", { name: "Save" })).toBeTruthy();
    expect(within(article).getByRole("heading", { level: 2 }).textContent).toBe("Exercise after Stroke (EXS)");
  });

  test("an empty study still reads as words, with no link and no junk", () => {
    const { container } = renderCard({});
    expect(screen.getByRole("heading", { level: 3 }).textContent).toBe("Untitled study");
    expect(screen.queryByRole("link")).toBeNull();
    expect(container.textContent).toContain("No sites listed yet");
    expect(container.textContent).toContain("Status not stated");
    expect(container.textContent).not.toMatch(/undefined|null|NaN|\[object/);
  });
});
