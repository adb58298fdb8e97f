import { queryOptions, useQuery } from "@tanstack/react-query";
import type { LatLon } from "../../lib/geo/distance";
import { serializeNear, type Near } from "../../lib/geo/near";

export type Origin =
  | { state: "none" }
  | { state: "finding" }
  | { state: "found"; point: LatLon }
  | { state: "not-found" }
  | { state: "failed"; error: unknown; retry: () => void };

type Lookup = Exclude<Near, { kind: "point" }>;

/** Where a ZIP or a place name is (null: not found). One key for the results page and a submit's early request. */
export const originQuery = (lookup: Lookup | undefined) =>
  queryOptions({
    queryKey: ["origin", lookup ? `${lookup.kind}:${serializeNear(lookup)}` : ""],
    // The lookups' code loads with the first search near a ZIP or a place: most searches have neither.
    queryFn: async ({ signal }): Promise<LatLon | null> => {
      if (lookup?.kind === "zip") {
        const { lookupZip } = await import("../../lib/geo/zip-lookup");
        return (await lookupZip(lookup.zip)) ?? null;
      }
      if (lookup?.kind === "place") {
        const { lookupPlace } = await import("./place-lookup");
        return (await lookupPlace(lookup.text, signal)) ?? null;
      }
      return null;
    },
    enabled: lookup !== undefined,
    staleTime: Infinity,
  });

/** The part of `near` that must be looked up first: a ZIP or a place name (a point is already there). */
export const lookupOf = (near: Near | undefined): Lookup | undefined => (near && near.kind !== "point" ? near : undefined);

/** Where `near` is: a point at once; a ZIP from our own table; a place name from the registry's sites. */
export function useOrigin(near: Near | undefined): Origin {
  const query = useQuery(originQuery(lookupOf(near)));
  if (!near) return { state: "none" };
  if (near.kind === "point") return { state: "found", point: { lat: near.lat, lon: near.lon } };
  if (query.isPending) return { state: "finding" };
  if (query.isError) return { state: "failed", error: query.error, retry: () => void query.refetch() };
  return query.data ? { state: "found", point: query.data } : { state: "not-found" };
}
