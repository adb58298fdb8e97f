// Compiles a parsed Essie expression into a matcher: (study index) → relevance score, or null
// when the study does not match. Scores add up per matched term, using the weight of the best
// piece of the search area the term hit (so a condition hit outranks a summary hit).
import type { Corpus } from "./corpus.ts";
import { EssieError } from "./essie-parse.ts";
import type { EssieNode } from "./essie-parse.ts";
import type { FieldCatalog, FieldInfo } from "./metadata.ts";
import type { SearchArea } from "./search-areas.ts";
import { SEARCH_AREAS } from "./search-areas.ts";
import { valuesAt } from "./study.ts";
import { combinedText, fieldText, normalizeWords, searchableText } from "./text-index.ts";
import { NEVER, matchRange, matchTyped } from "./essie-typed.ts";

/** Per-element context for SEARCH[Location](...): pieces below `prefix` read from `element`. */
export type ElementContext = { prefix: string; depth: number; element: unknown };
export type Matcher = (index: number, ctx?: ElementContext) => number | null;
type Scope = ReadonlyArray<{ field: FieldInfo; weight: number }>;
type Coverage = "Contains" | "FullMatch" | "StartsWith" | "EndsWith";

export type CompileEnv = {
  corpus: Corpus;
  catalog: FieldCatalog;
  /** Pieces the expression searches (for fields=@query). */
  usedPieces: Set<string>;
};

