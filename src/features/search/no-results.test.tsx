import { describe, expect, test } from "vitest";
import { screen, waitFor } from "@testing-library/react";
import { renderRoute } from "../../testing/render-route";
import { corpus, recordRequests } from "../../testing/server";
import { searchStudies } from "../../api/studies";
import type { LatLon } from "../../lib/geo/distance";
import type { Search } from "./search-types";
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
    const link = screen.getByRole("link", { name: "Include studies of any status, also finished ones" });
    expect(link.getAttribute("href")).toBe("/search?cond=cancer&status=all&near=42.36,-71.06&radius=10mi");
    await waitFor(() => expect(link.parentElement?.textContent).toContain(studies(nearby)));
    // Every count request was limited to the place, like the results request.
    const counts = requests.map((url) => new URL(url)).filter((url) => url.searchParams.get("pageSize") === "1");
    expect(counts.length).toBeGreaterThan(0);
    for (const url of counts) expect(url.searchParams.get("filter.geo")).toBe("distance(42.36,-71.06,10mi)");
  });
});
