// The saved shortlist, kept in localStorage. Anything read back is untrusted (old versions, hand edits,
// other apps on the origin), so it is checked by hand; what fails is dropped with a notice, never thrown.
import { useSyncExternalStore } from "react";
import type { Status } from "../../api/types";
import { checkNctId } from "../../lib/nct-id";
import { STATUS_ORDER } from "../../lib/registry-labels";

export const STORAGE_KEY = "trial-finder:saved";
export const STORE_VERSION = 1;
/** Most studies the list keeps: it must fit one registry request (pageSize ≤ 100) and one screen. */
export const MAX_SAVED = 100;

/** What the study looked like when saved, to tell what changed since. */
export type SeenSnapshot = { status?: Status; lastUpdate?: string; sites: number };
export type SavedItem = { nctId: string; savedAt: string; seen: SeenSnapshot };
/** Why the stored value was not used as is: cleared entirely, or some entries dropped. */
export type StoreNotice = { kind: "cleared" } | { kind: "dropped"; count: number };
export type SavedState = { items: readonly SavedItem[]; notice?: StoreNotice };

// The registry's statuses (registry-labels lists each one: a status the registry adds fails the type-check there).
const isStatus = (value: unknown): value is Status => typeof value === "string" && STATUS_ORDER.includes(value as Status);
const isShortString = (value: unknown): value is string => typeof value === "string" && value.length <= 40;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function readItem(value: unknown): SavedItem | undefined {
  if (!isObject(value) || typeof value.nctId !== "string" || !isObject(value.seen)) return undefined;
  const id = checkNctId(value.nctId);
  if (!id.ok || !id.canonical) return undefined;
  if (!isShortString(value.savedAt) || Number.isNaN(Date.parse(value.savedAt))) return undefined;
  const { status, lastUpdate, sites } = value.seen;
  if (status !== undefined && !isStatus(status)) return undefined;
  if (lastUpdate !== undefined && !isShortString(lastUpdate)) return undefined;
  if (typeof sites !== "number" || !Number.isInteger(sites) || sites < 0) return undefined;
  return { nctId: id.id, savedAt: value.savedAt, seen: { status, lastUpdate, sites } };
}

/**
 * Reads a stored value. `clean` is the value to store back when it differed (null: remove the key).
 * Duplicates and entries past MAX_SAVED are dropped like malformed ones.
 */
export function parseStored(raw: string | null): { state: SavedState; clean?: string | null } {
  if (raw === null) return { state: { items: [] } };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  if (!isObject(json) || json.version !== STORE_VERSION || !Array.isArray(json.items)) {
    return { state: { items: [], notice: { kind: "cleared" } }, clean: null };
  }
  const items: SavedItem[] = [];
  for (const entry of json.items) {
    const item = readItem(entry);
    if (item && items.length < MAX_SAVED && !items.some((other) => other.nctId === item.nctId)) items.push(item);
  }
  const dropped = json.items.length - items.length;
  if (dropped === 0) return { state: { items } };
  if (items.length === 0) return { state: { items, notice: { kind: "cleared" } }, clean: null };
  return { state: { items, notice: { kind: "dropped", count: dropped } }, clean: serialize(items) };
}

const serialize = (items: readonly SavedItem[]) => JSON.stringify({ version: STORE_VERSION, items });

// Storage can be missing or throw (disabled, private modes, quota): treat it as empty and say so on write.
function readRaw(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeRaw(value: string | null): boolean {
  try {
    if (value === null) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, value);
    return true;
  } catch {
    return false;
  }
}

// The raw string is compared on every read, so a change by anyone (another tab, a kiosk reset that
// clears all storage) is picked up on the next render without extra wiring.
let cache: { raw: string | null; state: SavedState } | undefined;
let pendingNotice: StoreNotice | undefined;
const listeners = new Set<() => void>();

function getState(): SavedState {
  const raw = readRaw();
  if (cache && cache.raw === raw) return cache.state;
  const { state, clean } = parseStored(raw);
  if (state.notice) pendingNotice = state.notice;
  // Store the repaired value so the notice is given once; if storage refuses, keep reading the repair.
  const stored = clean !== undefined && writeRaw(clean) ? clean : raw;
  cache = { raw: stored, state: { items: state.items, notice: pendingNotice } };
  return cache.state;
}

function emit() {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

const EMPTY: SavedState = { items: [] };

/** The saved list, kept in step with storage, including changes made in other tabs. */
export function useSaved(): SavedState {
  return useSyncExternalStore(subscribe, getState, () => EMPTY);
}

/** The saved list now, outside React (e.g. the kiosk's "Take it with you" QR code, composed in app/). */
export const savedState = getState;

function write(items: readonly SavedItem[]): boolean {
  const ok = writeRaw(items.length === 0 ? null : serialize(items));
  emit();
  return ok;
}

export type SaveResult = "saved" | "full" | "unavailable";

/** Saves at the top of the list (newest first). */
export function saveStudy(nctId: string, seen: SeenSnapshot, now = new Date()): SaveResult {
  const { items } = getState();
  if (items.some((item) => item.nctId === nctId)) return "saved";
  if (items.length >= MAX_SAVED) return "full";
  const next = [{ nctId, savedAt: now.toISOString(), seen }, ...items];
  return write(next) ? "saved" : "unavailable";
}

/** False when storage refused the change: the study is still saved. */
export function removeStudy(nctId: string): boolean {
  return write(getState().items.filter((item) => item.nctId !== nctId));
}

/** False when storage refused the change: the list is still saved. */
export function removeAll(): boolean {
  return write([]);
}

/** The notice has been shown: don't give it again. */
export function acknowledgeNotice(): void {
  if (!pendingNotice) return;
  pendingNotice = undefined;
  if (cache) cache = { ...cache, state: { items: cache.state.items } };
  emit();
}
