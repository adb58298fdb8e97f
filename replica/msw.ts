// MSW handlers that answer every request under `apiBase` from the offline replica, for unit and
// component tests (`setupServer(...replicaHandlers(corpus, "https://clinicaltrials.gov/api/v2"))`).
import { http, HttpResponse } from "msw";
import type { RequestHandler } from "msw";
import type { Corpus } from "./corpus.ts";
import { handleRequest } from "./handle.ts";

export function replicaHandlers(corpus: Corpus, apiBase: string): RequestHandler[] {
  const base = apiBase.replace(/\/+$/, "");
  // "https://clinicaltrials.gov/api/v2" → "/api/v2"; a relative base is already a path.
  const basePath = base.startsWith("/") ? base : new URL(base).pathname.replace(/\/+$/, "");

  return [
    http.all(`${base}/*`, ({ request }) => {
      const url = new URL(request.url);
      const response = handleRequest(corpus, url, basePath, request.method);
      const headers = { ...response.headers };
      // Make the alias redirect absolute so it resolves against the mocked origin.
      if (headers.location) headers.location = new URL(headers.location, url).href;
      return new HttpResponse(response.body, { status: response.status, headers });
    }),
  ];
}
