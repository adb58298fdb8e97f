// How well the eligibility checklist splits the saved records' criteria into items
// (src/features/study/criteria-items.ts, issue 15): records with criteria, records split into at least
// one inclusion and one exclusion item, items per record, records shown whole, and records that would
// lose a word (must be none). The same figures the corpus test prints (criteria-items.corpus.test.ts).
//
// `npm run bench` prints them (part "criteria"); on its own: `node scripts/lib/criteria-figures.mjs`
// (`--json` for JSON). Records: $CTGOV_CORPUS, default ../shared/ctgov/studies. The TypeScript module is
// loaded through Vite's module runner, as the app's own code, not a copy of it.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const MODULE = resolve(root, "src/features/study/criteria-figures.ts");

/** `$CTGOV_CORPUS`, else `../shared/ctgov/studies` next to the project root (as replica/corpus.ts). */
export function corpusDir() {
  return resolve(process.env.CTGOV_CORPUS || resolve(root, "../shared/ctgov/studies"));
}

/** Each record's NCT id and eligibility criteria (Markdown, or undefined). */
export function readCriteria(dir = corpusDir()) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .flatMap((name) => {
      try {
        const protocol = JSON.parse(readFileSync(join(dir, name), "utf8"))?.protocolSection;
        const id = protocol?.identificationModule?.nctId;
        const criteria = protocol?.eligibilityModule?.eligibilityCriteria;
        return id ? [{ id, criteria: typeof criteria === "string" ? criteria : undefined }] : [];
      } catch {
        return []; // unreadable: the replica skips it too
      }
    });
}

/** The figures over the records in `dir`, and their printed form. */
export async function criteriaFigures(dir = corpusDir()) {
  const { runnerImport } = await import("vite");
  const { module } = await runnerImport(MODULE, { configFile: false, root, logLevel: "error" });
  const figures = module.checklistFigures(readCriteria(dir));
  return { dir, figures, text: module.formatFigures(figures) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { dir, figures, text } = await criteriaFigures();
  if (figures.records === 0) {
    console.error(`No study records in ${dir} (set CTGOV_CORPUS)`);
    process.exit(1);
  }
  console.log(process.argv.includes("--json") ? JSON.stringify({ dir, ...figures }, null, 2) : text);
  process.exit(figures.lostWords.length ? 1 : 0);
}
