import { useEffect, useMemo, useRef, useState } from "react";
import { plural, t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { formatCount } from "../../../lib/format-count";
import { LazySiteMap, MapBox } from "../../../components/map/lazy-site-map";
import type { MapMarker } from "../../../components/map/map-types";
import { buttonClass } from "../../../components/ui/button";
import { useNearViewport } from "../../../components/use-near-viewport";
import { statusLabel } from "../../../lib/registry-labels";
import { ContactLines } from "./contact-lines";
import { countSites, type Site } from "./location-filter";

export type SiteSelection = { index: number; from: "map" | "list" };

/**
 * The shown sites on a map, loaded as the reader nears it (or on a click). The list stays the way to
 * reach every site: the map says how many sites it can't place, and each popup leads back to the list.
 */
export function StudySiteMap({
  sites,
  selection,
  onSelect,
  onShowInList,
}: {
  sites: readonly Site[];
  selection?: SiteSelection;
  onSelect: (selection: SiteSelection) => void;
  onShowInList: (index: number) => void;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const near = useNearViewport(frame);
  const [asked, setAsked] = useState(false);
  const placed = useMemo(() => sites.filter((site) => site.geo), [sites]);
  const markers = useMemo(
    (): MapMarker[] =>
      placed.map((site) => ({
        id: String(site.index),
        lat: site.geo?.lat ?? 0,
        lon: site.geo?.lon ?? 0,
        name: markerName(site),
        popup: <SitePopup site={site} onShowInList={onShowInList} />,
      })),
    [placed, onShowInList],
  );

  // "Show on map" in the list brings the map into view.
  const fromList = selection?.from === "list" ? selection.index : undefined;
  useEffect(() => {
    if (fromList !== undefined) frame.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [fromList]);

  const total = sites.length;
  const count = formatCount(total);
  const missing = total - placed.length;
  const missingCount = formatCount(missing);
  const placedCount = formatCount(placed.length);
  const all = countSites(total);
  const show = near || asked || selection !== undefined;
  return (
    <div ref={frame} className="space-y-2 print:hidden">
      <p className="text-muted">
        {missing === 0
          ? plural(total, { one: "The map shows the site.", other: `The map shows all ${count} sites.` })
          : plural(missing, {
              one: `The map shows ${placedCount} of ${all}; 1 has no map position and is marked “not on the map” in the list.`,
              other: `The map shows ${placedCount} of ${all}; ${missingCount} have no map position and are marked “not on the map” in the list.`,
            })}
      </p>
      {placed.length === 0 ? null : show ? (
        <LazySiteMap
          markers={markers}
          label={t`Map of the study's sites`}
          selectedId={selection === undefined ? undefined : String(selection.index)}
          onSelect={(id) => onSelect({ index: Number(id), from: "map" })}
        />
      ) : (
        <MapBox>
          <div className="flex h-full items-center justify-center rounded-lg border border-line bg-surface">
            <button type="button" className={buttonClass.secondary} onClick={() => setAsked(true)}>
              <Trans>Show the map</Trans>
            </button>
          </div>
        </MapBox>
      )}
    </div>
  );
}

/** The marker's accessible name: facility and place, as a person would say it. */
function markerName(site: Site): string {
  const place = [site.city, site.state, site.country].filter(Boolean).join(", ");
  return [site.facility ?? t`Study site`, place].filter(Boolean).join(", ");
}

function SitePopup({ site, onShowInList }: { site: Site; onShowInList: (index: number) => void }) {
  const status = site.status && statusLabel(site.status);
  return (
    <div className="space-y-1 text-sm">
      <p lang={site.facility && "en"} className="font-semibold">
        {site.facility ?? t`Site name not stated`}
      </p>
      <p lang="en">{[site.city, site.state, site.country].filter(Boolean).join(", ")}</p>
      <p>{status ? t`Site status: ${status}` : t`Site status not stated`}</p>
      <ContactLines contacts={site.contacts.slice(0, 1)} />
      <button type="button" className="min-h-target font-semibold text-brand underline" onClick={() => onShowInList(site.index)}>
        <Trans>Show in the site list</Trans>
      </button>
    </div>
  );
}
