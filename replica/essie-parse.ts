// Parser for the subset of Essie expressions the replica supports (query.* and filter.advanced):
// terms, "phrases", AND / OR / NOT, ( ), AREA[x], SEARCH[x](...), RANGE[a, b] with MIN / MAX,
// MISSING, ALL; COVERAGE[x] is honoured, EXPANSION[x] and TILT[x] are accepted and ignored.
// Precedence (Essie docs): terms/ops > NOT & context ops (AREA...) > AND > OR; juxtaposition = AND.

export type EssieNode =
  | { kind: "term"; text: string; phrase: boolean }
  | { kind: "and" | "or"; items: EssieNode[] }
  | { kind: "not"; item: EssieNode }
  | { kind: "area" | "search" | "coverage"; name: string; item: EssieNode }
  | { kind: "range"; lo: string | undefined; hi: string | undefined }
  | { kind: "missing" }
  | { kind: "all" };

/** Syntax or semantic error; the caller prefixes "Error parsing query in <area label>: ". */
export class EssieError extends Error {}

type Token = { type: "word" | "phrase" | "op" | "(" | ")" | "bracket" | "eof"; value: string };

const OPERATORS = new Set(["AND", "OR", "NOT", "AREA", "SEARCH", "RANGE", "MISSING", "ALL", "COVERAGE", "EXPANSION", "TILT"]);
const CONTEXT_OPS = new Set(["AREA", "SEARCH", "COVERAGE", "EXPANSION", "TILT"]);
const STARTS_OPERAND = new Set(["NOT", "AREA", "SEARCH", "RANGE", "MISSING", "ALL", "COVERAGE", "EXPANSION", "TILT"]);

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i] ?? "";
    if (/\s|,/.test(c)) {
      i++; // commas separate terms like spaces do
    } else if (c === "(" || c === ")") {
      tokens.push({ type: c, value: c });
      i++;
    } else if (c === "[") {
      const end = input.indexOf("]", i);
      if (end < 0) throw new EssieError(`missing ']' at '<EOF>'`);
      tokens.push({ type: "bracket", value: input.slice(i + 1, end).trim() });
      i = end + 1;
    } else if (c === "]") {
      throw new EssieError(`extraneous input ']' at position ${i}`);
    } else if (c === '"') {
      let text = "";
      i++;
      while (i < input.length && input[i] !== '"') {
        if (input[i] === "\\") i++; // \" inside a phrase
        text += input[i] ?? "";
        i++;
      }
      if (i >= input.length) throw new EssieError(`missing '"' at '<EOF>'`);
      tokens.push({ type: "phrase", value: text });
      i++;
    } else {
      let text = "";
      let escaped = false;
      while (i < input.length && !/[\s,()[\]"]/.test(input[i] ?? "")) {
        if (input[i] === "\\") escaped = true;
        text += input[i] === "\\" ? (input[++i] ?? "") : input[i];
        i++;
      }
      tokens.push({ type: !escaped && OPERATORS.has(text) ? "op" : "word", value: text });
    }
  }
  tokens.push({ type: "eof", value: "<EOF>" });
  return tokens;
}

export function parseEssie(input: string): EssieNode {
  const tokens = tokenize(input);
  let pos = 0;
  const peek = (): Token => tokens[pos] ?? { type: "eof", value: "<EOF>" };
  const next = (): Token => tokens[pos++] ?? { type: "eof", value: "<EOF>" };
  const shown = (t: Token): string => (t.type === "bracket" ? `[${t.value}]` : t.value);

  const startsOperand = (t: Token): boolean =>
    t.type === "word" || t.type === "phrase" || t.type === "(" || (t.type === "op" && STARTS_OPERAND.has(t.value));

  function parseOr(): EssieNode {
    const items = [parseAnd()];
    while (peek().type === "op" && peek().value === "OR") {
      next();
      items.push(parseAnd());
    }
    return items.length === 1 && items[0] ? items[0] : { kind: "or", items };
  }

  function parseAnd(): EssieNode {
    const items = [parseUnary()];
    for (;;) {
      const t = peek();
      if (t.type === "op" && t.value === "AND") {
        next();
        items.push(parseUnary());
      } else if (startsOperand(t)) {
        items.push(parseUnary());
      } else break;
    }
    return items.length === 1 && items[0] ? items[0] : { kind: "and", items };
  }

  function bracket(op: string): string {
    const t = next();
    if (t.type !== "bracket") throw new EssieError(`missing '[' after '${op}' at '${shown(t)}'`);
    return t.value;
  }

  function parseUnary(): EssieNode {
    const t = peek();
    if (t.type === "op" && t.value === "NOT") {
      next();
      return { kind: "not", item: parseUnary() };
    }
    if (t.type === "op" && CONTEXT_OPS.has(t.value)) {
      next();
      const name = bracket(t.value);
      const item = parseUnary();
      if (t.value === "EXPANSION" || t.value === "TILT") return item; // ranking/synonym hints only
      const kind = t.value === "AREA" ? "area" : t.value === "SEARCH" ? "search" : "coverage";
      return { kind, name, item };
    }
    return parsePrimary();
  }

  function parsePrimary(): EssieNode {
    const t = next();
    if (t.type === "(") {
      const inner = parseOr();
      const close = next();
      if (close.type !== ")") throw new EssieError(`missing ')' at '${shown(close)}'`);
      return inner;
    }
    if (t.type === "word" || t.type === "phrase") return { kind: "term", text: t.value, phrase: t.type === "phrase" };
    if (t.type === "op" && t.value === "MISSING") return { kind: "missing" };
    if (t.type === "op" && t.value === "ALL") return { kind: "all" };
    if (t.type === "op" && t.value === "RANGE") {
      const bounds = bracket("RANGE").split(",").map((b) => b.trim());
      if (bounds.length !== 2 || bounds.some((b) => b === "")) {
        throw new EssieError(`RANGE needs two bounds, e.g. RANGE[MIN, 2024-01-01]`);
      }
      const bound = (b: string | undefined): string | undefined => (b === "MIN" || b === "MAX" ? undefined : b);
      return { kind: "range", lo: bound(bounds[0]), hi: bound(bounds[1]) };
    }
    if (t.type === "bracket") throw new EssieError(`mismatched input '[' expecting a term, '(' or an operator`);
    throw new EssieError(`mismatched input '${shown(t)}' expecting {'(', 'NOT', 'AREA', 'RANGE', 'MISSING', term}`);
  }

  const tree = parseOr();
  const rest = next();
  if (rest.type !== "eof") throw new EssieError(`extraneous input '${shown(rest)}' expecting <EOF>`);
  return tree;
}
