// Whether any registry request is retrying after a try that timed out. The HTTP layer sets it; pages
// read it (useRegistryStillTrying) to tell the reader why loading takes long, and only when it is true.

let retryingAfterTimeout = 0;
const listeners = new Set<() => void>();

export function subscribeStillTrying(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const isRegistryStillTrying = (): boolean => retryingAfterTimeout > 0;

/** Marks one request as still trying after a timeout; call the returned function when it ends. */
export function markStillTrying(): () => void {
  change(1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    change(-1);
  };
}

function change(by: number): void {
  const before = isRegistryStillTrying();
  retryingAfterTimeout += by;
  if (isRegistryStillTrying() !== before) for (const listener of listeners) listener();
}
