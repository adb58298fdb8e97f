import { describe, expect, it } from "vitest";
import { waitFor } from "@testing-library/react";
import { studyQuery } from "../api/queries";
import { resultsQuery } from "../features/search/results-query";
import { recordRequests } from "../testing/server";
import { startEarlyRequests } from "./early-requests";
import { createQueryClient } from "./query-client";

describe("startEarlyRequests", () => {
  it("puts a cold study link's record in the cache under the key the study page reads", async () => {
    const client = createQueryClient();
    startEarlyRequests(client, "/study/NCT02513394");
    await waitFor(() => expect(client.getQueryState(studyQuery("NCT02513394").queryKey)?.status).toBe("success"));
    const study = client.getQueryData(studyQuery("NCT02513394").queryKey);
    expect(study?.protocolSection?.identificationModule?.nctId).toBe("NCT02513394");
  });

  it("puts a cold search link's first results page in the cache under the key the results list reads", async () => {
    const client = createQueryClient();
    startEarlyRequests(client, "/search", "?cond=asthma&status=all");
    const key = resultsQuery({ cond: "asthma", status: [] }, undefined).queryKey;
    await waitFor(() => expect(client.getQueryState(key)?.status).toBe("success"));
    expect(client.getQueryData(key)?.pages[0]?.totalCount).toBeGreaterThan(0);
  });

  it.each(["/", "/searching", "/study/nct02513394", "/study/NCT0251339", "/study/NCT02513394/extra", "/study/%E0%A4%A", "/saved"])(
    "requests nothing for %s (the page decides what that address means)",
    async (pathname) => {
      const requests = recordRequests();
      const client = createQueryClient();
      startEarlyRequests(client, pathname);
      await new Promise((resolve) => setTimeout(resolve, 50)); // the dynamic import, had one started
      expect(requests).toEqual([]);
      expect(client.getQueryCache().getAll()).toEqual([]);
    },
  );
});
