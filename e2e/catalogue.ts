import { readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { formatter } from "@lingui/format-po";

// The Spanish the app shows for an English message, read from the same catalogues the build compiles, so
// the specs check what the app says in Spanish without restating each translation.
const dir = resolve(import.meta.dirname, "../src/locales/es");
const po = formatter({ lineNumbers: false });
const spanish = new Map<string, string>();
for (const file of readdirSync(dir).filter((name) => name.endsWith(".po"))) {
  const catalogue = po.parse(readFileSync(resolve(dir, file), "utf8"), {} as never) as Record<string, { message?: string; translation?: string }>;
  for (const entry of Object.values(catalogue)) if (entry.message && entry.translation) spanish.set(entry.message, entry.translation);
}

/** The Spanish of an English msgid, its `{name}` placeholders filled in; throws when there is none. */
export function es(english: string, values: Record<string, string | number> = {}): string {
  const translation = spanish.get(english);
  if (translation === undefined) throw new Error(`No Spanish for "${english}" in src/locales/es`);
  return translation.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
