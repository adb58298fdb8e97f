// Modules that share one chunk where Rolldown's automatic splitting cuts too fine (issue 13).
//
// Rolldown gives every distinct set of importers (each route and each lazy part) a chunk of its own. The
// code that fetches and shows a study record (http, conform, queries, dates, status, the Save button)
// came in six chunks of 0.2–4.7 kB on /search and /study: each is a request of its own, and gzip cannot
// share a dictionary across them (1.5 kB more on /search than one chunk). A group below merges modules
// that every route loading one of them loads anyway, or nearly: /saved and /list also get the Save
// button and the query definitions (about 1 kB), which they have room for.
//
// Only the listed files are grouped (`includeDependenciesRecursively: false`); their dependencies stay
// where automatic splitting puts them. A module missing from a list is harmless (it goes back to
// automatic splitting); `chunk-groups.test.ts` checks that every listed file exists.
import path from "node:path";

const QUERY = "node_modules/@tanstack/react-query/build/modern/";

export const CHUNK_GROUPS = {
  // What every page's code and every lazy part import: one chunk, which index.html preloads. Left to
  // automatic splitting, it falls into six (React, the router, Lingui, the app's language code, Rolldown's
  // runtime, Vite's preload helper), each imported by a different set of lazy parts: 0.9 kB more gzip on
  // every page. A folder (ending in "/") takes every module in it.
  framework: [
    "node_modules/react/",
    "node_modules/react-dom/",
    "node_modules/scheduler/",
    "node_modules/react-router/dist/production/",
    "node_modules/@lingui/core/dist/",
    "node_modules/@lingui/react/dist/",
    "src/i18n/i18n.ts",
    "src/i18n/languages.ts",
    "src/i18n/trans.tsx",
    // Small pieces nearly every page uses.
    "src/components/ui/button.ts",
    "src/lib/format-count.ts",
    "src/lib/registry-labels.ts",
    "src/lib/geo/unit-preference.ts",
  ],
  // Fetching, conforming and showing a record: /search, /study, /saved and /list.
  "record-kit": [
    "src/api/api-error.ts",
    "src/api/conform.ts",
    "src/api/http.ts",
    "src/api/keys.ts",
    "src/api/queries.ts",
    "src/api/retry-after.ts",
    "src/api/still-trying.ts",
    "src/api/studies.ts",
    "src/components/registry-error-message.tsx",
    "src/components/still-trying.tsx",
    "src/components/ui/status-badge.tsx",
    "src/features/shortlist/save-button.tsx",
    "src/features/shortlist/snapshot.ts",
    "src/lib/acronym.ts",
    "src/lib/ages.ts",
    "src/lib/dates.ts",
    "src/lib/status-freshness.ts",
    "node_modules/@tanstack/query-core/build/modern/queryObserver.js",
    `${QUERY}IsRestoringProvider.js`,
    `${QUERY}QueryErrorResetBoundary.js`,
    `${QUERY}errorBoundaryUtils.js`,
    `${QUERY}infiniteQueryOptions.js`,
    `${QUERY}queryOptions.js`,
    `${QUERY}suspense.js`,
    `${QUERY}useBaseQuery.js`,
    `${QUERY}useQuery.js`,
  ],
  // The search form and our search URL: /, /search and /kiosk (and the lazy parts of those pages).
  "search-form": [
    "src/components/part-failed.tsx",
    "src/features/search/essie-text.ts",
    "src/features/search/filter-options.ts",
    "src/features/search/filter-words.ts",
    "src/features/search/filters/catalogue.ts",
    "src/features/search/filters/date-ranges.ts",
    "src/features/search/filters/filter-def.ts",
    "src/features/search/near-fields.tsx",
    "src/features/search/read-search-params.ts",
    "src/features/search/registry-paste.ts",
    "src/features/search/search-form.tsx",
    "src/features/search/search-url.ts",
    "src/features/search/use-go-to-search.ts",
  ],
  // What a visitor told About you (this tab only): /search at once, a study's pre-screen when it loads.
  "about-you": ["src/lib/about-you.ts", "src/lib/session-value.ts", "src/features/search/about-you-search.ts"],
};

/** Rolldown's `output.codeSplitting` for the groups above; `root` is the project directory. */
export function codeSplitting(root) {
  const groupOf = new Map(Object.entries(CHUNK_GROUPS).flatMap(([name, files]) => files.filter((file) => !file.endsWith("/")).map((file) => [path.resolve(root, file), name])));
  const folders = Object.entries(CHUNK_GROUPS).flatMap(([name, files]) => files.filter((file) => file.endsWith("/")).map((folder) => [path.resolve(root, folder) + path.sep, name]));
  const groupOfId = (id) => {
    const file = id.split("?")[0];
    if (VIRTUAL_FRAMEWORK.some((name) => file.endsWith(name))) return "framework";
    return groupOf.get(file) ?? folders.find(([folder]) => file.startsWith(folder))?.[1];
  };
  return {
    includeDependenciesRecursively: false,
    groups: Object.keys(CHUNK_GROUPS).map((name) => ({ name, test: (id) => groupOfId(id) === name })),
  };
}

/** The bundlers' own modules that go with the framework (virtual: no file on disk). */
const VIRTUAL_FRAMEWORK = ["rolldown/runtime.js", "vite/preload-helper.js"];
