import { useEffect, useState, type ReactNode } from "react";

/** Ends the current task: scheduler.yield() where there is one (it resumes first), else a timeout. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves in a task after the next frame: the page is laid out then, so reading sizes is cheap. */
export function afterNextFrame(): Promise<void> {
  if (typeof requestAnimationFrame !== "function") return yieldToMain();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Renders `children` one task later, so that setting them up doesn't lengthen the current task. */
export function NextTask({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void yieldToMain().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  return ready ? children : null;
}
