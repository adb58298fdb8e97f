import { describe, expect, test } from "vitest";
import { screen, waitFor } from "@testing-library/react";
import { renderRoute } from "../../testing/render-route";
import { corpus, recordRequests } from "../../testing/server";
import { searchStudies } from "../../api/studies";
import type { LatLon } from "../../lib/geo/distance";
import type { Search } from "./search-types";
import { searchToPath } from "./search-url";
import { toApiParams } from "./to-api-params";

const total = async (search: Search, origin?: LatLon) =>
  (await searchStudies(toApiParams(search, origin), undefined, new AbortController().signal)).totalCount ?? -1;
const studies = (n: number) => (n === 0 ? "(no studies either)" : `(${n} ${n === 1 ? "study" : "studies"})`);

describe.skipIf(corpus.studies.length === 0)("no results", () => {
  test("a suggestion's count keeps the search's distance limit, so it is what the link then shows", async () => {
    const requests = recordRequests();
    const boston = { lat: 42.36, lon: -71.06 };
    const near = { kind: "point", ...boston } as const;
    const widened: Search = { cond: "cancer", status: [], near, radius: { value: 10, unit: "mi" } };
    const [nearby, everywhere] = [await total(widened, boston), await total({ ...widened, near: undefined })];
    expect(nearby, "the corpus no longer tells the two apart").not.toBe(everywhere);

    renderRoute("/search?cond=cancer&near=42.36,-71.06&radius=10mi");
    expect(await screen.findByRole("heading", { name: "No studies match this search" })).toBeTruthy();
    const link = await screen.findByRole("link", { name: "Include studies of any status, also finished ones" });
    expect(link.getAttribute("href")).toBe("/search?cond=cancer&status=all&near=42.36,-71.06&radius=10mi");
    await waitFor(() => expect(link.parentElement?.textContent).toContain(studies(nearby)));
    // Every count request was limited to the place, like the results request.
    const counts = requests.map((url) => new URL(url)).filter((url) => url.searchParams.get("pageSize") === "1");
    expect(counts.length).toBeGreaterThan(0);
    for (const url of counts) expect(url.searchParams.get("filter.geo")).toBe("distance(42.36,-71.06,10mi)");
  });

  test("a misspelt condition: 'Did you mean …?' links to the same search with the word corrected, with its count", async () => {
    const corrected: Search = { cond: "breast cancer", status: [] };
    const found = await total(corrected);
    expect(found, "the corpus has no breast cancer studies").toBeGreaterThan(0);
    expect(await total({ ...corrected, cond: "brest cancer" })).toBe(0);

    const requests = recordRequests();
    renderRoute("/search?cond=brest+cancer&status=all");
    const link = await screen.findByRole("link", { name: "Did you mean breast cancer?" });
    expect(link.getAttribute("href")).toBe(searchToPath(corrected));
    await waitFor(() => expect(link.parentElement?.textContent).toContain(studies(found)));
    expect(requests.filter((url) => url.endsWith("/words/conditions.txt"))).toHaveLength(1);
  });

  test("the word list is fetched only when a search finds nothing, and a correct condition gets no suggestion", async () => {
    const requests = recordRequests();
    const found = renderRoute("/search?cond=asthma&status=all");
    expect(await screen.findByRole("heading", { name: /^\d+ stud(y|ies)/ })).toBeTruthy();
    expect(requests.some((url) => url.includes("/words/"))).toBe(false);
    found.unmount();

    renderRoute("/search?cond=asthma&phase=early&type=OBSERVATIONAL");
    expect(await screen.findByRole("heading", { name: "No studies match this search" })).toBeTruthy();
    await waitFor(() => expect(requests.some((url) => url.includes("/words/"))).toBe(true));
    await waitFor(() => expect(screen.getByRole("link", { name: /Any phase/ })).toBeTruthy());
    expect(screen.queryByRole("link", { name: /Did you mean/ })).toBeNull();
  });
});

