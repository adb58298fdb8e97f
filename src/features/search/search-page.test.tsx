import { describe, expect, test, vi } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { renderRoute } from "../../testing/render-route";
import { corpus, recordRequests, server } from "../../testing/server";
import { API_BASE } from "../../api/config";
import { searchStudies } from "../../api/studies";
import { toApiParams } from "./to-api-params";
import { lookupZip } from "../../lib/geo/zip-lookup";
import type { LatLon } from "../../lib/geo/distance";

// jsdom has no layout, so a virtualiser cannot tell which cards are in view. Here every loaded card is
// rendered, so tests can count them; e2e checks in a real browser that only those near the view are.
vi.mock("@tanstack/react-virtual", () => ({
  useWindowVirtualizer: ({ count, getItemKey }: { count: number; getItemKey: (i: number) => string | number }) => ({
    getVirtualItems: () => Array.from({ length: count }, (_, index) => ({ index, key: getItemKey(index), start: 0, size: 0, end: 0, lane: 0 })),
    getTotalSize: () => 0,
    measureElement: () => {},
    measurementsCache: [],
    options: { scrollMargin: 0 },
  }),
}));

const needsCorpus = corpus.studies.length === 0;
const STUDIES = `${API_BASE}/studies`;

const listRequests = (urls: string[]) => urls.map((u) => new URL(u)).filter((u) => u.pathname.endsWith("/studies"));
const shownIds = () =>
  screen
    .getAllByRole("article")
    .map((card) => within(card).getAllByText(/^NCT\d{8}$/)[0]?.textContent ?? "");

/** The cards once every loaded study is on screen (a new list paints its first screenful, then the rest). */
async function allShownIds(): Promise<string[]> {
  const end = await screen.findByText(/^(Showing [\d,]+ of|That is all [\d,]+ stud)/);
  const loaded = Number(/([\d,]+)/.exec(end.textContent ?? "")?.[1]?.replace(/,/g, ""));
  await waitFor(() => expect(shownIds()).toHaveLength(loaded));
  return shownIds();
}

/** What the replica says a search finds, asked directly, to compare with what the page shows. */
async function registryTotal(search: Parameters<typeof toApiParams>[0], origin?: LatLon): Promise<number> {
  const page = await searchStudies(toApiParams(search, origin), undefined, new AbortController().signal);
  return page.totalCount ?? -1;
}

