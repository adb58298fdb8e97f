import { useEffect, useState } from "react";

/** A promise that says whether it has settled, so the module can be read at once in render. */
type Tracked<T> = Promise<T> & { status?: "pending" | "fulfilled" | "rejected"; value?: T };

export type Preloadable<T> = {
  /** Starts the load (once); a load that failed is tried again. */
  preload: () => Promise<T>;
  /** The module if it is here. */
  loaded: () => T | undefined;
};

/**
 * Code loaded on demand (a dynamic import) that can render at once when it is already here. React.lazy
 * suspends on its first render even then, and React holds back content that replaces a Suspense
 * fallback for up to 300 ms (its reveal throttle), so a preloaded part would still wait.
 */
export function preloadable<T>(load: () => Promise<T>): Preloadable<T> {
  let tracked: Tracked<T> | undefined;
  const preload = () => {
    if (!tracked || tracked.status === "rejected") {
      const next: Tracked<T> = Object.assign(load(), { status: "pending" as const });
      // Block bodies: a handler that returned `next` (what Object.assign returns) would make this derived
      // promise follow it, and a failed load would then also be an unhandled rejection.
      next.then(
        (value) => {
          Object.assign(next, { status: "fulfilled", value });
        },
        () => {
          Object.assign(next, { status: "rejected" });
        },
      );
      tracked = next;
    }
    return tracked;
  };
  return {
    preload,
    loaded: () => (tracked?.status === "fulfilled" ? tracked.value : undefined),
  };
}

/**
 * A part of a page that loads once `wanted`, without Suspense: undefined until it is here (the caller
 * shows something in its place), `failed` when the load failed, and `retry` to try again.
 */
export function useLoadedPart<T>(part: Preloadable<T>, wanted: boolean): { part: T | undefined; failed: boolean; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<{ attempt: number; failed: boolean }>();
  const module = part.loaded();
  useEffect(() => {
    if (!wanted || module !== undefined) return;
    let live = true;
    part.preload().then(
      () => live && setSettled({ attempt, failed: false }),
      () => live && setSettled({ attempt, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [part, wanted, module, attempt]);
  return {
    part: wanted ? module : undefined,
    failed: wanted && module === undefined && settled?.attempt === attempt && settled.failed,
    retry: () => setAttempt((n) => n + 1),
  };
}
