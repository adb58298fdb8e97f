import { describe, expect, test } from "vitest";
import type { PagedStudies } from "../../api/types";
import { uniqueStudies } from "./search-results";

const page = (...ids: string[]): PagedStudies => ({
  studies: ids.map((nctId) => ({ protocolSection: { identificationModule: { nctId } } })),
});

describe("uniqueStudies", () => {
  test("keeps page order and drops a study that moved to a later page while paging", () => {
    const ids = uniqueStudies([page("NCT00000001", "NCT00000002"), page(), page("NCT00000002", "NCT00000003")]).map(
      (s) => s.protocolSection?.identificationModule?.nctId,
    );
    expect(ids).toEqual(["NCT00000001", "NCT00000002", "NCT00000003"]);
  });

  test("no pages, or pages without studies, give an empty list", () => {
    expect(uniqueStudies(undefined)).toEqual([]);
    expect(uniqueStudies([page(), page()])).toEqual([]);
  });
});
