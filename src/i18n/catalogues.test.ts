// @vitest-environment node
// Every catalogue against the code and against English: the same messages, each translated, with the
// same placeholders, tags and plural/select variables (issue 16's completeness test).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatter } from "@lingui/format-po";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import { AREAS } from "../../lingui.config";
import { collectMessages } from "../../scripts/lib/lingui-messages.mjs";
import { LANGUAGES } from "./languages";

type Catalogue = Record<string, { message?: string; translation?: string; obsolete?: boolean }>;
const po = formatter({ lineNumbers: false });
const read = (lang: string, area: string): Catalogue => po.parse(readFileSync(`src/locales/${lang}/${area}.po`, "utf8"), {} as never) as Catalogue;
const others = Object.keys(LANGUAGES).filter((lang) => lang !== "en");

/** What a message's translation must keep: its placeholders, tags, and plural/select variables. */
function shape(message: string): { placeholders: string[]; tags: string[]; choices: string[] } {
  const placeholders = new Set<string>();
  const choices = new Set<string>();
  const texts: string[] = [];
  const walk = (tokens: unknown) => {
    if (typeof tokens === "string") return void texts.push(tokens);
    if (!Array.isArray(tokens)) return;
    for (const token of tokens) {
      if (typeof token === "string") texts.push(token);
      else if (Array.isArray(token)) {
        const [name, type, branches] = token as [string, string?, Record<string, unknown>?];
        if (type) choices.add(`${name}:${type}`);
        else placeholders.add(name);
        for (const branch of Object.values(branches ?? {})) walk(branch);
      }
    }
  };
  walk(compileMessage(message));
  const tags = new Set(texts.join("").match(/<\/?\d+\/?>/g) ?? []);
  return { placeholders: [...placeholders].sort(), tags: [...tags].sort(), choices: [...choices].sort() };
}

/** The branches each plural/select of a message has, e.g. ["n:plural:one,other"]. */
function branches(message: string): string[] {
  const found: string[] = [];
  const walk = (tokens: unknown) => {
    if (!Array.isArray(tokens)) return;
    for (const token of tokens) {
      if (!Array.isArray(token) || !token[1]) continue;
      const [name, type, cases] = token as [string, string, Record<string, unknown>];
      found.push(`${name}:${type}:${Object.keys(cases).sort().join(",")}`);
      Object.values(cases).forEach(walk);
    }
  };
  walk(compileMessage(message));
  return found;
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [file] : [];
  });
const areaOf = (file: string) =>
  Object.entries(AREAS).find(([, folders]) => folders.some((folder) => file.startsWith(`${folder}/`)))?.[0];

describe("the catalogues", () => {
  it("hold exactly the messages in the code, each in its area's catalogue (npm run i18n:extract)", async () => {
    const messages = await collectMessages(sourceFiles("src"));
    expect(messages.length).toBeGreaterThan(0);
    for (const [area] of Object.entries(AREAS)) {
      const inCode = new Set(messages.filter((m) => areaOf(m.file) === area).map((m) => m.id));
      const catalogue = read("en", area);
      const live = Object.keys(catalogue).filter((id) => !catalogue[id]!.obsolete);
      expect(new Set(live), `src/locales/en/${area}.po`).toEqual(inCode);
    }
  }, 120_000);

  for (const lang of others) {
    for (const area of Object.keys(AREAS)) {
      it(`${lang}/${area}.po translates every English message, keeping its placeholders, tags and plurals`, () => {
        const english = read("en", area);
        const translated = read(lang, area);
        const ids = (c: Catalogue) => Object.keys(c).filter((id) => !c[id]!.obsolete).sort();
        expect(ids(translated)).toEqual(ids(english));
        for (const id of ids(english)) {
          const source = english[id]!.message!;
          const translation = translated[id]!.translation;
          expect(translation, `no ${lang} for "${source}"`).toBeTruthy();
          expect(shape(translation!), `"${source}" → "${translation}"`).toEqual(shape(source));
          // Each plural needs the "other" form; Spanish may add "many", and needs "one" where English has it.
          for (const branch of branches(translation!)) expect(branch, `"${translation}"`).toMatch(/:(plural|select|selectordinal):.*\bother\b/);
        }
      });
    }
  }
});
