import { describe, expect, test, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import type { QueryClient } from "@tanstack/react-query";
import { MemoryRouter } from "react-router";
import { AppRoutes } from "../../app/app-routes";
import { Providers } from "../../app/providers";
import { createQueryClient } from "../../app/query-client";
import { corpus, recordRequests } from "../../testing/server";
import { startSearchRequest } from "./results-query";
import type { Search } from "./search-types";
import { searchToPath } from "./search-url";

// A submit on the start page starts the results request itself (home-search.tsx), so it runs while the
// results page's code loads. That only helps if the page then finds it: same parse, params and key.
const studiesRequests = (urls: string[]) => urls.map((u) => new URL(u)).filter((u) => u.pathname.endsWith("/studies"));

function openResults(client: QueryClient, search: Search) {
  render(
    <Providers client={client}>
      <MemoryRouter initialEntries={[searchToPath(search)]}>
        <AppRoutes />
      </MemoryRouter>
    </Providers>,
  );
}

describe.skipIf(corpus.studies.length === 0)("startSearchRequest", () => {
  test.each<[string, Search]>([
    ["a condition (text is sent as the page sends it)", { cond: "  asthma " }],
    ["filters and a chosen sort", { cond: "cancer", status: [], phase: ["2"], sort: "start" }],
    ["a ZIP code (looked up first, as the page does)", { cond: "cancer", status: [], near: { kind: "zip", zip: "02115" }, radius: { value: 250, unit: "mi" } }],
  ])("%s: the results page shows the prefetched page and sends no request of its own", async (_, search) => {
    const client = createQueryClient();
    const sent = recordRequests();
    await startSearchRequest(client, search);
    expect(studiesRequests(sent)).toHaveLength(1);
    const after = recordRequests();
    openResults(client, search);
    expect(await screen.findByRole("heading", { level: 2, name: /^[\d,]+ stud(y|ies)$/ })).toBeTruthy();
    expect(await screen.findAllByRole("article")).not.toHaveLength(0);
    expect(studiesRequests(after)).toEqual([]);
  });

  test("a place that cannot be found starts no search (the page explains it)", async () => {
    const client = createQueryClient();
    const sent = recordRequests();
    await startSearchRequest(client, { cond: "asthma", near: { kind: "zip", zip: "00000" } });
    expect(studiesRequests(sent)).toEqual([]);
  });

  test("without a place to look up, the request leaves before it returns (before the submit navigates)", async () => {
    const client = createQueryClient();
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    try {
      const started = startSearchRequest(client, { cond: "asthma" });
      const studyCalls = fetchSpy.mock.calls.filter(([input]) => String(input instanceof Request ? input.url : input).includes("/studies?"));
      expect(studyCalls).toHaveLength(1);
      await started;
    } finally {
      fetchSpy.mockRestore();
    }
  });
});
