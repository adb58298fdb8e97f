import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { studyKeys } from "./keys";
import { fetchStudy, fetchStudyResults, searchStudies, type StudySearchParams } from "./studies";

// One factory per part of a study record: the study page, its results section, the prefetch on a study
// link and the print preparation all use these, so they share one cache entry (key and fields) each.

/** The study page's record without its results: what the page renders first. */
export const studyQuery = (nctId: string) =>
  queryOptions({
    queryKey: studyKeys.detail(nctId),
    queryFn: ({ signal }) => fetchStudy(nctId, signal),
  });

/** The record's resultsSection (null if none), requested when the reader opens results, follows #results or prints. */
export const studyResultsQuery = (nctId: string) =>
  queryOptions({
    queryKey: studyKeys.results(nctId),
    queryFn: ({ signal }) => fetchStudyResults(nctId, signal),
  });

/** How many studies a search finds, without their data: one tiny request (one id, no other fields). */
export const studyCountQuery = (params: StudySearchParams) =>
  queryOptions({
    queryKey: studyKeys.count(params),
    queryFn: async ({ signal }) => {
      const page = await searchStudies({ ...params, pageSize: "1", fields: "NCTId" }, undefined, signal);
      return page.totalCount ?? 0;
    },
  });

export const studySearchQuery = (params: StudySearchParams) =>
  infiniteQueryOptions({
    queryKey: studyKeys.search(params),
    queryFn: ({ pageParam, signal }) => searchStudies(params, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    // Only a missing token ends a search: an empty page that still carries one does not.
    getNextPageParam: (lastPage) => lastPage.nextPageToken || undefined,
  });
