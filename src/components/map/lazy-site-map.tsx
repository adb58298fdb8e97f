import { lazy, Suspense, type ComponentProps } from "react";

const SiteMapChunk = lazy(() => import("./site-map"));

/** The map, fetched on first render only: pages without a map never download Leaflet. */
export function LazySiteMap(props: ComponentProps<typeof SiteMapChunk>) {
  return (
    <Suspense
      fallback={
        <div className="flex h-80 items-center justify-center rounded-lg border border-line bg-surface text-muted sm:h-96">
          Loading the map…
        </div>
      }
    >
      <SiteMapChunk {...props} />
    </Suspense>
  );
}
