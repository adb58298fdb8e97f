// Vite plugins for Lingui (decision record 005): the macros (`<Trans>`, `t`, `plural`…), with each
// message's English kept in the code that shows it, and the other languages' PO catalogues compiled for
// the browser.
//
// Lingui's macros need Babel, and @vitejs/plugin-react 6 has none, so this runs @babel/core with only the
// macro plugin, before Vite's own TypeScript/JSX transform, on files that import a macro (builds, the dev
// server and Vitest alike). English is not a catalogue: a page carries only its own words, and a lazy
// part's words load with that part. No ICU parser reaches the browser: messages are compiled here.
//
// Keys, to keep every message cheap (each costs every page that shows it): a message that is plain text
// (no placeholder, tag, plural or context) is looked up by its English itself, `i18n._("Recruiting")`,
// which Lingui also shows when the catalogue lacks it, as English's does. Any other message keeps
// Lingui's generated id, with its compiled English beside it: `i18n._({ id: "Ab12Cd", message: [...] })`.
// The catalogues are compiled with the same keys (`runtimeKey`).
import { transformAsync, types as t } from "@babel/core";
import linguiMacro from "@lingui/babel-plugin-lingui-macro";
import { formatter } from "@lingui/format-po";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import { generateMessageId } from "@lingui/message-utils/generateMessageId";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The app's <Trans> (no React context needed), which the macro's runtime <Trans> import becomes. */
const APP_TRANS = fileURLToPath(new URL("../../src/i18n/trans.tsx", import.meta.url));
const LOCALES = fileURLToPath(new URL("../../src/locales/", import.meta.url));
const SOURCE_LOCALE = "en";

/**
 * Developer texts in Lingui's builds that a build of this app can shorten: the app compiles every message
 * (so the warning about uncompiled ones never shows), activates a language before anything renders, and
 * never gives <Trans> a `render` or `component`. About 0.4 kB gzip on every page. The test checks that
 * each pattern still matches the installed Lingui (else the bytes quietly come back).
 */
