// Vite plugin: a first visit fetches the code of the page it opens at once, beside the app's entry, rather
// than after the entry has downloaded and run (one round trip and the entry's run time saved on a phone).
//
// Every page is a lazy chunk (src/app/app-routes.tsx), so index.html cannot name it. The build emits
// /assets/route-preload-[hash].js, a few hundred bytes loaded `async` from index.html (an external file:
// the CSP allows no inline script), which matches location.pathname against the routes below and adds a
// <link rel="modulepreload"> for the page's chunk and every chunk it imports that index.html doesn't
// already load, and a preload for its CSS. The app's own import() of the page then finds them fetched.

/** URL path pattern → the module app-routes.tsx lazy-loads for it (checked by route-preload.test.ts). */
export const ROUTE_MODULES = [
  ["^/$", "src/app/home-route.tsx"],
  ["^/search/?$", "src/app/search-route.tsx"],
  ["^/study/[^/]+/?$", "src/app/study-route-with-actions.tsx"],
  ["^/saved/?$", "src/features/shortlist/saved-page.tsx"],
  ["^/list/?$", "src/features/shortlist/list-page.tsx"],
  ["^/kiosk/?$", "src/app/kiosk-route.tsx"],
];

/** The preloader's code: `routes` is [[pattern, [file, …]], …] with files relative to the site root. */
export function preloaderSource(routes) {
  return `(() => {
  const routes = ${JSON.stringify(routes)};
  const path = location.pathname;
  const match = routes.find(([pattern]) => new RegExp(pattern).test(path));
  for (const file of match ? match[1] : []) {
    const link = document.createElement("link");
    if (file.endsWith(".css")) {
      link.rel = "preload";
      link.as = "style";
    } else {
      link.rel = "modulepreload";
    }
    link.crossOrigin = "";
    link.href = "/" + file;
    document.head.appendChild(link);
  }
})();
`;
}

/** Files a page needs beyond what index.html loads: its chunk, its static imports (recursively), their CSS. */
export function routeFiles(bundle, entryId, root) {
  const chunks = Object.values(bundle).filter((output) => output.type === "chunk");
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (start) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file) || !byFile.has(file)) return;
      seen.add(file);
      for (const dep of byFile.get(file).imports) visit(dep);
    };
    visit(start);
    return seen;
  };
  const entry = chunks.find((chunk) => chunk.isEntry);
  const loaded = entry ? closure(entry.fileName) : new Set();
  const chunk = chunks.find((c) => c.isDynamicEntry && c.facadeModuleId === `${root}/${entryId}`);
  if (!chunk) return undefined;
  const files = [...closure(chunk.fileName)].filter((file) => !loaded.has(file));
  const css = files.flatMap((file) => [...(byFile.get(file).viteMetadata?.importedCss ?? [])]);
  return [...files, ...css];
}

export function routePreload() {
  let root = "";
  return {
    name: "route-preload",
    apply: "build",
    enforce: "post", // after vite:build-html has put index.html into the bundle
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const html = bundle["index.html"];
      if (!html || html.type !== "asset") return;
      const routes = ROUTE_MODULES.map(([pattern, id]) => {
        const files = routeFiles(bundle, id, root);
        if (!files) this.error(`route-preload: no lazy chunk for ${id} (is it still lazy-loaded in src/app/app-routes.tsx?)`);
        return [pattern, files];
      });
      const ref = this.emitFile({ type: "asset", name: "route-preload.js", source: preloaderSource(routes) });
      const tag = `<script async src="/${this.getFileName(ref)}"></script>`;
      html.source = String(html.source).replace(/<script type="module"/, `${tag}\n    <script type="module"`);
    },
  };
}
