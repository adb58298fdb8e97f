import { Trans } from "@lingui/react/macro";
import { Suspense, lazy, useState } from "react";
import type { ResultPartProps } from "./result-part";
import { PartErrorBoundary } from "./part-error-boundary";

// The tables of every results part live in one lazy chunk (entry: result-part.tsx), fetched the first
// time a part opens or when preloadResultParts() is called (section near the viewport, first user
// interaction, print). Once the chunk has arrived it is kept here and rendered synchronously: React.lazy
// alone would suspend on each component's first render even with the code in memory, and a suspended
// part at `beforeprint` would print as "Loading".

type PartsModule = typeof import("./result-part");
let loaded: PartsModule | undefined;
let loading: Promise<PartsModule> | undefined;

export function preloadResultParts(): Promise<PartsModule> {
  loading ??= import("./result-part").then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined; // let a later attempt try again (flaky network, new deployment)
      throw error;
    },
  );
  return loading;
}

/** Has the chunk arrived (so opening a part renders in the same tick)? */
export function resultPartsLoaded(): boolean {
  return loaded !== undefined;
}

const LazyResultPart = lazy(() => preloadResultParts().then((module) => ({ default: module.ResultPart })));

export function ResultPartView(props: ResultPartProps) {
  const [attempt, setAttempt] = useState(0);
  if (loaded) return <loaded.ResultPart {...props} />;
  const retry = () => {
    void preloadResultParts()
      .catch(() => undefined)
      .finally(() => setAttempt((n) => n + 1));
  };
  return (
    <PartErrorBoundary key={attempt} onRetry={retry}>
      <Suspense fallback={<p className="text-muted"><Trans>Loading this part of the results…</Trans></p>}>
        <LazyResultPart {...props} />
      </Suspense>
    </PartErrorBoundary>
  );
}