export const LINGUI_SHORTENINGS = [
  { file: /node_modules\/@lingui\/core\/dist\/index\.mjs$/, find: /console\.warn\(`Uncompiled message detected![^`]*`\);/, replace: "" },
  { file: /node_modules\/@lingui\/core\/dist\/index\.mjs$/, find: /"Lingui: Attempted to call a translation function without setting a locale\.[^"]*"/, replace: '"Lingui: no locale"' },
  { file: /node_modules\/@lingui\/react\/dist\/shared\/[\w.]+\.mjs$/, find: /"You can't use both `component` and `render` prop[^"]*"/, replace: '"Lingui <Trans>: render and component"' },
  { file: /node_modules\/@lingui\/react\/dist\/shared\/[\w.]+\.mjs$/, find: /`Invalid value supplied to prop \\`render\\`[^`]*`/, replace: '"Lingui <Trans>: render"' },
  { file: /node_modules\/@lingui\/react\/dist\/shared\/[\w.]+\.mjs$/, find: /`Invalid value supplied to prop \\`component\\`[^`]*`/, replace: '"Lingui <Trans>: component"' },
];
const USES_MACRO = /from\s+["']@lingui\/(?:core|react)\/macro["']/;
const SOURCE = /\.[cm]?[jt]sx?$/;

const po = formatter({ lineNumbers: false });

/** A message as Lingui runs it (through JSON: compiled plurals hold `offset: undefined`). */
const compile = (message) => JSON.parse(JSON.stringify(compileMessage(message)));

/** Whether a message is looked up by its English (plain text, no context) rather than by its id. */
export function isPlain(message, context) {
  if (context) return false;
  const compiled = compile(message);
  return compiled.length === 1 && compiled[0] === message;
}

/**
 * The key a message has in the browser: its English when plain, else the shortest start (3 characters at
 * least) of Lingui's id that tells it apart from every other message in the English catalogues
 * (src/locales/en), so ids cost less on every page. A message not in them yet keeps its whole id.
 */
export function runtimeKey(message, context) {
  if (isPlain(message, context)) return message;
  const id = generateMessageId(message, context ?? "");
  return shortKeys().get(id) ?? id;
}

let shortKeyTable;
/** Lingui id → short key, for every message of the English catalogues that is not plain. */
function shortKeys() {
  if (shortKeyTable) return shortKeyTable;
  const ids = new Set();
  const plain = new Set();
  const enDir = path.join(LOCALES, SOURCE_LOCALE);
  for (const file of existsSync(enDir) ? readdirSync(enDir).filter((name) => name.endsWith(".po")) : []) {
    for (const [id, entry] of Object.entries(po.parse(readFileSync(path.join(enDir, file), "utf8"), {}))) {
      const message = entry.message ?? id;
      if (isPlain(message, entry.context ?? undefined)) plain.add(message);
      else ids.add(id);
    }
  }
  shortKeyTable = new Map();
  for (const id of ids) {
    let length = 3;
    const clash = (key) => plain.has(key) || [...ids].some((other) => other !== id && other.startsWith(key));
    while (length < id.length && clash(id.slice(0, length))) length++;
    shortKeyTable.set(id, id.slice(0, length));
  }
  return shortKeyTable;
}

/**
 * Babel plugin run after the macros, on each `/*i18n*\/ { id, message, context… }` descriptor: a plain
 * message becomes its English (`i18n._("Recruiting")`), any other keeps its id with its English
 * compiled; `context` goes (it only made the id). <Trans> points at the app's own (src/i18n/trans.tsx).
 */
function compiledEnglish() {
  const prop = (object, name) => object.properties.find((p) => t.isObjectProperty(p) && t.isIdentifier(p.key, { name }));
  /** The `{ id: "…" }` a `<Trans {...{…}} />` spreads when that is all it has, else undefined. */
  const plainTrans = (element) => {
    const [attr] = element.openingElement.attributes;
    if (element.openingElement.attributes.length !== 1 || !t.isJSXSpreadAttribute(attr) || !t.isObjectExpression(attr.argument)) return undefined;
    const id = prop(attr.argument, "id");
    return attr.argument.properties.length === 1 && id && t.isStringLiteral(id.value) ? id.value : undefined;
  };
  let i18nName;
  return {
    name: "lingui-compiled-english",
    pre() {
      i18nName = undefined;
    },
    visitor: {
      Program: {
        exit(p) {
          if (!i18nName) return;
          p.unshiftContainer("body", t.importDeclaration([t.importSpecifier(i18nName, t.identifier("i18n"))], t.stringLiteral("@lingui/core")));
        },
      },
      JSXElement: {
        // A plain <Trans> (no placeholder, no tag) becomes its text, `{i18n._("Skip to content")}`: no
        // component to render.
        exit(p) {
          const name = p.node.openingElement.name;
          if (!t.isJSXIdentifier(name) || p.scope.getBinding(name.name)?.path.parentPath?.node.source?.value !== APP_TRANS) return;
          const id = plainTrans(p.node);
          if (!id) return;
          i18nName ??= p.scope.getProgramParent().generateUidIdentifier("i18n");
          const call = t.callExpression(t.memberExpression(t.cloneNode(i18nName), t.identifier("_")), [id]);
          p.replaceWith(t.isJSXElement(p.parent) || t.isJSXFragment(p.parent) ? t.jsxExpressionContainer(call) : call);
        },
      },
      ImportDeclaration(p) {
        if (p.node.source.value === "@lingui/react") p.node.source = t.stringLiteral(APP_TRANS);
      },
      ObjectExpression(p) {
        if (!p.node.leadingComments?.some((comment) => comment.value === "i18n")) return;
        const id = prop(p.node, "id");
        const message = prop(p.node, "message");
        const context = prop(p.node, "context");
        if (!id || !message || !t.isStringLiteral(message.value)) return;
        const english = message.value.value;
        const contextText = t.isStringLiteral(context?.value) ? context.value.value : undefined;
        p.node.properties = p.node.properties.filter((x) => x !== context);
        id.value = t.stringLiteral(runtimeKey(english, contextText));
        if (isPlain(english, contextText)) p.node.properties = p.node.properties.filter((x) => x !== message);
        else message.value = t.valueToNode(compile(english));
      },
      CallExpression: {
        // `i18n._({ id: "Recruiting" })` → `i18n._("Recruiting")`.
        exit(p) {
          const [arg] = p.node.arguments;
          if (p.node.arguments.length !== 1 || !t.isObjectExpression(arg) || arg.properties.length !== 1) return;
          if (!t.isMemberExpression(p.node.callee) || !t.isIdentifier(p.node.callee.property, { name: "_" })) return;
          const id = prop(arg, "id");
          if (id && t.isStringLiteral(id.value)) p.node.arguments = [id.value];
        },
      },
    },
  };
}

/** Compiles a file's macros; exported for the test. `null` when the file imports none. */
export async function transformLingui(code, filename) {
  if (!USES_MACRO.test(code)) return null;
  const result = await transformAsync(code, {
    filename,
    babelrc: false,
    configFile: false,
    sourceMaps: true,
    parserOpts: { plugins: ["typescript", "jsx"] },
    plugins: [[linguiMacro, { stripMessageField: false }], compiledEnglish],
  });
  return result && result.code != null ? { code: result.code, map: result.map } : null;
}

/**
 * A language's PO catalogue as the browser loads it: `{ key: compiled translation }`, keyed as the code
 * asks (`runtimeKey`). Throws, naming them, when messages have no translation: a build never ships a
 * language with holes (they would show in English). Exported for the test.
 */
export function compileCatalogue(text, file) {
  const catalogue = po.parse(text, {});
  const messages = {};
  const missing = [];
  for (const [id, entry] of Object.entries(catalogue)) {
    if (entry.obsolete) continue;
    const english = entry.message ?? id;
    if (!entry.translation) missing.push(english);
    else messages[runtimeKey(english, entry.context ?? undefined)] = compile(entry.translation);
  }
  if (missing.length > 0) {
    throw new Error(`${file} has no translation for ${missing.length} message(s) (run npm run i18n:extract, then translate): ${missing.slice(0, 5).map((m) => JSON.stringify(m)).join(", ")}`);
  }
  return messages;
}

/** @returns {import("vite").Plugin[]} */
export function lingui() {
  let build = false;
  return [
    {
      name: "lingui-macros",
      enforce: "pre",
      configResolved(config) {
        build = config.command === "build";
      },
      transform(code, id) {
        const file = id.split("?")[0];
        const shortenings = build ? LINGUI_SHORTENINGS.filter((s) => s.file.test(file)) : [];
        if (shortenings.length > 0) return { code: shortenings.reduce((out, s) => out.replace(s.find, s.replace), code), map: null };
        if (!SOURCE.test(file) || file.includes("/node_modules/")) return null;
        return transformLingui(code, file);
      },
    },
    {
      name: "lingui-catalogues",
      enforce: "pre",
      transform(text, id) {
        const file = id.split("?")[0];
        if (!file.endsWith(".po") || !file.startsWith(LOCALES)) return null;
        if (path.basename(path.dirname(file)) === SOURCE_LOCALE) throw new Error(`${file}: English is in the code, never a catalogue`);
        const messages = compileCatalogue(text, path.relative(process.cwd(), file));
        return { code: `export const messages = JSON.parse(${JSON.stringify(JSON.stringify(messages))});`, map: null };
      },
    },
  ];
}