const STOP_WORDS = new Set(["a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "of", "on", "or", "the", "to", "with"]);

export function areaScope(area: SearchArea, catalog: FieldCatalog): Scope {
  return area.parts.flatMap(([piece, weight]) => {
    const field = catalog.byName.get(piece);
    return field ? [{ field, weight }] : [];
  });
}

export function compileEssie(node: EssieNode, area: SearchArea, env: CompileEnv): Matcher {
  const scope = areaScope(area, env.catalog);
  for (const { field } of scope) env.usedPieces.add(field.piece);
  return compile(node, scope, false, "Contains", env);
}

function compile(node: EssieNode, scope: Scope, direct: boolean, coverage: Coverage, env: CompileEnv): Matcher {
  switch (node.kind) {
    case "and": {
      const parts = node.items.map((n) => compile(n, scope, direct, coverage, env));
      return (i, ctx) => {
        let total = 0;
        for (const part of parts) {
          const score = part(i, ctx);
          if (score === null) return null;
          total += score;
        }
        return total;
      };
    }
    case "or": {
      const parts = node.items.map((n) => compile(n, scope, direct, coverage, env));
      return (i, ctx) => {
        let total: number | null = null;
        for (const part of parts) {
          const score = part(i, ctx);
          if (score !== null) total = (total ?? 0) + score;
        }
        return total;
      };
    }
    case "not": {
      const inner = compile(node.item, scope, direct, coverage, env);
      return (i, ctx) => (inner(i, ctx) === null ? 0 : null);
    }
    case "all":
      return () => 0;
    case "area": {
      const target = resolveArea(node.name, env.catalog);
      for (const { field } of target.scope) env.usedPieces.add(field.piece);
      return compile(node.item, target.scope, target.direct, coverage, env);
    }
    case "coverage": {
      if (!["Contains", "FullMatch", "StartsWith", "EndsWith"].includes(node.name)) {
        throw new EssieError(`Unknown coverage: \`${node.name}\``);
      }
      return compile(node.item, scope, direct, node.name as Coverage, env);
    }
    case "search":
      return compileSearch(node.name, node.item, coverage, env);
    case "missing":
      return (i, ctx) => (scope.every(({ field }) => values(env, field, i, ctx).length === 0) ? 0 : null);
    case "range": {
        const testers = scope
        .map(({ field, weight }) => ({ field, weight, test: matchRange(field, node.lo, node.hi, direct) }))
        .filter((t) => t.test !== NEVER);
      return (i, ctx) => best(testers, (t) => t.test(values(env, t.field, i, ctx)));
    }
    case "term":
      return compileTerm(node.text, node.phrase, scope, direct, coverage, env);
  }
}

function resolveArea(name: string, catalog: FieldCatalog): { scope: Scope; direct: boolean } {
  const area = SEARCH_AREAS.get(name);
  if (area) return { scope: areaScope(area, catalog), direct: false };
  const field = catalog.byName.get(name) ?? catalog.byPath.get(name);
  if (field) return { scope: [{ field, weight: 1 }], direct: true };
  throw new EssieError(`Unknown area name: \`${name}\``);
}

/** SEARCH[Location](...): every condition must hold for the same element of the list. */
function compileSearch(name: string, item: EssieNode, coverage: Coverage, env: CompileEnv): Matcher {
  const list = env.catalog.byName.get(name);
  if (!list || list.kind !== "struct" || !list.isList) throw new EssieError(`Unknown search area name: \`${name}\``);
  const prefix = list.path.join(".");
  const scope: Scope = [...env.catalog.byPath.entries()]
    .filter(([path, f]) => path.startsWith(prefix + ".") && (f.kind === "text" || f.kind === "enum"))
    .map(([, field]) => ({ field, weight: 1 }));
  const inner = compile(item, scope, false, coverage, env);
  return (i) => {
    let bestScore: number | null = null;
    for (const element of valuesAt(env.corpus.studies[i], list.path)) {
      const score = inner(i, { prefix, depth: list.path.length, element });
      if (score !== null && (bestScore === null || score > bestScore)) bestScore = score;
    }
    return bestScore;
  };
}

function compileTerm(text: string, phrase: boolean, scope: Scope, direct: boolean, coverage: Coverage, env: CompileEnv): Matcher {
  const words = normalizeWords(text);
  const ignorable = words.length === 0 || (!phrase && words.length === 1 && STOP_WORDS.has(words[0] ?? ""));
  const needle = ` ${words.join(" ")} `;
  const testers = scope.map(({ field, weight }) => {
    if (field.kind !== "text" && field.kind !== "struct") {
      const test = matchTyped(field, text, direct, env.catalog.enums);
      if (test === NEVER) return { field, weight, test: () => false }; // e.g. "pain" vs the Phase enum
      return { field, weight, test: (i: number, ctx?: ElementContext) => test(values(env, field, i, ctx)) };
    }
    if (ignorable) return { field, weight: 0, test: () => true };
    if (coverage !== "Contains") {
      const joined = words.join(" ");
      const cover = (v: string): boolean =>
        coverage === "FullMatch" ? v === joined : coverage === "StartsWith" ? v.startsWith(joined) : v.endsWith(joined);
      return {
        field,
        weight,
        test: (i: number, ctx?: ElementContext) =>
          values(env, field, i, ctx).some((v) => cover(normalizeWords(String(v)).join(" "))),
      };
    }
    return { field, weight, test: (i: number, ctx?: ElementContext) => text_(env, field, i, ctx).includes(needle), plain: true };
  });
  // Most studies miss a term entirely: check the area's combined text once before each field.
  const plainFields = testers.flatMap((t) => ("plain" in t ? [t.field] : []));
  if (plainFields.length < 2) return (i, ctx) => best(testers, (t) => t.test(i, ctx));
  const others = testers.filter((t) => !("plain" in t));
  return (i, ctx) => {
    if (!ctx && !combinedText(env.corpus, plainFields, i).includes(needle)) return best(others, (t) => t.test(i, ctx));
    return best(testers, (t) => t.test(i, ctx));
  };
}

function best<T extends { weight: number }>(testers: readonly T[], hit: (t: T) => boolean): number | null {
  let score: number | null = null;
  for (const t of testers) if ((score === null || t.weight > score) && hit(t)) score = t.weight;
  return score;
}

function inContext(field: FieldInfo, ctx: ElementContext | undefined): ctx is ElementContext {
  return ctx !== undefined && field.path.join(".").startsWith(ctx.prefix + ".");
}

function values(env: CompileEnv, field: FieldInfo, i: number, ctx?: ElementContext): unknown[] {
  if (inContext(field, ctx)) return valuesAt(ctx.element, field.path.slice(ctx.depth));
  return valuesAt(env.corpus.studies[i], field.path);
}

function text_(env: CompileEnv, field: FieldInfo, i: number, ctx?: ElementContext): string {
  if (inContext(field, ctx)) return searchableText(values(env, field, i, ctx));
  return fieldText(env.corpus, field, i);
}
