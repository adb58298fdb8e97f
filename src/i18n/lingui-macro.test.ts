// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import { formatter } from "@lingui/format-po";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import path from "node:path";
import { compileCatalogue, isPlain, LINGUI_SHORTENINGS, runtimeKey, transformLingui } from "../../scripts/lib/lingui-macro.mjs";

const FILE = `${process.cwd()}/src/features/x/example.tsx`;
const parse = (text: string) => formatter({ lineNumbers: false }).parse(text, {} as never) as Record<string, { message?: string; context?: string | null }>;
const out = async (...lines: string[]) => (await transformLingui(lines.join("\n"), FILE))!.code;

describe("the macro plugin (scripts/lib/lingui-macro.mjs)", () => {
  it("leaves files without a macro alone", async () => {
    expect(await transformLingui(`export const a = "Hello";`, FILE)).toBeNull();
  });

  it("looks a plain message up by its English, with nothing else in the code", async () => {
    const code = await out(`import { t } from "@lingui/core/macro";`, "export const a = () => t`Recruiting`;");
    expect(code).toMatch(/_i18n\._\("Recruiting"\)/);
    expect(code).not.toContain("@lingui/core/macro");
  });

  it("keeps Lingui's id for any other message, with its English compiled beside it and no context", async () => {
    const code = await out(
      `import { t, plural } from "@lingui/core/macro";`,
      "export const hello = (name: string) => t`Hello ${name}`;",
      "export const studies = (n: number, count: string) => plural(n, { one: `${count} study`, other: `${count} studies` });",
      `export const open = () => t({ message: "Open", context: "status" });`,
    );
    expect(code).toMatch(/id: "[\w+/]{6}",\s*message: \["Hello ", \["name"\]\]/);
    expect(code).toMatch(/message: \[\["n", "plural", \{\s*one: \[\["count"\], " study"\],\s*other: \[\["count"\], " studies"\]\s*\}\]\]/);
    expect(code).toMatch(/id: "[\w+/]{6}",\s*message: \["Open"\]/);
    expect(code).not.toContain("context");
    expect(code).not.toContain("offset");
  });

  it("turns a plain <Trans> into its text and points any other at the app's own, which needs no provider", async () => {
    const code = await out(
      `import { Trans } from "@lingui/react/macro";`,
      "export const A = () => <p><Trans>Skip to content</Trans><Trans>See <a href='/x'>this</a></Trans></p>;",
      "export const B = () => [<Trans key='a'>Alone</Trans>];",
    );
    expect(code).toMatch(/<p>\{_i18n\d*\._\("Skip to content"\)\}/);
    expect(code).toMatch(/import \{ Trans as _Trans \} from ".*\/src\/i18n\/trans\.tsx"/);
    expect(code).not.toContain(`from "@lingui/react"`);
    expect(code).toMatch(/id: "See <0>this<\/0>",\s*components:/); // its tags are components: still a <Trans>
  });

  it("finds each developer text it shortens in builds in the installed Lingui (else the bytes would quietly stay)", () => {
    const require = createRequire(import.meta.url);
    const dist = (pkg: string) => path.dirname(require.resolve(pkg));
    const files = [path.join(dist("@lingui/core"), "index.mjs"), ...readdirSync(path.join(dist("@lingui/react"), "shared")).filter((f) => f.endsWith(".mjs")).map((f) => path.join(dist("@lingui/react"), "shared", f))];
    for (const { file, find } of LINGUI_SHORTENINGS) {
      const matching = files.filter((f) => file.test(f));
      expect(matching.length, String(file)).toBeGreaterThan(0);
      expect(matching.some((f) => find.test(readFileSync(f, "utf8"))), String(find)).toBe(true);
    }
  });
});

describe("catalogues for the browser", () => {
  const po = (entries: string) => `msgid ""\nmsgstr ""\n"Language: es\\n"\n\n${entries}`;

  it("keys each translation as the code asks for it, compiled", () => {
    const messages = compileCatalogue(
      po(
        [
          `msgid "Recruiting"\nmsgstr "Buscando participantes"`,
          `msgid "Hello {name}"\nmsgstr "Hola, {name}"`,
          `msgctxt "status"\nmsgid "Open"\nmsgstr "Abierto"`,
          `msgid "{n, plural, one {{count} study} other {{count} studies}}"\nmsgstr "{n, plural, one {{count} estudio} other {{count} estudios}}"`,
        ].join("\n\n"),
      ),
      "es/x.po",
    );
    expect(messages).toEqual({
      Recruiting: ["Buscando participantes"],
      [runtimeKey("Hello {name}")]: ["Hola, ", ["name"]],
      [runtimeKey("Open", "status")]: ["Abierto"],
      [runtimeKey("{n, plural, one {{count} study} other {{count} studies}}")]: [["n", "plural", { one: [["count"], " estudio"], other: [["count"], " estudios"] }]],
    });
    expect(runtimeKey("Open", "status")).not.toBe("Open");
  });

  it("gives every message of the English catalogues its own key, ids shortened to 3 characters where that is enough", () => {
    const messages = readdirSync("src/locales/en").flatMap((file) =>
      Object.entries(parse(readFileSync(`src/locales/en/${file}`, "utf8"))).map(([id, entry]) => ({ id, message: entry.message ?? id, context: entry.context ?? undefined })),
    );
    const keys = new Map(messages.map((m) => [`${m.context ?? ""}\u0004${m.message}`, runtimeKey(m.message, m.context)]));
    expect(new Set(keys.values()).size).toBe(keys.size);
    const shortened = messages.filter((m) => !isPlain(m.message, m.context)).map((m) => runtimeKey(m.message, m.context));
    expect(shortened.length).toBeGreaterThan(0);
    for (const key of shortened) expect(key.length).toBeGreaterThanOrEqual(3);
    expect(shortened.filter((key) => key.length === 3).length / shortened.length).toBeGreaterThan(0.9);
  });

  it("refuses a catalogue with an untranslated message, naming it", () => {
    expect(() => compileCatalogue(po(`msgid "Recruiting"\nmsgstr ""`), "es/x.po")).toThrow(/es\/x\.po has no translation for 1 message\(s\).*"Recruiting"/);
  });

  it("calls only text without placeholders, tags, plurals, escapes or context plain", () => {
    expect(isPlain("Saved studies")).toBe(true);
    expect(isPlain("Saved {count}")).toBe(false);
    expect(isPlain("See <0>this</0>")).toBe(true); // tags are text to the compiler; <Trans> with tags keeps its components
    expect(isPlain("It''s")).toBe(false);
    expect(isPlain("Open", "status")).toBe(false);
  });
});
