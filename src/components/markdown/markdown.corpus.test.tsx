import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, describe, test } from "vitest";
import { corpus, requireCorpus } from "../../testing/server";
import { isPlainText } from "./markdown";
import { markdownToHtml } from "./parse-markdown";
import { toSafeHtml } from "./to-safe-html";

// Every markup field (api-facts §10) of every real record converts without throwing, to HTML made only
// of the few elements and attributes the renderer allows. Checked on the serialised string, without a
// second parse: there are ~7,000 distinct texts (3 MB) and jsdom parses slowly.
requireCorpus();

const TAGS = new Set(["p", "br", "hr", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li", "a", "span"]);
const ATTRIBUTES = new Set(["href", "title", "start", "target", "rel", "class", "data-url-text"]);

function expectInertHtml(html: string) {
  for (const [, tag = "", attrs = ""] of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    if (!TAGS.has(tag)) throw new Error(`unexpected <${tag}> in ${html.slice(0, 200)}`);
    for (const [, name = "", value = ""] of attrs.matchAll(/\s([^\s=]+)(?:="([^"]*)")?/g)) {
      if (!ATTRIBUTES.has(name)) throw new Error(`unexpected ${name}= on <${tag}>`);
      if (name === "href" && !/^(https?:\/\/|mailto:)/.test(value)) throw new Error(`unexpected href ${value}`);
    }
  }
  expect(html).not.toMatch(/<(script|img|iframe)\b|\son\w+=/i);
}

// The 50 markup fields (api-facts §10), read from the registry's metadata in ../shared/ctgov.
function markupPaths(): string[][] {
  const file = join(corpus.dir, "..", "metadata", "studies-metadata.aact-2024-10.json");
  type Field = { name: string; sourceType?: string; children?: Field[] };
  const paths: string[][] = [];
  const walk = (fields: Field[], prefix: string[]) => {
    for (const f of fields) {
      if (f.sourceType === "MARKUP") paths.push([...prefix, f.name]);
      walk(f.children ?? [], [...prefix, f.name]);
    }
  };
  walk(JSON.parse(readFileSync(file, "utf8")) as Field[], []);
  return paths;
}

/** Every string at `path`, looking through arrays on the way. */
function valuesAt(value: unknown, path: string[]): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => valuesAt(v, path));
  const [head, ...rest] = path;
  if (head === undefined) return typeof value === "string" ? [value] : [];
  if (typeof value !== "object" || value === null || !(head in value)) return [];
  return valuesAt((value as Record<string, unknown>)[head], rest);
}

// Each text rendered once for all the tests below: jsdom parses HTML slowly.
const rendered = new Map<string, string>();
const html = (text: string) => rendered.get(text) ?? rendered.set(text, toSafeHtml(text)).get(text) ?? "";

describe.skipIf(corpus.studies.length === 0)(`markdown over the real corpus (${corpus.studies.length} records)`, () => {
  test("every markup field of every record renders to inert HTML", () => {
    const paths = markupPaths();
    expect(paths.length).toBeGreaterThanOrEqual(3);
    const texts = new Set(corpus.studies.flatMap((study) => paths.flatMap((path) => valuesAt(study, path))));
    expect(texts.size).toBeGreaterThan(corpus.studies.length); // at least the brief summaries
    for (const text of texts) expectInertHtml(html(text));
  }, 180_000);

  test("no real text is beyond the parser's bounds (none falls back to plain paragraphs)", () => {
    const paths = markupPaths();
    const texts = new Set(corpus.studies.flatMap((study) => paths.flatMap((path) => valuesAt(study, path))));
    for (const text of texts) expect(() => markdownToHtml(text), text.slice(0, 120)).not.toThrow();
  }, 60_000);

  test("text judged plain renders as the renderer would: the same paragraphs with the same words", () => {
    const paths = markupPaths();
    const texts = [...new Set(corpus.studies.flatMap((study) => paths.flatMap((path) => valuesAt(study, path))))];
    const plain = texts.filter(isPlainText);
    // Most registry text is plain; if that ever stops being true the shortcut is not worth having.
    expect(plain.length / texts.length).toBeGreaterThan(0.5);
    const words = (s: string) => s.replace(/\s+/g, " ").trim();
    const decode = (html: string) => html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    for (const text of plain) {
      const paragraphs = [...html(text).matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => words(decode(m[1] ?? "")));
      const ours = text.split(/\n[ \t]*\n/).map(words).filter(Boolean);
      expect(ours, text.slice(0, 120)).toEqual(paragraphs);
    }
  }, 180_000);
});
