import { lazy, useState, type ComponentType } from "react";
import { preloadable } from "../lib/preloadable";
import { preloadFiles } from "../lib/preload-files";

// One page's lazy chunk (route-chunks.tsx lists them all): its code can be started early, and the page
// renders at once when it is here.

export type RouteChunk = { preload: () => Promise<unknown>; Page: ComponentType };

/** `path`: an address of the page (e.g. "/study/x"), to find its files in route-preload.js's table. */
export function routeChunk<M>(load: () => Promise<M>, pick: (module: M) => ComponentType, path?: string): RouteChunk {
  const chunk = preloadable(() => {
    if (path !== undefined) preloadFiles(path);
    return load();
  });
  const Suspending = lazy(() => chunk.preload().then((module) => ({ default: pick(module) })));
  /**
   * The page, at once when its code is here: React.lazy would suspend on its first render even then, and
   * React holds back content that replaces a "Loading…" fallback for up to 300 ms (its reveal throttle).
   */
  function Page() {
    const [loaded] = useState(chunk.loaded); // decided once per visit: the page is never swapped for a copy
    const Loaded = loaded ? pick(loaded) : undefined;
    return Loaded ? <Loaded /> : <Suspending />;
  }
  return { preload: chunk.preload, Page };
}
