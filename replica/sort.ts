// sort=: up to two `Piece[:asc|desc]` items or `@relevance`. Only date and numeric pieces, as in
// the real API. Dates default to desc, numbers to asc, relevance to desc; studies missing the
// field always come last; remaining ties keep NCT id order (the corpus order).
import type { Corpus } from "./corpus.ts";
import { badRequest } from "./errors.ts";
import { splitList } from "./filters.ts";
import type { FieldCatalog, FieldInfo } from "./metadata.ts";
import { valuesAt } from "./study.ts";
import { dateKey, numberOf } from "./values.ts";

export type SortSpec = { field: FieldInfo | "relevance"; descending: boolean };

const ITEM_RE = /^(@relevance|[a-zA-Z][a-zA-Z0-9\-. ]*?)(?::(asc|desc))?$/;

export function parseSort(raw: string, catalog: FieldCatalog): SortSpec[] {
  if (raw.trim() === "") return [];
  const items = splitList(raw);
  if (items.length > 2) throw badRequest(`Parameter \`sort\` has incorrect format: at most 2 sort fields are allowed`);
  return items.map((item) => {
    const m = ITEM_RE.exec(item);
    const name = m?.[1];
    if (!name) throw badRequest(`Parameter \`sort\` has incorrect format: \`${item}\``);
    if (name === "@relevance") return { field: "relevance", descending: m[2] !== "asc" };
    const field = catalog.byName.get(name) ?? catalog.byPath.get(name);
    if (!field || (field.kind !== "date" && field.kind !== "number")) {
      throw badRequest(`Parameter \`sort\` has incorrect format: \`${name}\` is not a date or numeric field`);
    }
    return { field, descending: m[2] ? m[2] === "desc" : field.kind === "date" };
  });
}

type Key = string | number | undefined;

function keyOf(corpus: Corpus, index: number, spec: SortSpec, scores: ReadonlyMap<number, number>): Key {
  if (spec.field === "relevance") return scores.get(index) ?? 0;
  const field = spec.field;
  const keys = valuesAt(corpus.studies[index], field.path)
    .map((v) => (field.kind === "date" ? (typeof v === "string" ? dateKey(v) : undefined) : numberOf(v)))
    .filter((k): k is string | number => k !== undefined);
  if (keys.length === 0) return undefined;
  // A list piece sorts by its smallest value ascending and its largest value descending.
  return keys.reduce((a, b) => ((spec.descending ? b > a : b < a) ? b : a));
}

/** Returns `indices` (corpus positions, ascending = NCT id order) sorted by `specs`. */
export function sortIndices(corpus: Corpus, indices: readonly number[], specs: readonly SortSpec[], scores: ReadonlyMap<number, number>): number[] {
  if (specs.length === 0) return [...indices];
  const rows = indices.map((index) => ({ index, keys: specs.map((s) => keyOf(corpus, index, s, scores)) }));
  rows.sort((a, b) => {
    for (const [k, spec] of specs.entries()) {
      const [x, y] = [a.keys[k], b.keys[k]];
      if (x === y) continue;
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      const order = x < y ? -1 : 1;
      return spec.descending ? -order : order;
    }
    return a.index - b.index;
  });
  return rows.map((r) => r.index);
}
