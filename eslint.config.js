// ESLint 10 flat config. Type-aware rules are off on purpose: `tsc -b` already type-checks. `eslint .`
// takes about 20 s, most of it the import-cycle check (it reads every module's imports).
import js from "@eslint/js";
import pluginQuery from "@tanstack/eslint-plugin-query";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

// Node's own globals (process, Buffer, console, fetch, …), read from the Node running ESLint:
// saves a dependency on the `globals` package. Only .js/.mjs need them; for TS, tsc checks names.
const nodeGlobals = Object.fromEntries(
  [...Object.getOwnPropertyNames(globalThis), "process", "Buffer"].map((name) => [name, "readonly"]),
);

// Import boundaries for src/ (one-way: app → features → shared).
// replica/ is Node-only; tests (src/testing, *.test.*) may use it, since they never reach the bundle.
const TESTS = ["src/testing/**", "src/**/*.test.{ts,tsx}"];
const noReplica = {
  regex: String.raw`(^|/)replica(/|$)`,
  message: "replica/ is the offline API for dev and tests; it must never reach the browser bundle.",
};
// Features don't import each other. A file at depth d inside src/features/<x>/ reaches the features folder
// with exactly d "../" and a sibling feature by continuing into a name, e.g. "../study/x" from
// src/features/search/a.ts; one more "../" (to src/) is fine. So per depth we ban ^(\.\./){d}<name>.
const noOtherFeature = (d) => ({
  regex: String.raw`^(\.\./){${d}}[^./]`,
  message: "Features don't import each other: move shared code to src/lib, src/components or src/api, or compose both in src/app.",
});
// Shared layers (src/components, src/lib, src/api) serve features and app, never the other way round.
const noUpward = {
  regex: String.raw`^(\.\./)+(features|app)(/|$)`,
  message: "components, lib and api are shared layers: they never import features or app. Pass what they need in, or move the code up.",
};
// src/api is plain TypeScript (requests, shapes, keys): no React.
const noReact = {
  regex: String.raw`^(react|react-dom|react-router)(/|$)`,
  message: "src/api does not use React: rendering belongs in components, features and app.",
};
// One kind of in-app link: src/components/app-link.tsx (React Router's <Link> brings framework-mode code).
const noRouterLink = {
  regex: "^react-router$",
  importNames: ["Link", "NavLink"],
  message: "Use Link from src/components/app-link.tsx: React Router's <Link> carries framework-mode prefetching to every page.",
};
// This app only reads: builds replace React Query's mutation cache (scripts/lib/no-mutations.mjs).
const noMutations = {
  regex: "^@tanstack/react-query$",
  importNames: ["useMutation", "useMutationState", "useIsMutating", "MutationCache"],
  message: "The app never writes to the registry, and builds drop React Query's mutation cache (src/app/no-mutations.ts).",
};
// Text goes through the macros; <Trans> needs no provider (src/i18n/trans.tsx), so there is none to read.
const noLinguiContext = {
  regex: "^@lingui/react(/macro)?$",
  importNames: ["useLingui", "I18nProvider", "LinguiContext"],
  message: "Use the t and <Trans> macros: the app has no Lingui provider (decision record 005).",
};
const restrict = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { "no-restricted-imports": ["error", { patterns }] },
});
// Options of one rule don't merge across blocks (the last matching block wins), so each block lists all its patterns.
const importBoundaries = [
  restrict(["src/**/*.{ts,tsx}"], [noReplica, noRouterLink, noMutations, noLinguiContext], TESTS),
  restrict(["src/components/**/*.{ts,tsx}", "src/lib/**/*.{ts,tsx}"], [noReplica, noUpward, noRouterLink, noMutations, noLinguiContext], TESTS),
  restrict(["src/api/**/*.{ts,tsx}"], [noReplica, noUpward, noReact], TESTS),
  ...[1, 2, 3, 4, 5].flatMap((d) => {
    const depth = `src/features/*/${"*/".repeat(d - 1)}*.{ts,tsx}`;
    return [
      restrict([depth], [noReplica, noRouterLink, noMutations, noLinguiContext, noOtherFeature(d)], TESTS),
      restrict([[depth, "**/*.test.{ts,tsx}"]], [noOtherFeature(d)]), // nested array = both globs must match
    ];
  }),
];

export default defineConfig(
  {
    ignores: ["dist", "dist-*", "coverage", "playwright-report", "test-results", "test-results-*", "blob-report", "node_modules", "src/api/schema.d.ts"],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
    extends: [reactHooks.configs.flat.recommended, pluginQuery.configs["flat/recommended"]],
  },
  ...importBoundaries,
  // No import cycles in src/ (type-only imports and lazy import() included: a cycle through them still
  // ties two modules together). Relative imports only, so Node's resolution with our extensions suffices.
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs"] })],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: nodeGlobals },
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // `_`-prefixed names mark deliberately unused parameters/variables.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
