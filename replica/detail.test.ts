// @vitest-environment node
import { describe, expect, test } from "vitest";
import { api, byId, corpus, hasCorpus, idOf, locationsOf } from "./test-support.ts";

describe.skipIf(!hasCorpus)("GET /studies/{nctId}", () => {
  // Lazy: describe bodies run even when skipped (no corpus).
  const withResults = () => {
    const study = corpus.studies.find((s) => s.hasResults === true);
    if (!study) throw new Error("corpus has no study with results");
    return study;
  };

  test("returns the full record as JSON", () => {
    const response = api(`/api/v2/studies/${idOf(withResults())}`);
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(response.body)).toEqual(withResults());
  });

  test("matches the id case-insensitively", () => {
    const id = idOf(withResults());
    const response = api(`/api/v2/studies/${id.toLowerCase()}`);
    expect(response.status).toBe(200);
    expect(idOf(JSON.parse(response.body))).toBe(id);
  });

  test("unknown well-formed id → 404 plain text", () => {
    const unknown = ["NCT99999999", "NCT09999999"].find((candidate) => !corpus.byId.has(candidate) && !corpus.aliases.has(candidate));
    const response = api(`/api/v2/studies/${unknown}`);
    expect(response.status).toBe(404);
    expect(response.headers["content-type"]).toMatch(/^text\/plain/);
    expect(response.body).toBe(`Study ${unknown} not found`);
  });

  test.each(["NCT123", "abc", "NCT0251339X", "NCT00000000"])("malformed id %s → 400 incorrect format", (bad) => {
    const response = api(`/api/v2/studies/${bad}`);
    expect(response.status).toBe(400);
    expect(response.headers["content-type"]).toMatch(/^text\/plain/);
    expect(response.body).toContain("incorrect format");
  });

  test("alias id → 301 to the current id, keeping the query string", () => {
    expect(corpus.aliases.get("NCT02380456")).toBe("NCT02300909");
    const response = api("/api/v2/studies/NCT02380456?fields=NCTId");
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe("/api/v2/studies/NCT02300909?fields=NCTId");
    expect(response.headers["content-type"]).toMatch(/^text\/plain/);
    expect(response.body).toContain("NCT02300909");
  });

  test("fields= projects the single study too", () => {
    const study = byId("NCT02513394");
    const response = api("/api/v2/studies/NCT02513394?fields=NCTId,LocationCity,HasResults");
    expect(response.status).toBe(200);
    const body = JSON.parse(response.body) as Record<string, unknown>;
    const cities = locationsOf(study).map((l) => (l.city === undefined ? {} : { city: l.city }));
    expect(body).toEqual({
      protocolSection: { identificationModule: { nctId: "NCT02513394" }, contactsLocationsModule: { locations: cities } },
      hasResults: study.hasResults,
    });
  });

  test("unknown parameter or field on the detail endpoint → 400", () => {
    const id = idOf(withResults());
    expect(api(`/api/v2/studies/${id}?query.cond=x`).status).toBe(400);
    const bad = api(`/api/v2/studies/${id}?fields=NotAField`);
    expect(bad.status).toBe(400);
    expect(bad.body).toBe("Parameter 'fields' contains invalid field name: 'NotAField'");
  });
});

describe.skipIf(!hasCorpus)("other routes", () => {
  test("/version reports the API version and the newest record date", () => {
    const response = api("/api/v2/version");
    expect(response.status).toBe(200);
    const newest = corpus.studies
      .map((s) => String((s.derivedSection as { miscInfoModule?: { versionHolder?: string } }).miscInfoModule?.versionHolder))
      .sort()
      .at(-1);
    expect(JSON.parse(response.body)).toEqual({ apiVersion: "2.0.5", dataTimestamp: `${newest}T00:00:00` });
  });

  test.each(["/api/v2/stats/size", "/api/v2", "/api/v2/studies/metadata", "/api/v2/studies/NCT02513394/extra"])(
    "%s → 404 plain text",
    (path) => {
      const response = api(path);
      expect(response.status).toBe(404);
      expect(response.headers["content-type"]).toMatch(/^text\/plain/);
    },
  );

  test("non-GET → 405", () => {
    const response = api("/api/v2/studies", "POST");
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe("GET, HEAD");
  });

  test("paths outside the base path → 404", () => {
    expect(api("/other/studies").status).toBe(404);
  });
});
