import { lazy, Suspense, type ComponentProps, type ReactNode } from "react";
import { Trans } from "@lingui/react/macro";

const SiteMapChunk = lazy(() => import("./site-map"));

/**
 * The map's box: its height is fixed before the map arrives (nothing below it moves), and it is
 * contained, so the map's own changes (tiles, hundreds of markers) never make the browser lay out
 * the rest of the page again.
 */
export function MapBox({ children }: { children: ReactNode }) {
  return <div className="h-80 [contain:strict] sm:h-96">{children}</div>;
}

/** The map, fetched on first render only: pages without a map never download Leaflet. */
export function LazySiteMap(props: ComponentProps<typeof SiteMapChunk>) {
  return (
    <MapBox>
      <Suspense
        fallback={
          <div className="flex h-full items-center justify-center rounded-lg border border-line bg-surface text-muted">
            <Trans>Loading the map…</Trans>
          </div>
        }
      >
        <SiteMapChunk {...props} />
      </Suspense>
    </MapBox>
  );
}
