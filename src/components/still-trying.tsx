import { useSyncExternalStore } from "react";
import { Trans } from "@lingui/react/macro";
import { isRegistryStillTrying, subscribeStillTrying } from "../api/still-trying";

/**
 * Put beside a loading state: says so, politely and once, when a registry request has had a try time
 * out and is trying again. `active` is whether this place is waiting for the registry at all.
 * The status region is always present (screen readers only announce changes to a region they know);
 * while empty it is visually hidden, so it takes no space.
 */
export function StillTrying({ active = true }: { active?: boolean }) {
  const stillTrying = useSyncExternalStore(subscribeStillTrying, isRegistryStillTrying, () => false);
  const shown = active && stillTrying;
  return (
    <p role="status" className={shown ? "font-semibold text-warn-ink" : "sr-only"}>
      {shown && <Trans>The registry is not answering, still trying…</Trans>}
    </p>
  );
}
