// fields= projection. Like the real API only the requested paths come back, with their
// ancestors' structure (even hasResults disappears unless requested); a branch piece brings its
// whole subtree. Elements of a projected list are kept (as {} when nothing requested is in them)
// so list lengths survive, e.g. the number of sites can be counted from any Location* field.
import { badRequest } from "./errors.ts";
import { splitList } from "./filters.ts";
import type { FieldCatalog } from "./metadata.ts";
import { SEARCH_AREAS } from "./search-areas.ts";
import { isObject } from "./study.ts";
import type { StudyRecord } from "./study.ts";

export type Selection = { all: boolean; children: Map<string, Selection> };

const NAME_RE = /^[a-zA-Z][a-zA-Z0-9\-. ]*$/;

/**
 * Parses `fields` into a path trie. Names are piece names or altPieceNames (case-sensitive, as
 * the API), dot paths, search-area names, or `@query` (= `queryPieces`, what the search used).
 */
export function parseFields(raw: string, catalog: FieldCatalog, queryPieces: ReadonlySet<string>): Selection {
  const root: Selection = { all: false, children: new Map() };
  const items = splitList(raw);
  if (items.every((i) => i === "")) throw badRequest(`Parameter 'fields' must be a non-empty list of field names`);
  for (const item of items) {
    const pieces = item === "@query" ? [...queryPieces] : SEARCH_AREAS.get(item)?.parts.map(([p]) => p);
    if (pieces) {
      for (const piece of pieces) {
        const field = catalog.byName.get(piece);
        if (field) select(root, field.path);
      }
      continue;
    }
    const field = NAME_RE.test(item) ? (catalog.byName.get(item) ?? catalog.byPath.get(item)) : undefined;
    if (!field) throw badRequest(`Parameter 'fields' contains invalid field name: '${item}'`);
    select(root, field.path);
  }
  return root;
}

function select(root: Selection, path: readonly string[]): void {
  let node = root;
  for (const key of path) {
    if (node.all) return; // an ancestor is already fully selected
    let child = node.children.get(key);
    if (!child) {
      child = { all: false, children: new Map() };
      node.children.set(key, child);
    }
    node = child;
  }
  node.all = true;
  node.children.clear();
}

function projectValue(value: unknown, selection: Selection): unknown {
  if (selection.all) return value;
  if (Array.isArray(value)) return value.map((item) => projectValue(item, selection) ?? {});
  if (!isObject(value)) return undefined;
  const out: Record<string, unknown> = {};
  // Iterate the record (not the selection) so keys keep the record's order.
  for (const [key, child] of Object.entries(value)) {
    const sub = selection.children.get(key);
    if (!sub) continue;
    const projected = projectValue(child, sub);
    if (projected !== undefined) out[key] = projected;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export function projectStudy(study: StudyRecord, selection: Selection | undefined): StudyRecord {
  if (!selection) return study;
  const projected = projectValue(study, selection);
  return isObject(projected) ? projected : {};
}
