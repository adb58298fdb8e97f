import type { QueryClient } from "@tanstack/react-query";
import { preloadStudyRoute } from "./route-chunks";

/**
 * Starts a study's record (the page's own query: same key, same fields) and the study page's code, so
 * opening it finds both ready. A record in the cache and still fresh (the client's staleTime), or on its
 * way, is not requested again. The API code is imported on demand: this module is in the entry chunk,
 * which must not carry it (a search or study page has it already loaded by the time anyone hovers).
 */
export function prefetchStudy(client: QueryClient, nctId: string): void {
  void import("../api/queries").then(({ studyQuery }) => client.prefetchQuery(studyQuery(nctId)));
  void preloadStudyRoute().catch(() => undefined); // a failed chunk is fetched again on the click
}
