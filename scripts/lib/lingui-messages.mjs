// The messages source files give Lingui (id, English msgid, file), read the way the build compiles them:
// for checking catalogues against the code (src/i18n/catalogues.test.ts) and for scripts/i18n-messages.mjs.
import { readFileSync } from "node:fs";
import path from "node:path";
import { transformAsync } from "@babel/core";
import linguiMacro from "@lingui/babel-plugin-lingui-macro";

const USES_MACRO = /from\s+["']@lingui\/(?:core|react)\/macro["']/;

/** @param {string[]} files @returns {Promise<{ id: string; message: string; file: string }[]>} */
export async function collectMessages(files) {
  const found = [];
  for (const file of files) {
    const code = readFileSync(file, "utf8");
    if (!USES_MACRO.test(code)) continue;
    const collect = () => ({
      visitor: {
        ObjectExpression(p) {
          if (!p.node.leadingComments?.some((comment) => comment.value === "i18n")) return;
          const value = (name) => p.node.properties.find((prop) => prop.key?.name === name)?.value;
          const id = value("id");
          const message = value("message");
          if (id?.type === "StringLiteral" && message?.type === "StringLiteral") found.push({ id: id.value, message: message.value, file });
        },
      },
    });
    await transformAsync(code, {
      filename: path.resolve(file),
      babelrc: false,
      configFile: false,
      parserOpts: { plugins: ["typescript", "jsx"] },
      plugins: [[linguiMacro, { stripMessageField: false }], collect],
    });
  }
  return found;
}
