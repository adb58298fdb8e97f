// The six date filters share one definition: a range of days, `from_to` in the URL (either end may be
// left empty), sent as AREA[<date field>]RANGE[from, to] with MIN or MAX for an open end. The registry's
// partial dates ("2024-03") match when their span overlaps the range.
import { t } from "@lingui/core/macro";
import type { FilterDef } from "./filter-def";

/** Dates as YYYY-MM-DD, both ends included; a missing end is open. */
export type DateRange = { from?: string; to?: string };

export type DateKey = "startdate" | "primarycompletion" | "completion" | "firstposted" | "resultsposted" | "lastupdated";

// Each date's registry field (PartialDate for the study's own dates, NormalizedDate for the posting
// dates), in URL order.
const DATES: Record<DateKey, string> = {
  startdate: "StartDate",
  primarycompletion: "PrimaryCompletionDate",
  completion: "CompletionDate",
  firstposted: "StudyFirstPostDate",
  resultsposted: "ResultsFirstPostDate",
  lastupdated: "LastUpdatePostDate",
};
export const DATE_KEYS = Object.keys(DATES) as DateKey[];

/** Each date's label on the form. */
export const dateLabel = (key: DateKey) =>
  ({
    startdate: t`Study start`,
    primarycompletion: t`Primary completion`,
    completion: t`Study completion`,
    firstposted: t`First posted`,
    resultsposted: t`Results first posted`,
    lastupdated: t`Last update posted`,
  })[key];

/** `text` when it is a real calendar day written YYYY-MM-DD. */
export function isoDay(text: string | undefined): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? "");
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? text : undefined;
}

/** The range in canonical form: both ends real days (or open), in order, at least one given. */
function normalizeRange(range: DateRange | undefined): DateRange | undefined {
  const from = isoDay(range?.from);
  const to = isoDay(range?.to);
  if ((range?.from && !from) || (range?.to && !to) || (!from && !to) || (from && to && from > to)) return undefined;
  return { ...(from && { from }), ...(to && { to }) };
}

/** "2022-01-01 to 2023-12-31", "from 2022-01-01", "until 2023-12-31". */
export const span = ({ from, to = "" }: DateRange) => (from && to ? t`${from} to ${to}` : from ? t`from ${from}` : t`until ${to}`);

function dateRange(key: DateKey): FilterDef<DateRange> {
  const field = DATES[key];
  return {
    hint: () => t`dates are YYYY-MM-DD, as 2022-01-01_2023-12-31 (either end may be left empty), earliest first`,
    read(text, prev, bad) {
      const value = text.trim();
      if (value === "" || value === "_") return undefined;
      const [from = "", to, ...rest] = value.split("_").map((part) => part.trim());
      const range = to === undefined || rest.length > 0 ? undefined : normalizeRange({ from, to });
      if (!range) bad(text);
      return range ?? prev;
    },
    normalize: normalizeRange,
    serialize: ({ from, to }) => `${from ?? ""}_${to ?? ""}`,
    api(value) {
      const range = normalizeRange(value);
      return range ? [`AREA[${field}]RANGE[${range.from ?? "MIN"}, ${range.to ?? "MAX"}]`] : [];
    },
    words: (range) => `${dateLabel(key).toLowerCase()} ${span(range)}`,
  };
}

export const DATE_FILTERS = Object.fromEntries(DATE_KEYS.map((key) => [key, dateRange(key)])) as Record<DateKey, FilterDef<DateRange>>;
