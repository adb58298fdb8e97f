import { act, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { aboutYou } from "../../lib/about-you";
import { ageInYears } from "../../lib/ages";
import { renderRoute } from "../../testing/render-route";
import { corpus, recordRequests } from "../../testing/server";
import { addedFilters, applyAboutYou, aboutYouFilters, filterWords, showAllStudies } from "./about-you-search";
import { toApiParams } from "./to-api-params";

// jsdom has no layout: every loaded card is rendered (as in search-page.test.tsx).
vi.mock("@tanstack/react-virtual", () => ({
  useWindowVirtualizer: ({ count, getItemKey }: { count: number; getItemKey: (i: number) => string | number }) => ({
    getVirtualItems: () => Array.from({ length: count }, (_, index) => ({ index, key: getItemKey(index), start: 0, size: 0, end: 0, lane: 0 })),
    getTotalSize: () => 0,
    measureElement: () => {},
    measurementsCache: [],
    options: { scrollMargin: 0 },
  }),
}));

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

const TODAY = new Date("2026-12-05T12:00:00Z");

describe("what About you adds to a search", () => {
  it("stands for the registry's age, sex and healthy-volunteer filters", () => {
    expect(aboutYouFilters(undefined)).toEqual({});
    expect(aboutYouFilters({ age: 45, sex: "MALE", role: "volunteer" })).toEqual({ age: 45, sex: "MALE", healthy: true });
    // Someone with the condition is not limited to studies taking healthy volunteers.
    expect(aboutYouFilters({ role: "patient" })).toEqual({});
    // A date of birth wins over a typed age.
    expect(aboutYouFilters({ age: 45, birthDate: "2000-12-06" }, TODAY)).toEqual({ age: 25 });
  });

  it("adds only what the search leaves open: the address's own filters win", () => {
    const filters = { age: 45, sex: "MALE" as const, healthy: true as const };
    expect(addedFilters({}, filters)).toEqual(filters);
    expect(addedFilters({ age: 30, sex: "FEMALE", healthy: true }, filters)).toEqual({});
    // An age group is an age filter too.
    expect(addedFilters({ agegroup: ["child"] }, filters)).toEqual({ sex: "MALE", healthy: true });
    // The registry ignores filters for a search by NCT numbers only, so About you cannot narrow it.
    expect(addedFilters({ id: "NCT01234567, NCT07654321" }, filters)).toEqual({});
    expect(addedFilters({ id: "NCT01234567 heart" }, filters)).toEqual(filters);
  });

  it("is applied to searches while on, and never once the visitor chose every study", () => {
    aboutYou.set({ age: 45, sex: "FEMALE" });
    expect(applyAboutYou({ cond: "asthma" })).toEqual({ cond: "asthma", age: 45, sex: "FEMALE" });
    showAllStudies.set(true);
    expect(applyAboutYou({ cond: "asthma" })).toEqual({ cond: "asthma" });
    // Nothing of it is ever kept outside this tab.
    expect(localStorage.length).toBe(0);
  });

  it("says what it adds in the summary's words", () => {
    expect(filterWords({ age: 45, sex: "MALE", healthy: true })).toBe("age 45, male, taking healthy volunteers");
    expect(filterWords({})).toBe("");
  });
});

const needsCorpus = corpus.studies.length === 0;

/** Studies open to a woman of `age` by the records' own fields (a missing limit is no limit), counted by hand. */
function openTo(age: number): number {
  return corpus.studies.filter((study) => {
    const e = study.protocolSection?.eligibilityModule;
    const min = ageInYears(e?.minimumAge);
    const max = ageInYears(e?.maximumAge);
    return (min === undefined || min <= age) && (max === undefined || max >= age) && (e?.sex === "FEMALE" || e?.sex === "ALL");
  }).length;
}

const countHeading = (n: number) => ({ level: 2, name: `${n.toLocaleString("en-US")} ${n === 1 ? "study" : "studies"}` });

describe.skipIf(needsCorpus)("About you on the search page", () => {
  it("narrows the search with the registry's filters, says so, keeps them out of the address, and shows the fit on each card", async () => {
    aboutYou.set({ age: 9, sex: "FEMALE" });
    const requests = recordRequests();
    const { location, user } = renderRoute("/search?status=all");
    const expected = openTo(9);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(corpus.studies.length);
    await screen.findByRole("heading", countHeading(expected));
    // The panel's details load once About you holds something (about-you-panel.tsx).
    expect(await screen.findByText("Showing only studies open to you: age 9, female. This is not in the link.")).toBeTruthy();
    expect(location().search).toBe("?status=all");
    // The list's request carries the filters; its query is what toApiParams makes of them.
    const sent = requests.map((u) => new URL(u)).find((u) => u.pathname.endsWith("/studies") && u.searchParams.get("pageSize") !== "1");
    expect(sent?.searchParams.get("filter.advanced")).toBe(toApiParams({ status: [], age: 9, sex: "FEMALE" })["filter.advanced"]);

    // Each card says how it fits, in words.
    const card = (await screen.findAllByRole("article"))[0]!;
    await waitFor(() => expect(within(card).getByText("For you")).toBeTruthy());
    expect(within(card).getByText(/^Ages .*: you are 9$/)).toBeTruthy();

    // Every study instead: the count of the whole search, and cards that rule her out say so.
    await user.click(screen.getByRole("checkbox", { name: "Only studies open to you" }));
    await screen.findByRole("heading", countHeading(corpus.studies.length));
    expect(screen.getByText("Showing every study; each says how it fits you (age 9, female).")).toBeTruthy();
    expect(location().search).toBe("?status=all");
    expect(showAllStudies.get()).toBe(true);
  });

  it("puts the filters in the link only when the visitor asks, and focus stays on the panel", async () => {
    aboutYou.set({ age: 9, sex: "FEMALE" });
    const { location, user } = renderRoute("/search?status=all");
    await screen.findByRole("heading", countHeading(openTo(9)));
    await user.click(screen.getByRole("button", { name: "Add age 9, female to the link" }));
    await waitFor(() => expect(location().search).toBe("?status=all&age=9&sex=FEMALE"));
    const sentence = await screen.findByText("This link sets its own filters; each study says how it fits you (age 9, female).");
    expect(document.activeElement).toBe(sentence);
    await screen.findByRole("heading", countHeading(openTo(9)));
  });

  it("offers every study when About you is why nothing is found", async () => {
    // Studies on lumbar disc problems open to men only, and a woman's About you.
    const menOnly = corpus.studies.filter((study) => study.protocolSection?.eligibilityModule?.sex === "MALE");
    const title = menOnly[0]?.protocolSection?.identificationModule?.briefTitle ?? "";
    expect(title).not.toBe("");
    aboutYou.set({ sex: "FEMALE" });
    const { user } = renderRoute(`/search?term=${encodeURIComponent(`"${title}"`)}&status=all`);
    await screen.findByRole("heading", { level: 2, name: "No studies" });
    const offer = await screen.findByRole("button", { name: "Show every study" });
    await screen.findByText("(1 study)");
    await user.click(offer);
    await screen.findByRole("heading", countHeading(1));
    // The heading above the box took the focus, so it is not lost with the box.
    expect(document.activeElement).toBe(screen.getByRole("heading", countHeading(1)));
    const card = screen.getByRole("article");
    await waitFor(() => expect(within(card).getByText("Men only: you said female")).toBeTruthy());
    expect(within(card).getByText("Rules you out:")).toBeTruthy();
  });

  it("does not claim to narrow a search by NCT number, which the registry never filters", async () => {
    const menOnly = corpus.studies.find((study) => study.protocolSection?.eligibilityModule?.sex === "MALE");
    const id = menOnly?.protocolSection?.identificationModule?.nctId ?? "";
    aboutYou.set({ sex: "FEMALE" });
    const requests = recordRequests();
    renderRoute(`/search?id=${id}&status=all`);
    await screen.findByRole("heading", countHeading(1));
    expect(await screen.findByText("A search by study number shows those studies whatever the filters; each says how it fits you (female).")).toBeTruthy();
    expect(screen.queryByRole("checkbox", { name: "Only studies open to you" })).toBeNull();
    expect(requests.some((u) => new URL(u).searchParams.has("filter.advanced"))).toBe(false);
    await waitFor(() => expect(within(screen.getByRole("article")).getByText("Men only: you said female")).toBeTruthy());
  });

  it("asks nothing of a visitor who has told nothing, and its form is the one on study pages", async () => {
    const { user } = renderRoute("/search?status=all");
    await screen.findByRole("heading", countHeading(corpus.studies.length));
    expect(screen.queryByRole("checkbox", { name: "Only studies open to you" })).toBeNull();
    expect(screen.queryByText("For you")).toBeNull();
    const open = screen.getByRole("button", { name: "Tell us about you" });
    await user.click(open);
    // The details load, their own button takes the focus (the prompt's is gone), and the form is open.
    const opened = await screen.findByRole("button", { name: "Tell us about you", expanded: true });
    expect(document.activeElement).toBe(opened);
    await user.type(await screen.findByLabelText("Age in years"), "9");
    await user.click(screen.getByRole("radio", { name: "Female" }));
    expect(aboutYou.get()).toEqual({ age: 9, sex: "FEMALE" });
    await screen.findByRole("heading", countHeading(openTo(9)));
  });

  it("waits for a pause before searching a new age, so typing 45 does not search for 4", async () => {
    aboutYou.set({ sex: "FEMALE" });
    const requests = recordRequests();
    const { user } = renderRoute("/search?status=all");
    await user.click(await screen.findByRole("button", { name: "Change what you told us" }));
    await user.type(await screen.findByLabelText("Age in years"), "45");
    await screen.findByRole("heading", countHeading(openTo(45)));
    const ages = requests
      .map((u) => new URL(u).searchParams.get("filter.advanced") ?? "")
      .map((f) => /RANGE\[MIN, (\d+) years\]/.exec(f)?.[1])
      .filter(Boolean);
    expect(ages).not.toContain("4");
    expect(ages).toContain("45");
  });

  it("is gone after a kiosk-style wipe of the tab's storage", async () => {
    aboutYou.set({ age: 9, sex: "FEMALE" });
    renderRoute("/search?status=all");
    await screen.findByRole("heading", countHeading(openTo(9)));
    act(() => {
      sessionStorage.clear();
      aboutYou.set(undefined);
    });
    await screen.findByRole("heading", countHeading(corpus.studies.length));
    expect(screen.getByRole("button", { name: "Tell us about you" })).toBeTruthy();
  });
});
