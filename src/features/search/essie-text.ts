// Typed text → an Essie expression the registry can always parse (query.cond, query.term, …). Pure.
// Its own module because two rules depend on it: what is sent (to-api-params.ts) and whether a search
// has words at all, which decides the default sort (search-url.ts).

/** Longest text sent for one field, in UTF-16 code units (see sanitizeEssieText). */
export const MAX_QUERY_CHARS = 300;

// Essie's own operators besides AND/OR/NOT (from the v2 parser's token list, api-facts §4/§6, plus the
// classic spellings EXACT/COVER/EXPAND). Typed in upper case they would be an operator ("ALL" alone
// matches every study; "AREA" without brackets is a parse error), so they are sent as a quoted
// one-word phrase, which is always a plain term (measured live by others: query.cond=ALL returns the
// whole registry, "ALL", \ALL and all return the same 4,572 studies). Operators are upper case only, so
// lower-case words stay unquoted and keep the registry's synonym expansion.
const KEYWORDS = new Set([
  "AREA", "SEARCH", "RANGE", "DISTANCE", "MISSING", "ALL", "MIN", "MAX",
  "COVERAGE", "COVER", "EXPANSION", "EXPAND", "EXACT", "TILT",
]);
// Kept inside words: letters, digits, combining marks and the punctuation of real terms
// (non-small, Crohn's, St. Louis, HIV/AIDS, HER2+). Everything else becomes a space.
const WORD_CHAR = /^[\p{L}\p{N}\p{M}\-'./+]$/u;
const ALNUM = /[\p{L}\p{N}]/u;
const SMART_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033]/g; // “ ” „ ‟ ″ (phone keyboards type these)
const SMART_SINGLE = /[\u2018\u2019\u201A\u201B\u2032]/g; // ‘ ’ ‚ ‛ ′

type Token =
  | { kind: "word" | "phrase"; text: string }
  | { kind: "op"; text: "AND" | "OR" | "NOT" }
  | { kind: "(" | ")" };

/**
 * Makes typed text safe to send as an Essie expression in a query.* parameter: whatever a person types,
 * the registry gets something it can parse (no 400), and what works in Essie keeps working.
 *
 * Kept: words, "quoted phrases", AND / OR / NOT (upper case, as Essie requires) and ( ) grouping, when
 * they are balanced and in a place where they make sense.
 * Changed:
 * - `[` `]` (a 400 anywhere in free text), `\`, `{ }`, `:`, `*`, `,`, `&`, emoji, control characters
 *   and other symbols become spaces; smart quotes become plain ones;
 * - an unmatched `"` is dropped (the words stay), as are empty phrases;
 * - unmatched `(` or `)` are dropped, and so are empty groups `()`;
 * - AND / OR without a term on both sides, and NOT without a term after it, are dropped
 *   ("cancer AND" → "cancer", "AND OR pain" → "pain");
 * - Essie's other operator words in upper case (AREA, RANGE, ALL, MISSING, …) are quoted, so "ALL"
 *   (acute lymphoblastic leukaemia) is searched as a word instead of matching every study;
 * - pieces without a letter or digit ("-", "...", "'") are dropped;
 * - the result is at most MAX_QUERY_CHARS long: whole terms are cut from the end (a single longer
 *   word is shortened), which keeps URLs well under server limits even with all six fields full.
 * Returns undefined when nothing searchable is left (then the parameter is not sent).
 * Idempotent: sanitising the result again gives the same string.
 */
export function sanitizeEssieText(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let tokens = balance(tokenize(cleanCharacters(raw)));
  // Cut whole tokens from the end until the text fits; balancing again only removes more.
  if (render(tokens).length > MAX_QUERY_CHARS) {
    while (tokens.length > 0 && render(tokens).length > MAX_QUERY_CHARS) tokens = tokens.slice(0, -1);
    tokens = balance(tokens);
  }
  const text = render(tokens);
  return text === "" ? undefined : text;
}

