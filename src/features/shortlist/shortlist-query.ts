import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { studyKeys } from "../../api/keys";
import { searchStudies } from "../../api/studies";
import type { Study } from "../../api/types";
import { LIST_FIELDS, PRINT_FIELDS } from "./shortlist-fields";

/** The registry's largest page we ask for: the saved list is capped to fit it, so /saved is one request. */
export const MAX_PAGE_SIZE = 100;

export type FieldSet = "list" | "print";
const FIELDS: Record<FieldSet, readonly string[]> = { list: LIST_FIELDS, print: PRINT_FIELDS };

// Under studyKeys.all, so invalidating ["studies"] covers shortlists too. Ids sorted: the answer does
// not depend on their order.
export const shortlistKeys = {
  all: [...studyKeys.all, "by-ids"] as const,
  byIds: (fieldSet: FieldSet, ids: readonly string[]) => [...shortlistKeys.all, fieldSet, [...ids].sort()] as const,
};

/** Every study with one of `ids`, in one request per 100 ids (filter.ids, only `fields`). */
export async function fetchStudiesByIds(ids: readonly string[], fieldSet: FieldSet, signal: AbortSignal): Promise<Study[]> {
  if (ids.length === 0) return [];
  const params = {
    "filter.ids": ids.join(","),
    fields: FIELDS[fieldSet].join(","),
    pageSize: String(Math.min(ids.length, MAX_PAGE_SIZE)),
  };
  const studies: Study[] = [];
  let pageToken: string | undefined;
  do {
    const page = await searchStudies(params, pageToken, signal);
    studies.push(...(page.studies ?? []));
    pageToken = page.nextPageToken || undefined;
  } while (pageToken);
  return studies;
}

export const studiesByIdsQuery = (fieldSet: FieldSet, ids: readonly string[], client?: QueryClient) =>
  queryOptions({
    queryKey: shortlistKeys.byIds(fieldSet, ids),
    queryFn: ({ signal }) => fetchStudiesByIds(ids, fieldSet, signal),
    // After a removal the list is a subset of one already fetched: reuse that answer, no request.
    initialData: client ? () => fromSuperset(client, fieldSet, ids)?.data : undefined,
    initialDataUpdatedAt: client ? () => fromSuperset(client, fieldSet, ids)?.updatedAt : undefined,
  });

function fromSuperset(client: QueryClient, fieldSet: FieldSet, ids: readonly string[]) {
  for (const query of client.getQueryCache().findAll({ queryKey: [...shortlistKeys.all, fieldSet] })) {
    const [, , , cachedIds] = query.queryKey as ReturnType<typeof shortlistKeys.byIds>;
    const data = query.state.data as Study[] | undefined;
    if (!data || query.state.status !== "success" || !ids.every((id) => cachedIds.includes(id))) continue;
    return { data: data.filter((study) => ids.some((id) => matchesId(study, id))), updatedAt: query.state.dataUpdatedAt };
  }
  return undefined;
}

/** True when `study` is the record for `nctId`: its own number, or an older one it replaced. */
export function matchesId(study: Study, nctId: string): boolean {
  const identification = study.protocolSection?.identificationModule;
  return identification?.nctId === nctId || (identification?.nctIdAliases ?? []).includes(nctId);
}

export const findStudy = (studies: readonly Study[] | undefined, nctId: string) =>
  studies?.find((study) => matchesId(study, nctId));
