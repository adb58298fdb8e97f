// What one entry of the filter catalogue holds, and the few shapes most entries share (a list of values,
// one of a few values, a yes-only flag). Pure, no React: the URL parser, the API request, the filter
// panel's summary and the "no results" suggestions all read these entries.
import { t } from "@lingui/core/macro";

/**
 * One filter: everything a first visit needs to know about it. Its form control, its "no results" wording
 * (relax-words.ts) and its registry spellings (registry-spellings.ts) load with the parts that use them.
 */
export type FilterDef<V> = {
  /** Reads one URL value onto the value so far (a list adds up; one value: the last duplicate wins). */
  read(text: string, prev: V | undefined, bad: (item: string) => void): V | undefined;
  /** Why a value was ignored, in the note a person reads ("phase=7 was ignored: …"). */
  hint: () => string;
  /** The canonical value; undefined for the default and for anything invalid. */
  normalize(value: V | undefined): V | undefined;
  serialize(value: V): string;
  /** Its part of the registry request: filter.advanced clauses, joined with AND (status: its own list). */
  api(value: V | undefined): string[];
  /** A few words for a value that narrows the search: the closed filter panel's summary. */
  words(value: V): string;
};

// Object.hasOwn, not `in` or indexing: a value named "constructor" must not reach Object.prototype.
export const has = <K extends string>(table: Record<K, unknown>, key: string): key is K => Object.hasOwn(table, key);

export const splitList = (value: string) => value.split(/[\s,|]+/).filter((item) => item !== "");

/** "a or b or c" (a list that is not empty). */
export const orWords = (words: string[]) => words.reduce((list, word) => t`${list} or ${word}`);

/** "a or b", from option labels. */
export const either = <K extends string>(labels: Record<K, string>, values: readonly K[]) => orWords(values.map((v) => labels[v]));

/**
 * Several values, OR-ed: `labels` lists them in canonical order; `aliases` maps other lower-case spellings.
 * `clause` is one value's filter.advanced term.
 */
export function listFilter<K extends string>(spec: {
  labels: Record<K, string>;
  /** Canonical order, when not the labels' (Object.keys puts digit keys first). */
  order?: readonly K[];
  aliases?: Record<string, K>;
  clause: (value: K) => string;
  hint: () => string;
  words: (values: K[]) => string;
}): FilterDef<K[]> {
  const { labels, aliases = {}, order = Object.keys(labels) as K[] } = spec;
  const normalize = (values: K[] | undefined) => {
    const kept = order.filter((key) => values?.includes(key));
    return kept.length > 0 ? kept : undefined;
  };
  return {
    hint: spec.hint,
    read(text, prev, bad) {
      const out = [...(prev ?? [])];
      for (const item of splitList(text)) {
        const key = item.toLowerCase();
        const value = has(labels, key) ? key : has(aliases, key) ? aliases[key] : undefined;
        if (value === undefined) bad(item);
        else out.push(value);
      }
      return normalize(out);
    },
    normalize,
    serialize: (values) => values.join(","),
    api: (values) => {
      const kept = normalize(values);
      return kept ? [kept.map(spec.clause).join(" OR ")] : [];
    },
    words: spec.words,
  };
}

/**
 * One of a few values (`labels`; any case in the URL, written as listed). `aliases` maps other lower-case
 * spellings, null for those that mean "no filter" (sex=all); an empty value clears it too.
 */
export function oneOf<K extends string>(spec: {
  labels: Record<K, string>;
  aliases?: Record<string, K | null>;
  clause: (value: K) => string;
  hint: () => string;
  words: (value: K) => string;
}): FilterDef<K> {
  const { labels, aliases = {} } = spec;
  return {
    hint: spec.hint,
    read(text, prev, bad) {
      const key = text.trim().toLowerCase();
      const value = (Object.keys(labels) as K[]).find((k) => k.toLowerCase() === key);
      if (value !== undefined) return value;
      if (key === "" || (has(aliases, key) && aliases[key] === null)) return undefined;
      if (has(aliases, key)) return aliases[key] ?? undefined;
      bad(text);
      return prev;
    },
    normalize: (value) => (value !== undefined && has(labels, value) ? value : undefined),
    serialize: String,
    api: (value) => (value !== undefined && has(labels, value) ? [spec.clause(value)] : []),
    words: spec.words,
  };
}

/** A yes-only filter: `1` (true, yes) turns it on, `0` (false, no) or an empty value off. */
export function flag(spec: { clause: string; hint: () => string; words: () => string }): FilterDef<true> {
  return {
    hint: spec.hint,
    read(text, prev, bad) {
      const key = text.trim().toLowerCase();
      if (["1", "true", "yes"].includes(key)) return true;
      if (["", "0", "false", "no"].includes(key)) return undefined;
      bad(text);
      return prev;
    },
    normalize: (value) => (value === true ? true : undefined),
    serialize: () => "1",
    api: (value) => (value === true ? [spec.clause] : []),
    words: spec.words,
  };
}
