import { describe, expect, test } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { renderRoute } from "../../testing/render-route";
import { corpus, recordRequests, server } from "../../testing/server";
import { API_BASE } from "../../api/config";

const needsCorpus = corpus.studies.length === 0;
const titleOf = (nctId: string) => corpus.byId(nctId)?.protocolSection?.identificationModule?.briefTitle ?? "(missing)";

describe.skipIf(needsCorpus)("study page", () => {
  test("shows the brief title as h1, the id, status, phases, type, conditions and sponsor", async () => {
    renderRoute("/study/NCT00405041");
    const heading = await screen.findByRole("heading", { level: 1 });
    expect(heading.textContent).toContain(titleOf("NCT00405041"));
    expect(screen.getByText("NCT00405041")).toBeTruthy();
    const facts = screen.getByRole("region", { name: "Key facts" });
    expect(within(facts).getByText("Phase 2 and phase 3")).toBeTruthy();
    expect(within(facts).getByText(/Interventional \(clinical trial\)/)).toBeTruthy();
    const link = screen.getByRole("link", { name: /Official record on ClinicalTrials.gov/ });
    expect(link.getAttribute("href")).toBe("https://clinicaltrials.gov/study/NCT00405041");
  });

  test("the h1 adds the acronym only when the title does not already have it", async () => {
    const first = renderRoute("/study/NCT00000410"); // "… Trial (SPORT) - Intervertebral Disc Herniation", acronym SPORT
    const heading = await screen.findByRole("heading", { level: 1, name: /Spine Patient Outcomes/ });
    expect(heading.textContent).toBe(titleOf("NCT00000410"));
    expect(document.title).not.toMatch(/SPORT.*SPORT/);
    first.unmount();
    const record = { protocolSection: { identificationModule: { nctId: "NCT00000002", briefTitle: "Spine Outcomes Trial", acronym: "SPORT" } } };
    server.use(http.get(`${API_BASE}/studies/:id`, () => HttpResponse.json(record)));
    renderRoute("/study/NCT00000002");
    expect((await screen.findByRole("heading", { level: 1, name: /Spine Outcomes/ })).textContent).toBe("Spine Outcomes Trial (SPORT)");
  });

  test("redirects a lower-case id to the canonical URL", async () => {
    const { location } = renderRoute("/study/nct02513394");
    await screen.findByRole("heading", { level: 1, name: /./ });
    expect(location().pathname).toBe("/study/NCT02513394");
  });

  test("a malformed id gets a clear message and sends no request", async () => {
    const requests = recordRequests();
    renderRoute("/study/NCT123");
    expect(await screen.findByRole("heading", { level: 1, name: "That is not a study number" })).toBeTruthy();
    expect(screen.getByText("NCT123")).toBeTruthy();
    expect(requests).toEqual([]);
  });

  test("an unknown id says the study was not found", async () => {
    renderRoute("/study/NCT99999999");
    expect(await screen.findByRole("heading", { level: 1, name: "Study not found" })).toBeTruthy();
    expect(screen.getByText(/no study with the number NCT99999999/)).toBeTruthy();
  });

  test("an alias id moves to the current id and mentions the old one", async () => {
    const { location } = renderRoute("/study/NCT02380456");
    await waitFor(() => expect(location().pathname).toBe("/study/NCT02300909"));
    expect(await screen.findByText(/You followed the older number NCT02380456/)).toBeTruthy();
  });

  test.each(["NCT123", "../../kiosk?kiosk=1", "NCT02300909?x=1", " "])(
    "a malformed id from the registry (%j) is not followed: the record shows under the requested id",
    async (registryId) => {
      const record = { protocolSection: { identificationModule: { nctId: registryId, briefTitle: "A study" } } };
      server.use(http.get(`${API_BASE}/studies/:id`, () => HttpResponse.json(record)));
      const { location } = renderRoute("/study/NCT00000002");
      expect(await screen.findByRole("heading", { level: 1, name: "A study" })).toBeTruthy();
      expect(location().pathname).toBe("/study/NCT00000002");
      expect(location().search).toBe("");
      expect(screen.queryByText(/You followed the older number/)).toBeNull();
    },
  );

  test("the registry's id is read like one from a URL: lower case is the same id, no move", async () => {
    const record = { protocolSection: { identificationModule: { nctId: "nct00000002", briefTitle: "A study" } } };
    server.use(http.get(`${API_BASE}/studies/:id`, () => HttpResponse.json(record)));
    const { location } = renderRoute("/study/NCT00000002");
    expect(await screen.findByRole("heading", { level: 1, name: "A study" })).toBeTruthy();
    expect(location().pathname).toBe("/study/NCT00000002");
  });

  test("a busy registry is explained, and Try again recovers", async () => {
    let calls = 0;
    server.use(
      http.get(`${API_BASE}/studies/NCT00405041`, () => {
        calls += 1;
        return calls <= 3 ? new HttpResponse("busy", { status: 429 }) : undefined;
      }),
    );
    const { user } = renderRoute("/study/NCT00405041");
    expect(await screen.findByRole("heading", { level: 1, name: "The registry is busy" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    const heading = await screen.findByRole("heading", { level: 1, name: titleOf("NCT00405041") });
    expect(heading).toBeTruthy();
  });

  test("a registry outage is explained differently from a busy one", async () => {
    server.use(http.get(`${API_BASE}/studies/:id`, () => new HttpResponse("down", { status: 503 })));
    renderRoute("/study/NCT00405041");
    expect(await screen.findByRole("heading", { level: 1, name: "The registry is unavailable" })).toBeTruthy();
  });

  test("a record missing every field still renders without 'undefined'", async () => {
    server.use(http.get(`${API_BASE}/studies/:id`, () => HttpResponse.json({ protocolSection: { identificationModule: { nctId: "NCT00000001" } } })));
    const { container } = renderRoute("/study/NCT00000001");
    expect(await screen.findByRole("heading", { level: 1, name: "Untitled study" })).toBeTruthy();
    expect(container.textContent).not.toMatch(/undefined|null|NaN|\[object Object\]/);
  });
});
