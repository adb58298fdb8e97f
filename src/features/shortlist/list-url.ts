// The shared shortlist's URL: /list?ids=NCT…,NCT…&note=…&near=lat,lon. Anyone can hand-edit or truncate
// a link, so reading never throws: what cannot be used is reported, the rest is kept in order.
import { t } from "@lingui/core/macro";
import { capText, wellFormed } from "../../lib/clean-text";
import { checkNctId } from "../../lib/nct-id";
import { isLatLon, type LatLon } from "../../lib/geo/distance";
import { parseNear } from "../../lib/geo/near";

export const MAX_LIST_IDS = 50;
export const MAX_NOTE_CHARS = 500;
/** Longest bad id quoted back, so a pasted essay does not fill the page. */
const MAX_QUOTED = 40;

export type ListParams = {
  ids: string[];
  /** Entries that are not NCT numbers, as written (cut to 40 characters). */
  invalid: string[];
  /** Valid ids past MAX_LIST_IDS that were left out. */
  overLimit: number;
  note: string;
  noteCut: boolean;
  near?: LatLon;
  nearIgnored?: string;
};

export function parseListParams(params: URLSearchParams): ListParams {
  const ids: string[] = [];
  const invalid: string[] = [];
  let overLimit = 0;
  // Commas are the separator; spaces and newlines too, since people paste lists.
  for (const raw of (params.get("ids") ?? "").split(/[\s,;]+/)) {
    if (!raw) continue;
    const check = checkNctId(raw);
    if (!check.ok) invalid.push(quoted(raw));
    else if (ids.includes(check.id)) continue;
    else if (ids.length >= MAX_LIST_IDS) overLimit += 1;
    else ids.push(check.id);
  }
  const { note, cut } = limitNote(params.get("note") ?? "");
  const near = readNear(params.get("near"));
  return { ids, invalid, overLimit, note, noteCut: cut, ...near };
}

/** A bad id as the page quotes it back: at most MAX_QUOTED characters, never half an emoji. */
function quoted(raw: string): string {
  const { text, cut } = capText(raw, MAX_QUOTED);
  return cut ? `${text}…` : text;
}

/**
 * Trims the note and cuts it to MAX_NOTE_CHARS characters (code points, so no half emoji). Lone
 * surrogates (a broken paste) become U+FFFD: listPath could not encode them, and a URL would anyway.
 */
export function limitNote(raw: string): { note: string; cut: boolean } {
  const { text, cut } = capText(wellFormed(raw).trim(), MAX_NOTE_CHARS);
  return { note: text, cut };
}

/** Characters of a note as limitNote counts them. */
export const noteLength = (note: string) => [...note].length;

function readNear(raw: string | null): { near?: LatLon; nearIgnored?: string } {
  const parsed = parseNear(raw);
  if (!parsed) return {};
  if (!parsed.ok) return { nearIgnored: parsed.error };
  if (parsed.near.kind !== "point" || !isLatLon(parsed.near)) {
    return { nearIgnored: t`near was ignored: a shared list takes only latitude,longitude` };
  }
  return { near: { lat: parsed.near.lat, lon: parsed.near.lon } };
}

/**
 * The path of a list: ids in order (commas left readable; at most MAX_LIST_IDS, as /list reads no more),
 * then the note and place when given.
 */
export function listPath({ ids, note, near }: { ids: readonly string[]; note?: string; near?: LatLon }): string {
  let path = `/list?ids=${ids.slice(0, MAX_LIST_IDS).join(",")}`;
  const text = limitNote(note ?? "").note;
  if (text) path += `&note=${encodeURIComponent(text)}`;
  if (near) path += `&near=${near.lat},${near.lon}`;
  return path;
}

