import { use } from "react";
import { QueryClientContext } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { isLatLon, type LatLon } from "../../lib/geo/distance";
import { nearFromPoint, parseNear, serializeNear } from "../../lib/geo/near";
import { originQueryKey } from "./use-origin";

/**
 * A result's study link. In a search near a place it carries that place as `?near=lat,lon` (rounded as
 * in the search), so the study page can list the nearest sites first without looking the place up
 * again. A ZIP or town is passed as the point the search already found (from the query cache).
 */
export function useStudyHref(): (nctId: string) => string {
  const [params] = useSearchParams();
  const client = use(QueryClientContext);
  const parsed = parseNear(params.get("near"));
  const near = parsed?.ok ? parsed.near : undefined;
  const point: LatLon | null | undefined =
    near?.kind === "point" ? near : near ? client?.getQueryData<LatLon | null>(originQueryKey(near)) : undefined;
  const query = point && isLatLon(point) ? `?near=${serializeNear(nearFromPoint(point))}` : "";
  return (nctId) => `/study/${nctId}${query}`;
}