/** Smart quotes made plain, every character that is not structure or part of a word made a space. */
function cleanCharacters(raw: string): string {
  let out = "";
  for (const ch of raw.normalize("NFC").replace(SMART_DOUBLE, '"').replace(SMART_SINGLE, "'")) {
    out += ch === '"' || ch === "(" || ch === ")" || WORD_CHAR.test(ch) ? ch : " ";
  }
  const text = out.replace(/\s+/g, " ").trim();
  // Bounds the work below; the final length is enforced on the result.
  const limit = MAX_QUERY_CHARS * 2;
  if (text.length <= limit) return text;
  const cut = clip(text, limit);
  const space = cut.lastIndexOf(" ");
  return space > 0 ? cut.slice(0, space) : cut;
}

/** The first `length` code units, without splitting a surrogate pair (a letter outside the BMP, e.g. Gothic or rare CJK). */
function clip(text: string, length: number): string {
  const cut = text.slice(0, length);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === " ") {
      i++;
    } else if (c === "(" || c === ")") {
      tokens.push({ kind: c });
      i++;
    } else if (c === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) {
        i++; // an unmatched quote: drop it, keep the words after it
        continue;
      }
      // Inside a phrase everything is literal to Essie; parentheses are only punctuation there.
      const phrase = text.slice(i + 1, end).replace(/[()]/g, " ").replace(/\s+/g, " ").trim();
      if (ALNUM.test(phrase)) tokens.push({ kind: "phrase", text: clip(phrase, MAX_QUERY_CHARS - 2).trim() });
      i = end + 1;
    } else {
      let end = i;
      while (end < text.length && !' "()'.includes(text[end] ?? " ")) end++;
      const word = clip(text.slice(i, end), MAX_QUERY_CHARS).replace(/^[-'./+]+/, "").replace(/[-'/]+$/, "");
      i = end;
      if (!ALNUM.test(word)) continue;
      if (word === "AND" || word === "OR" || word === "NOT") tokens.push({ kind: "op", text: word });
      else if (KEYWORDS.has(word)) tokens.push({ kind: "phrase", text: word });
      else tokens.push({ kind: "word", text: word });
    }
  }
  return tokens;
}

const endsOperand = (t: Token | undefined) => t?.kind === "word" || t?.kind === "phrase" || t?.kind === ")";
const startsOperand = (t: Token | undefined) =>
  t?.kind === "word" || t?.kind === "phrase" || t?.kind === "(" || (t?.kind === "op" && t.text === "NOT");

/** Drops unmatched parentheses, empty groups and misplaced operators until nothing changes. */
function balance(input: Token[]): Token[] {
  let tokens = input;
  for (;;) {
    const before = tokens.length;
    tokens = matchParentheses(tokens);
    tokens = tokens.filter((t, i) => !(t.kind === "(" && tokens[i + 1]?.kind === ")") && !(t.kind === ")" && tokens[i - 1]?.kind === "("));
    const bad = tokens.findIndex((t, i) => {
      if (t.kind !== "op") return false;
      if (!startsOperand(tokens[i + 1])) return true;
      return t.text !== "NOT" && !endsOperand(tokens[i - 1]);
    });
    if (bad >= 0) tokens = tokens.filter((_, i) => i !== bad); // one at a time: "a AND AND b" → "a AND b"
    if (tokens.length === before) return tokens;
  }
}

function matchParentheses(tokens: Token[]): Token[] {
  const open: number[] = [];
  const drop = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.kind === "(") open.push(i);
    else if (t.kind === ")") {
      if (open.length > 0) open.pop();
      else drop.add(i);
    }
  });
  for (const i of open) drop.add(i);
  return drop.size > 0 ? tokens.filter((_, i) => !drop.has(i)) : tokens;
}

function render(tokens: readonly Token[]): string {
  let out = "";
  tokens.forEach((t, i) => {
    const glued = i === 0 || t.kind === ")" || tokens[i - 1]?.kind === "(";
    out += glued ? tokenText(t) : ` ${tokenText(t)}`;
  });
  return out;
}

function tokenText(t: Token): string {
  switch (t.kind) {
    case "(":
    case ")":
      return t.kind;
    case "phrase":
      return `"${t.text}"`;
    default:
      return t.text;
  }
}
