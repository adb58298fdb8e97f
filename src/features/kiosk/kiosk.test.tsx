import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { act, fireEvent, renderHook, screen, waitFor, within } from "@testing-library/react";
import { renderRoute } from "../../testing/render-route";
import { corpus } from "../../testing/server";
import { useIdle } from "./use-idle";

// The kiosk inside the real app (routes, layout, query client), over the replica.
const needsCorpus = corpus.studies.length === 0;
const titleOf = (nctId: string) => corpus.byId(nctId)?.protocolSection?.identificationModule?.briefTitle ?? "(missing)";

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => document.documentElement.removeAttribute("data-kiosk"));

describe("kiosk mode in the app", () => {
  test("?kiosk=1 turns it on and comes off the address; ?kiosk=0 turns it off", async () => {
    const { location } = renderRoute("/search?cond=asthma&kiosk=1");
    await waitFor(() => expect(location().search).toBe("?cond=asthma"));
    expect(await screen.findByRole("button", { name: "Start over" })).toBeTruthy();
    expect(document.documentElement.hasAttribute("data-kiosk")).toBe(true);
    expect(sessionStorage.getItem("trial-finder:kiosk")).toBe("1");
    expect(screen.getByRole("link", { name: "Trial Finder" }).getAttribute("href")).toBe("/kiosk");
  });

  test("?kiosk=0 on /kiosk ends it and goes home", async () => {
    sessionStorage.setItem("trial-finder:kiosk", "1");
    const { location } = renderRoute("/kiosk?kiosk=0");
    await waitFor(() => expect(location().pathname).toBe("/"));
    expect(await screen.findByRole("heading", { level: 1, name: "Find a clinical trial" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Start over" })).toBeNull();
    expect(document.documentElement.hasAttribute("data-kiosk")).toBe(false);
    expect(sessionStorage.getItem("trial-finder:kiosk")).toBeNull();
  });

  test("the start page: welcome, privacy line, search form; Take it with you shows the saved list's link", async () => {
    const { user } = renderRoute("/kiosk");
    expect(await screen.findByRole("heading", { level: 1, name: /Welcome/ })).toBeTruthy();
    expect(screen.getByText("This screen forgets everything after 2 minutes without use.")).toBeTruthy();
    expect(screen.getByRole("search", { name: "Search for clinical trials" })).toBeTruthy();

    const [inHeader] = screen.getAllByRole("button", { name: "Take it with you" });
    await user.click(inHeader!);
    let dialog = await screen.findByRole("dialog", { name: "Take your list with you" });
    expect(within(dialog).getByText(/You have not saved any studies yet/)).toBeTruthy();
    await user.click(within(dialog).getByRole("button", { name: "Close" }));

    const items = ["NCT02513394", "NCT00405041"].map((nctId) => ({ nctId, savedAt: "2026-01-01T00:00:00.000Z", seen: { sites: 1 } }));
    localStorage.setItem("trial-finder:saved", JSON.stringify({ version: 1, items }));
    await user.click(inHeader!);
    dialog = await screen.findByRole("dialog", { name: "Take your list with you" });
    expect(within(dialog).getByText(/the 2 studies you saved/)).toBeTruthy();
    expect(await within(dialog).findByText("http://localhost/list?ids=NCT02513394,NCT00405041")).toBeTruthy();
  });

  test.skipIf(needsCorpus)("an external link shows a QR code instead of leaving", async () => {
    sessionStorage.setItem("trial-finder:kiosk", "1");
    const { user } = renderRoute("/study/NCT00405041");
    await screen.findByRole("heading", { level: 1, name: new RegExp(titleOf("NCT00405041").slice(0, 20)) });
    expect(screen.queryByRole("link", { name: /Official record on ClinicalTrials.gov/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: /Official record on ClinicalTrials.gov/ }));
    const dialog = await screen.findByRole("dialog", { name: "Scan to open this on your phone" });
    expect(within(dialog).getByText("Official record on ClinicalTrials.gov")).toBeTruthy();
    expect(await within(dialog).findByText("https://clinicaltrials.gov/study/NCT00405041")).toBeTruthy();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  test.skipIf(needsCorpus)("Start over forgets everything, and Back afterwards shows none of it", async () => {
    sessionStorage.setItem("trial-finder:kiosk", "1");
    const { user, location, go, client } = renderRoute("/kiosk");
    await screen.findByRole("heading", { level: 1, name: /Welcome/ });
    await user.type(screen.getByRole("textbox", { name: /condition/i }), "asthma");
    await user.click(screen.getByRole("button", { name: "Search" }));
    await waitFor(() => expect(location().pathname).toBe("/search"));
    await act(async () => void go(-1)); // Back within one visit is fine
    await screen.findByRole("heading", { level: 1, name: /Welcome/ });
    await act(async () => void go(1));
    await waitFor(() => expect(location().pathname).toBe("/search"));
    const studyLinks = async () =>
      (await screen.findAllByRole("link")).filter((a) => a.getAttribute("href")?.startsWith("/study/"));
    const [firstStudy] = await waitFor(async () => {
      const links = await studyLinks();
      expect(links.length).toBeGreaterThan(0);
      return links;
    });
    await user.click(firstStudy!);
    await waitFor(() => expect(location().pathname).toMatch(/^\/study\//));
    localStorage.setItem("trial-finder:distance-unit", "km");

    await user.click(screen.getByRole("button", { name: "Start over" }));
    const confirm = await screen.findByRole("dialog", { name: "Start over?" });
    await user.click(within(confirm).getByRole("button", { name: "Yes, start over" }));
    await waitFor(() => expect(location().pathname).toBe("/kiosk"));
    const heading = await screen.findByRole("heading", { level: 1, name: /Welcome/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect((screen.getByRole("textbox", { name: /condition/i }) as HTMLInputElement).value).toBe("");
    expect(localStorage.length).toBe(0);
    expect(client.getQueryCache().getAll().filter((q) => JSON.stringify(q.queryKey).includes("asthma"))).toEqual([]);
    expect(sessionStorage.getItem("trial-finder:kiosk")).toBe("1");

    await act(async () => void go(-1)); // into the last visitor's search: replaced by the start page
    await waitFor(() => expect(location().pathname).toBe("/kiosk"));
    expect(screen.queryByText(/asthma/i)).toBeNull();
    expect((await studyLinks().catch(() => [])).length).toBe(0);
  });
});

describe("useIdle", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test("window input keeps it awake; in the warning, a press counts only once it is a click", () => {
    const onExpire = vi.fn();
    const { result } = renderHook(() => useIdle({ idleSeconds: 60, warningSeconds: 20, onExpire }));
    act(() => vi.advanceTimersByTime(59_000));
    fireEvent.keyDown(window, { key: "a" });
    act(() => vi.advanceTimersByTime(59_000));
    expect(result.current.state.warning).toBe(false);
    act(() => vi.advanceTimersByTime(1_000));
    expect(result.current.state).toEqual({ warning: true, secondsLeft: 20 });

    fireEvent.pointerDown(window);
    fireEvent.scroll(window);
    expect(result.current.state.warning).toBe(true);
    fireEvent.click(window);
    expect(result.current.state.warning).toBe(false);

    act(() => vi.advanceTimersByTime(80_000));
    expect(onExpire).toHaveBeenCalledTimes(1);
  });
});
