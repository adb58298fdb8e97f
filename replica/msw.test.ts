// @vitest-environment node
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { replicaHandlers } from "./msw.ts";
import { corpus, hasCorpus, idOf, locationsOf, byId } from "./test-support.ts";

const API = "https://clinicaltrials.gov/api/v2";

describe.skipIf(!hasCorpus)("replicaHandlers under MSW with real fetch", () => {
  const server = setupServer(...replicaHandlers(corpus, API));
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterAll(() => server.close());

  test("search with fields and paging", async () => {
    const url = `${API}/studies?query.cond=headache&countTotal=true&pageSize=2&fields=NCTId,LocationCity`;
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    const page = (await response.json()) as { studies: Array<Record<string, unknown>>; totalCount: number; nextPageToken: string };
    expect(page.studies).toHaveLength(2);
    expect(page.totalCount).toBeGreaterThan(2);
    const next = await fetch(`${url}&pageToken=${encodeURIComponent(page.nextPageToken)}`);
    const second = (await next.json()) as { studies: Array<Record<string, unknown>>; totalCount?: number };
    expect(second.totalCount).toBeUndefined();
    expect(second.studies.map(idOf)).not.toEqual(page.studies.map(idOf));
  });

  test("detail, 404 and 400 come back as plain text errors", async () => {
    const ok = await fetch(`${API}/studies/NCT02513394?fields=LocationCity`);
    const body = (await ok.json()) as { protocolSection: { contactsLocationsModule: { locations: unknown[] } } };
    expect(body.protocolSection.contactsLocationsModule.locations).toHaveLength(locationsOf(byId("NCT02513394")).length);
    const missing = await fetch(`${API}/studies/NCT99999999`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await missing.text()).toBe("Study NCT99999999 not found");
    const bad = await fetch(`${API}/studies?filter.phase=2`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("unknown parameter");
  });

  test("the 301 for an alias id is followed by fetch", async () => {
    const response = await fetch(`${API}/studies/NCT02380456?fields=NCTId`);
    expect(response.status).toBe(200);
    expect(response.redirected).toBe(true);
    expect(response.url).toBe(`${API}/studies/NCT02300909?fields=NCTId`);
    expect(await response.json()).toEqual({ protocolSection: { identificationModule: { nctId: "NCT02300909" } } });
  });

  test("redirect: manual exposes the 301 itself", async () => {
    const response = await fetch(`${API}/studies/NCT02380456`, { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe(`${API}/studies/NCT02300909`);
  });

  test("version and non-GET", async () => {
    expect((await fetch(`${API}/version`)).status).toBe(200);
    expect((await fetch(`${API}/studies`, { method: "POST", body: "x" })).status).toBe(405);
  });
});
