// Vite plugin (builds only): React Query's QueryClient gets src/app/no-mutations.ts for its
// MutationCache. See that file for why; e2e runs on builds, so every journey runs with it.
import { fileURLToPath } from "node:url";

const STUB = fileURLToPath(new URL("../../src/app/no-mutations.ts", import.meta.url));

/** @returns {import("vite").Plugin} */
export function noMutations() {
  return {
    name: "no-mutations",
    apply: "build",
    enforce: "pre",
    resolveId(source, importer) {
      if (source === "./mutationCache.js" && importer?.includes("/@tanstack/query-core/")) return STUB;
      return null;
    },
  };
}