describe.skipIf(needsCorpus)("search page", () => {
  test("a search URL shows the registry's count and one card per study, asking only for card fields", async () => {
    const requests = recordRequests();
    renderRoute("/search?cond=breast%20cancer&status=all");
    const total = await registryTotal({ cond: "breast cancer", status: [] });
    expect(total).toBeGreaterThan(0);
    const heading = await screen.findByRole("heading", { level: 2, name: `${total} ${total === 1 ? "study" : "studies"}` });
    expect(heading).toBeTruthy();
    const found = `${total} ${total === 1 ? "study" : "studies"} found`;
    // The live region speaks once the results have settled, a task after they render.
    await waitFor(() => expect(screen.getAllByRole("status").some((region) => region.textContent?.includes(found))).toBe(true));
    const ids = await allShownIds();
    expect(ids.length).toBe(Math.min(total, 20));
    for (const url of listRequests(requests)) {
      expect(url.searchParams.get("fields")).toContain("NCTId");
      expect(url.searchParams.get("pageSize")).toBe("20");
    }
    // The form shows the search it came from.
    expect((screen.getByLabelText("Condition or disease") as HTMLInputElement).value).toBe("breast cancer");
  });

  test("walking every page with nextPageToken gives each study once and the whole total", async () => {
    const params = toApiParams({ status: [] });
    const seen: string[] = [];
    let token: string | undefined;
    let total = -1;
    do {
      const page = await searchStudies(params, token, new AbortController().signal);
      if (token === undefined) total = page.totalCount ?? -1;
      seen.push(...(page.studies ?? []).map((s) => s.protocolSection?.identificationModule?.nctId ?? "?"));
      token = page.nextPageToken;
    } while (token);
    expect(total).toBe(corpus.studies.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
  });

  test("Load more adds the next pages without duplicates, then an error on page 3 keeps pages 1-2 and offers a retry", async () => {
    let tokenRequests = 0;
    server.use(
      http.get(STUDIES, ({ request }) => {
        if (!new URL(request.url).searchParams.has("pageToken")) return undefined;
        tokenRequests += 1;
        // Page 3's first attempts fail (the client retries 3 times); later ones reach the replica.
        if (tokenRequests >= 2 && tokenRequests <= 4) return new HttpResponse("Service Unavailable", { status: 503 });
        return undefined;
      }),
    );
    const { user } = renderRoute("/search?status=all");
    await screen.findByRole("heading", { level: 2, name: /studies$/ });
    await user.click(screen.getByRole("button", { name: "Load 20 more" }));
    await waitFor(() => expect(screen.getAllByRole("article")).toHaveLength(40));
    await user.click(screen.getByRole("button", { name: "Load 20 more" }));
    expect(await screen.findByRole("heading", { name: "More results could not be loaded" })).toBeTruthy();
    expect(screen.getAllByRole("article")).toHaveLength(40);
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.getAllByRole("article")).toHaveLength(60));
    const ids = shownIds();
    expect(new Set(ids).size).toBe(60);
    expect(screen.getByText(`Showing 60 of ${corpus.studies.length} studies.`)).toBeTruthy();
  });

  test("an empty page that still carries a token does not end the list", async () => {
    let emptied = false;
    server.use(
      http.get(STUDIES, async ({ request }) => {
        const url = new URL(request.url);
        const token = url.searchParams.get("pageToken");
        if (!token || emptied) return undefined;
        emptied = true;
        // Page 2 arrives empty but hands back the same token, as the registry may do.
        return HttpResponse.json({ studies: [], nextPageToken: token });
      }),
    );
    const { user } = renderRoute("/search?status=all");
    await screen.findByRole("heading", { level: 2, name: /studies$/ });
    await user.click(screen.getByRole("button", { name: "Load 20 more" }));
    await waitFor(() => expect(emptied).toBe(true));
    const more = await screen.findByRole("button", { name: "Load 20 more" });
    expect(screen.getAllByRole("article")).toHaveLength(20);
    await user.click(more);
    await waitFor(() => expect(screen.getAllByRole("article")).toHaveLength(40));
  });

  test("a failed first page says so in plain words, keeps the typed text and retries", async () => {
    server.use(http.get(STUDIES, () => new HttpResponse("<html>Service Unavailable</html>", { status: 503 })));
    const { user } = renderRoute("/search?cond=asthma");
    expect(await screen.findByRole("heading", { name: "The registry is unavailable" })).toBeTruthy();
    expect((screen.getByLabelText("Condition or disease") as HTMLInputElement).value).toBe("asthma");
    server.resetHandlers();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { level: 2, name: /stud(y|ies)$/ })).toBeTruthy();
  });

  test("a 400 from the registry is explained with its own message", async () => {
    server.use(http.get(STUDIES, () => new HttpResponse("unknown field: Foo", { status: 400 })));
    renderRoute("/search?cond=asthma");
    expect(await screen.findByRole("heading", { name: "The registry could not handle this request" })).toBeTruthy();
    expect(screen.getByText("unknown field: Foo")).toBeTruthy();
  });

  test("bad parameters are dropped with a dismissible note and the URL made canonical", async () => {
    const { user, location } = renderRoute("/search?phase=7&cond=asthma&status=BOGUS");
    expect(await screen.findByText(/phase=7 was ignored/)).toBeTruthy();
    expect(screen.getByText(/status=BOGUS was ignored/)).toBeTruthy();
    await waitFor(() => expect(location().search).toBe("?cond=asthma"));
    await user.click(screen.getByRole("button", { name: "Dismiss this note" }));
    expect(screen.queryByText(/phase=7 was ignored/)).toBeNull();
  });

  test("a registry-website search link gives the same search here", async () => {
    const { location } = renderRoute("/search?cond=asthma&aggFilters=phase:2,status:rec");
    await waitFor(() => expect(location().search).toBe("?cond=asthma&status=RECRUITING&phase=2"));
  });

  test("typing searches after a pause and replaces the history entry; a filter change pushes one", async () => {
    const requests = recordRequests();
    const { user, location, go } = renderRoute("/search", ["/"]);
    await screen.findByRole("heading", { level: 2, name: /stud(y|ies)$/ });
    const before = listRequests(requests).length;
    await user.type(screen.getByLabelText("Condition or disease"), "asthma");
    await waitFor(() => expect(location().search).toBe("?cond=asthma"));
    await screen.findByRole("heading", { level: 2, name: /stud(y|ies)$/ });
    // One search for the whole word, not one per letter.
    expect(listRequests(requests).slice(before).filter((u) => u.searchParams.has("query.cond"))).toHaveLength(1);

    await user.click(screen.getByText(/^Filters/));
    await user.click(await screen.findByRole("radio", { name: "Any status, including finished studies" }));
    await waitFor(() => expect(location().search).toBe("?cond=asthma&status=all"));

    act(() => go(-1));
    await waitFor(() => expect(location().search).toBe("?cond=asthma"));
    expect((screen.getByLabelText("Condition or disease") as HTMLInputElement).value).toBe("asthma");
    // Typing replaced /search, so one more step back leaves the search page.
    act(() => go(-1));
    await waitFor(() => expect(location().pathname).toBe("/"));
  });

  test("Back and Forward show cached results without a new request", async () => {
    const { user, location, go } = renderRoute("/search?cond=cancer");
    await screen.findByRole("heading", { level: 2, name: /stud(y|ies)$/ });
    const firstIds = await allShownIds();
    await user.click(screen.getByText(/^Filters/));
    await user.click(await screen.findByRole("checkbox", { name: "Phase 2" }));
    await waitFor(() => expect(location().search).toBe("?cond=cancer&phase=2"));
    await screen.findByRole("heading", { level: 2, name: /stud(y|ies)$/ });
    await waitFor(() => expect(screen.queryByText("Updating…")).toBeNull());
    const requests = recordRequests();
    act(() => go(-1));
    await waitFor(() => expect(location().search).toBe("?cond=cancer"));
    await waitFor(() => expect(shownIds()).toEqual(firstIds));
    act(() => go(1));
    await waitFor(() => expect(location().search).toBe("?cond=cancer&phase=2"));
    expect(listRequests(requests)).toEqual([]);
  });

  test("submitting pushes a new entry at once", async () => {
    const { user, location, go } = renderRoute("/search?cond=asthma");
    await screen.findByRole("heading", { level: 2, name: /stud(y|ies)$/ });
    const input = screen.getByLabelText("Condition or disease");
    await user.clear(input);
    await user.type(input, "cancer{Enter}");
    await waitFor(() => expect(location().search).toBe("?cond=cancer"));
    act(() => go(-1));
    await waitFor(() => expect(location().search).toBe("?cond=asthma"));
  });

  test("no results: suggests the medical term and which filter to drop, with counts", async () => {
    renderRoute("/search?cond=bile%20duct%20cancer&phase=2");
    expect(await screen.findByRole("heading", { name: "No studies match this search" })).toBeTruthy();
    const term = await screen.findByRole("link", { name: "Search for “cholangiocarcinoma” instead of “bile duct cancer”" });
    expect(term.getAttribute("href")).toBe("/search?cond=cholangiocarcinoma&phase=2");
    const anyStatus = screen.getByRole("link", { name: "Include studies of any status, also finished ones" });
    expect(anyStatus.getAttribute("href")).toBe("/search?cond=bile+duct+cancer&status=all&phase=2");
    const expected = await registryTotal({ cond: "bile duct cancer", status: [], phase: ["2"] });
    const count = expected === 0 ? "(no studies either)" : `(${expected} ${expected === 1 ? "study" : "studies"})`;
    await waitFor(() => expect(anyStatus.parentElement?.textContent).toContain(count));
    expect(screen.getByRole("link", { name: /^Any phase, not only Phase 2/ })).toBeTruthy();
  });

  test("a pasted registry study link opens that study; a pasted search link becomes our search", async () => {
    const first = renderRoute("/search");
    await first.user.click(screen.getByLabelText("Condition or disease"));
    await first.user.paste("https://clinicaltrials.gov/study/NCT02513394?tab=results");
    await waitFor(() => expect(first.location().pathname).toBe("/study/NCT02513394"));
    first.unmount();

    const second = renderRoute("/");
    await second.user.click(await screen.findByLabelText("Condition or disease"));
    await second.user.paste("clinicaltrials.gov/search?cond=asthma&aggFilters=status:rec");
    await waitFor(() => expect(second.location().search).toBe("?cond=asthma&status=RECRUITING"));
  });

  test("the home page form searches on submit", async () => {
    const { user, location } = renderRoute("/");
    await user.type(await screen.findByLabelText("Condition or disease"), "asthma");
    await user.click(screen.getByText(/^More search fields/));
    await user.type(screen.getByLabelText("Hospital, city or country"), "Boston");
    expect(location().pathname).toBe("/");
    await user.click(screen.getByRole("button", { name: "Search" }));
    await waitFor(() => expect(location().pathname + location().search).toBe("/search?cond=asthma&locn=Boston"));
    // The reader is taken to the results: the count heading has focus once they are in.
    const heading = await screen.findByRole("heading", { level: 2, name: /^(\d+ stud(y|ies)|No studies)$/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  test("near a ZIP: the registry's studies within the radius, each card with its nearest site, nearest first", async () => {
    renderRoute("/search?status=all&near=02115&radius=250mi&sort=nearest");
    const origin = await lookupZip("02115");
    const total = await registryTotal({ status: [], near: { kind: "zip", zip: "02115" }, radius: { value: 250, unit: "mi" } }, origin);
    expect(total).toBeGreaterThan(1);
    await screen.findByRole("heading", { level: 2, name: `${total} studies` });
    expect(screen.getByText(/^Sorted by the distance to each study's nearest site/)).toBeTruthy();
    const miles = screen.getAllByRole("article").map((card) => {
      const row = within(card).getByText("Nearest site").nextElementSibling?.textContent ?? "";
      expect(row).toMatch(/ within 250 mi$/);
      const match = /, (less than 1|[\d,]+) mi/.exec(row);
      return match?.[1] === "less than 1" ? 0 : Number(match?.[1]?.replaceAll(",", ""));
    });
    expect(miles.every((m) => m <= 250)).toBe(true);
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
  });

  test("a place no site is in is explained, with a way to search without a distance", async () => {
    const { user, location } = renderRoute("/search?near=Nowhereville");
    expect(await screen.findByRole("heading", { name: "We could not find “Nowhereville”" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Search without a distance" }));
    await waitFor(() => expect(location().search).toBe(""));
  });

  test("Use my location asks only on a click, rounds the point and sorts by distance; a refusal is explained", async () => {
    let answer: "allow" | "deny" = "allow";
    const asked = vi.fn();
    Object.defineProperty(navigator, "geolocation", {
      configurable: true,
      value: {
        getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) => {
          asked();
          if (answer === "allow") ok({ coords: { latitude: 42.360123, longitude: -71.058912 } } as GeolocationPosition);
          else fail({ code: 1, PERMISSION_DENIED: 1 } as GeolocationPositionError);
        },
      },
    });
    try {
      const { user, location } = renderRoute("/search?cond=cancer");
      await screen.findByRole("heading", { level: 2, name: /stud(y|ies)$/ });
      expect(asked).not.toHaveBeenCalled();
      await user.click(screen.getByRole("button", { name: "Use my location" }));
      await waitFor(() => expect(location().search).toBe("?cond=cancer&near=42.36,-71.06&sort=nearest"));
      answer = "deny";
      await user.click(screen.getByRole("button", { name: "Use my location" }));
      expect((await screen.findByRole("alert")).textContent).toBe("Your location was not shared. Type a ZIP code or town instead.");
    } finally {
      Reflect.deleteProperty(navigator, "geolocation");
    }
  });
});
