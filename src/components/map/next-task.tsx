import { useEffect, useState, type ReactNode } from "react";
import { yieldToMain } from "../../lib/yield-to-main";

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
