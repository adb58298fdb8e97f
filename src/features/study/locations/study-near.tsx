import { createContext, use, useCallback, useMemo, useState, type ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { t } from "@lingui/core/macro";
import { useSearchParams } from "react-router";
import type { Study } from "../../../api/types";
import type { DistanceUnit, LatLon } from "../../../lib/geo/distance";
import { parseNear, serializeNear, type Near } from "../../../lib/geo/near";
import { rememberedUnit } from "../../../lib/geo/unit-preference";
import { preloadable, useLoadedPart } from "../../../lib/preloadable";
import { endSentence } from "../../../lib/sentence";

// A ZIP is looked up in the ZIP table and a town among the study's sites: that code loads only for such
// a `?near=` (a point needs neither, and most visits have none); "finding" covers the wait.
const lookupZip = async (zip: string) => (await import("../../../lib/geo/zip-lookup")).lookupZip(zip);
const townPart = preloadable(() => import("../../../lib/geo/place-from-sites"));

/** The study page's `?near=`: where sites are measured from, and what to call that place. */
export type NearPlace =
  | { state: "none" }
  | { state: "finding"; label: string }
  | { state: "found"; point: LatLon; /** A ZIP or town to show; a bare point is "you". */ label?: string }
  | { state: "ignored"; note: string };

export type StudyNear = { place: NearPlace; unit: DistanceUnit; setNear: (value: string | undefined) => void };

// No provider (a section rendered on its own) means no place and no way to set one.
const StudyNearContext = createContext<StudyNear | undefined>(undefined);
const NONE: NearPlace = { state: "none" };

export function useStudyNear(): StudyNear | undefined {
  return use(StudyNearContext);
}

/** The place in `?near=` (a point, a US ZIP, or a town among this study's own sites), for the sections below. */
export function StudyNearProvider({ study, children }: { study: Study; children: ReactNode }) {
  const [params, setParams] = useSearchParams();
  const [unit] = useState(rememberedUnit);
  const raw = params.get("near");
  const parsed = useMemo(() => parseNear(raw), [raw]);
  const place = usePlace(parsed?.ok ? parsed.near : undefined, study);
  const setNear = useCallback(
    (value: string | undefined) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set("near", value);
          else next.delete("near");
          return next;
        },
        // Choosing a place re-sorts this page; Back should leave the page, not undo each try.
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  );
  const value = useMemo(
    () => ({ place: parsed && !parsed.ok ? { state: "ignored" as const, note: parsed.error } : place, unit, setNear }),
    [parsed, place, unit, setNear],
  );
  return <StudyNearContext value={value}>{children}</StudyNearContext>;
}

function usePlace(near: Near | undefined, study: Study): NearPlace {
  const zip = near?.kind === "zip" ? near.zip : undefined;
  const zipQuery = useQuery({
    queryKey: ["origin", `zip:${zip ?? ""}`], // the search's key too: a ZIP found there is not fetched again
    queryFn: async () => (zip ? ((await lookupZip(zip)) ?? null) : null),
    enabled: zip !== undefined,
    staleTime: Infinity,
  });
  const locations = study.protocolSection?.contactsLocationsModule?.locations;
  const town = near?.kind === "place" ? near.text : undefined;
  const towns = useLoadedPart(townPart, town !== undefined);
  const townCode = towns.part;
  const townPoint = useMemo(() => (town && townCode ? townCode.placeFromSites(town, locations ?? []) : undefined), [town, townCode, locations]);
  return useMemo((): NearPlace => {
    if (!near) return NONE;
    if (near.kind === "point") return { state: "found", point: { lat: near.lat, lon: near.lon } };
    const label = serializeNear(near);
    // The place as the end of a sentence: with its full stop.
    const placeWithPeriod = endSentence(label);
    if (near.kind === "place") {
      if (towns.failed) return { state: "ignored", note: t`This page could not load what it needs to find ${placeWithPeriod} Check your connection, then reload the page.` };
      if (!townCode) return { state: "finding", label };
      return townPoint
        ? { state: "found", point: townPoint, label }
        : { state: "ignored", note: t`No site of this study is in ${placeWithPeriod} Try a US ZIP code or "Use my location".` };
    }
    if (zipQuery.isPending) return { state: "finding", label };
    if (zipQuery.isError) return { state: "ignored", note: t`The ZIP code table could not be loaded, so sites are not sorted by distance from ${placeWithPeriod}` };
    return zipQuery.data
      ? { state: "found", point: zipQuery.data, label }
      : { state: "ignored", note: t`ZIP code ${label} was not found. Try a nearby ZIP code or "Use my location".` };
  }, [near, townCode, townPoint, towns.failed, zipQuery.isPending, zipQuery.isError, zipQuery.data]);
}
