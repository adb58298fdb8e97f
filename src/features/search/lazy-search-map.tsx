import { Trans } from "@lingui/react/macro";
import type { Study } from "../../api/types";
import { PartFailed } from "../../components/part-failed";
import { preloadable, useLoadedPart } from "../../lib/preloadable";

// The map of sites loads when it is asked for (a pointer on, or focus in, its button starts it).
const mapPart = preloadable(() => import("./search-map"));
export const preloadMap = () => void mapPart.preload().catch(() => undefined); // shown when opened

/** The map of the loaded studies' sites, with a place held for it while its code loads. */
export function LazySearchMap({ studies }: { studies: Study[] }) {
  const { part, failed, retry } = useLoadedPart(mapPart, true);
  if (part) return <part.SearchMap studies={studies} />;
  return (
    <div className="mb-4 flex h-80 flex-col items-center justify-center gap-2 rounded-lg border border-line bg-surface text-muted sm:h-96">
      {failed ? (
        <PartFailed onRetry={retry} />
      ) : (
        <Trans>Loading the map…</Trans>
      )}
    </div>
  );
}
