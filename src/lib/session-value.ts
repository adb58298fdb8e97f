// A value kept for this tab only (sessionStorage), read and written as JSON and checked on the way in
// (anything stored is untrusted). The raw string is compared on every read, so a kiosk reset that clears
// all storage is picked up on the next render without extra wiring. Never written to localStorage.
import { useSyncExternalStore } from "react";

export type SessionValue<T> = {
  get(): T | undefined;
  /** Stores the value; undefined removes it. */
  set(value: T | undefined): void;
  subscribe(listener: () => void): () => void;
};

/** The value, kept in step with storage (and re-read after a kiosk reset clears it). */
export function useSessionValue<T>(value: SessionValue<T>): T | undefined {
  return useSyncExternalStore(value.subscribe, value.get, () => undefined);
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // blocked: then nothing is kept, and nothing leaks either
  }
}

export function sessionValue<T>(key: string, parse: (stored: unknown) => T | undefined): SessionValue<T> {
  let cache: { raw: string | null; value: T | undefined } | undefined;
  const listeners = new Set<() => void>();
  const read = (): string | null => {
    try {
      return storage()?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const get = (): T | undefined => {
    const raw = read();
    if (cache?.raw === raw) return cache.value;
    let value: T | undefined;
    try {
      value = raw === null ? undefined : parse(JSON.parse(raw));
    } catch {
      value = undefined;
    }
    cache = { raw, value };
    return value;
  };
  const set = (value: T | undefined) => {
    try {
      if (value === undefined) storage()?.removeItem(key);
      else storage()?.setItem(key, JSON.stringify(value));
    } catch {
      // quota or blocked: the value lives until the next read, like an unsaved form
    }
    for (const listener of listeners) listener();
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return { get, set, subscribe };
}
