import { act, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import {
  acknowledgeNotice,
  MAX_SAVED,
  parseStored,
  removeAll,
  removeStudy,
  saveStudy,
  savedState,
  STORAGE_KEY,
  useSaved,
  type SavedItem,
} from "./saved-store";

const item = (nctId: string, extra: Partial<SavedItem> = {}): SavedItem => ({
  nctId,
  savedAt: "2025-03-01T10:00:00.000Z",
  seen: { status: "RECRUITING", lastUpdate: "2025-02-14", sites: 3 },
  ...extra,
});
const stored = (items: unknown, version: unknown = 1) => JSON.stringify({ version, items });
const id = (n: number) => `NCT${String(n).padStart(8, "0")}`;

afterEach(() => {
  localStorage.clear();
  acknowledgeNotice();
});

describe("reading the stored value", () => {
  test("nothing stored is an empty list, without a notice", () => {
    expect(parseStored(null)).toEqual({ state: { items: [] } });
  });

  test("a valid value is read as is", () => {
    const items = [item("NCT02513394"), item("NCT00405041", { seen: { sites: 0 } })];
    expect(parseStored(stored(items))).toEqual({ state: { items } });
  });

  test.each([
    ["corrupt JSON", "{version:1,"],
    ["not an object", "[1,2,3]"],
    ["a string", '"hello"'],
    ["an older version", stored([item("NCT02513394")], 0)],
    ["a newer version", stored([item("NCT02513394")], 2)],
    ["a version as text", stored([item("NCT02513394")], "1")],
    ["items that are not a list", stored({ NCT02513394: true })],
    ["no items", JSON.stringify({ version: 1 })],
  ])("%s is cleared with a notice", (_, raw) => {
    expect(parseStored(raw)).toEqual({ state: { items: [], notice: { kind: "cleared" } }, clean: null });
  });

  test.each([
    ["a missing id", { ...item("NCT02513394"), nctId: undefined }],
    ["an id that is not an NCT number", item("12345678")],
    ["a lower-case id", item("nct02513394")],
    ["an id with spaces", item(" NCT02513394")],
    ["an id with 9 digits", item("NCT025133940")],
    ["no snapshot", { ...item("NCT02513394"), seen: undefined }],
    ["a snapshot that is a list", { ...item("NCT02513394"), seen: [] }],
    ["an unknown status", item("NCT02513394", { seen: { status: "OPEN" as never, sites: 1 } })],
    ["a status in lower case", item("NCT02513394", { seen: { status: "recruiting" as never, sites: 1 } })],
    ["a negative number of sites", item("NCT02513394", { seen: { sites: -1 } })],
    ["a fractional number of sites", item("NCT02513394", { seen: { sites: 1.5 } })],
    ["sites as text", item("NCT02513394", { seen: { sites: "3" as never } })],
    ["a last update that is not text", item("NCT02513394", { seen: { lastUpdate: 20250214 as never, sites: 1 } })],
    ["a save date that is not a date", item("NCT02513394", { savedAt: "yesterday" })],
    ["a save date that is a number", { ...item("NCT02513394"), savedAt: 1700000000000 }],
    ["null", null],
    ["a string", "NCT02513394"],
  ])("an entry with %s is dropped, the others kept, with a notice and a repaired value", (_, bad) => {
    const good = item("NCT00405041");
    const { state, clean } = parseStored(stored([good, bad]));
    expect(state).toEqual({ items: [good], notice: { kind: "dropped", count: 1 } });
    expect(parseStored(clean ?? null)).toEqual({ state: { items: [good] } });
  });

  test("when every entry is bad the value is cleared", () => {
    expect(parseStored(stored([item("bad"), 5]))).toEqual({ state: { items: [], notice: { kind: "cleared" } }, clean: null });
  });

  test("duplicates keep the first; more than the cap keeps the first MAX_SAVED", () => {
    const many = Array.from({ length: MAX_SAVED + 5 }, (_, n) => item(id(n + 1)));
    const { state } = parseStored(stored([many[0], ...many]));
    expect(state.items).toHaveLength(MAX_SAVED);
    expect(state.items.map((entry) => entry.nctId)).toEqual(many.slice(0, MAX_SAVED).map((entry) => entry.nctId));
    expect(state.notice).toEqual({ kind: "dropped", count: 6 });
  });
});

describe("the store", () => {
  test("save, remove and remove all, kept in localStorage in the documented shape", () => {
    const { result } = renderHook(() => useSaved());
    expect(result.current.items).toEqual([]);
    act(() => void saveStudy("NCT02513394", { status: "RECRUITING", lastUpdate: "2025-02-14", sites: 437 }, new Date("2025-03-01T10:00:00Z")));
    act(() => void saveStudy("NCT00405041", { sites: 0 }, new Date("2025-03-02T10:00:00Z")));
    expect(result.current.items.map((entry) => entry.nctId)).toEqual(["NCT00405041", "NCT02513394"]); // newest first
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "")).toEqual({
      version: 1,
      items: [
        { nctId: "NCT00405041", savedAt: "2025-03-02T10:00:00.000Z", seen: { sites: 0 } },
        { nctId: "NCT02513394", savedAt: "2025-03-01T10:00:00.000Z", seen: { status: "RECRUITING", lastUpdate: "2025-02-14", sites: 437 } },
      ],
    });
    act(() => removeStudy("NCT00405041"));
    expect(result.current.items.map((entry) => entry.nctId)).toEqual(["NCT02513394"]);
    act(() => removeAll());
    expect(result.current.items).toEqual([]);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  test("saving twice keeps one entry; a full list refuses", () => {
    expect(saveStudy("NCT02513394", { sites: 1 })).toBe("saved");
    expect(saveStudy("NCT02513394", { sites: 2 })).toBe("saved");
    for (let n = 1; n < MAX_SAVED; n += 1) saveStudy(id(n), { sites: 0 });
    expect(saveStudy(id(MAX_SAVED + 1), { sites: 0 })).toBe("full");
    expect(parseStored(localStorage.getItem(STORAGE_KEY)).state.items).toHaveLength(MAX_SAVED);
    expect(savedState().items).toHaveLength(MAX_SAVED); // the same list, read outside React
  });

  test("follows other tabs through the storage event", () => {
    const { result } = renderHook(() => useSaved());
    const value = stored([item("NCT02513394")]);
    act(() => {
      localStorage.setItem(STORAGE_KEY, value);
      window.dispatchEvent(new StorageEvent("storage", { key: STORAGE_KEY, newValue: value }));
    });
    expect(result.current.items.map((entry) => entry.nctId)).toEqual(["NCT02513394"]);
    act(() => {
      localStorage.clear();
      window.dispatchEvent(new StorageEvent("storage", { key: null }));
    });
    expect(result.current.items).toEqual([]);
  });

  test("a corrupt value is removed from storage and its notice is given until acknowledged", () => {
    localStorage.setItem(STORAGE_KEY, "not json");
    const { result, rerender } = renderHook(() => useSaved());
    expect(result.current).toEqual({ items: [], notice: { kind: "cleared" } });
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    rerender();
    expect(result.current.notice).toEqual({ kind: "cleared" });
    act(() => acknowledgeNotice());
    expect(result.current).toEqual({ items: [] });
  });
});
