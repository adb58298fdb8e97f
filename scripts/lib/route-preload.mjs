// Vite plugin: a first visit fetches the code of the page it opens at once, beside the app's entry, rather
// than after the entry has downloaded and run (one round trip and the entry's run time saved on a phone).
//
// Every page is a lazy chunk (src/app/app-routes.tsx), so index.html cannot name it. The build emits
// /assets/route-preload-[hash].js, a few hundred bytes loaded `async` from index.html (an external file:
// the CSP allows no inline script), which matches location.pathname against the routes below and adds a
// <link rel="modulepreload"> for the page's chunk and every chunk it imports that index.html doesn't
// already load, and a preload for its CSS. The app's own import() of the page then finds them fetched.
// The same goes for data a page asks for first when the address alone says what it is (a study's record):
// `data` is [address pattern with a capture, the request's URL with $1]; the app's fetch() of exactly that
// URL then gets the preloaded response.

// The third element: modules the page imports on demand for its first screen (src/api/conform.ts loads
// the shapes its first request is conformed with beside the request), preloaded with its code.
const LIST_SHAPES = "src/api/study-shape-list.gen.ts";
/** URL path pattern → the module app-routes.tsx lazy-loads for it (checked by route-preload.test.ts). */
export const ROUTE_MODULES = [
  ["^/$", "src/app/home-route.tsx"],
  ["^/search/?$", "src/app/search-route.tsx", [LIST_SHAPES]],
  ["^/study/[^/]+/?$", "src/app/study-route-with-actions.tsx", ["src/api/study-shape.gen.ts"]],
  ["^/saved/?$", "src/features/shortlist/saved-page.tsx", [LIST_SHAPES]],
  ["^/list/?$", "src/features/shortlist/list-page.tsx", [LIST_SHAPES]],
  // Kiosk mode runs around every kiosk page (features/kiosk/kiosk-shell.tsx loads it), first of all this one.
  ["^/kiosk/?$", "src/app/kiosk-route.tsx", ["src/features/kiosk/kiosk-on.tsx"]],
];

/**
 * Lazy parts with imports of their own that a page has not loaded yet: `self.preloadRoute("part:<name>")`
 * starts all of them with the part (src/lib/preload-files.ts). Never preloaded at a first visit.
 */
export const PART_MODULES = [
  // [name, module, the page that loads it (its files are left out: they are there already)]
  // A study's lower sections: the glossary, the pre-screen, About you, the map's loader…
  ["deferred-sections", "src/features/study/sections/deferred-sections.ts", "^/study/[^/]+/?$"],
  // A shortlist's print view: the QR code, the study facts.
  ["print-view", "src/features/shortlist/print-view.tsx", "^/list/?$"],
];

/** The preloader stays callable (`self.preloadRoute(path)`): the app starts a page's files on intent. */
export const PRELOAD_GLOBAL = "preloadRoute";

/**
 * The preloader's code: `routes` is [[pattern, [file, …]], …] with files relative to the site root;
 * `data` is [[pattern, url], …] (see above). Every visit loads it, and Vite doesn't minify an emitted
 * asset, so it is written short: each file once in `f`, routes name them by index. The data preload is
 * anonymous (crossorigin=""), as fetch() requests are by default, or the browser would not reuse it.
 */
export function preloaderSource(routes, data = []) {
  const files = [...new Set(routes.flatMap(([, list]) => list))];
  const table = routes.map(([pattern, list]) => [pattern, list.map((file) => files.indexOf(file))]);
  return `(()=>{const f=${JSON.stringify(files)},r=${JSON.stringify(table)},d=${JSON.stringify(data)},p=location.pathname,h=document.head,s=new Set;
for(const[x,u]of d){const e=new RegExp(x);if(!e.test(p))continue;const l=document.createElement("link");l.rel="preload";l.setAttribute("as","fetch");l.setAttribute("crossorigin","");l.href=p.replace(e,u);h.appendChild(l)}
const P=q=>{const m=r.find(([x])=>new RegExp(x).test(q));for(const i of m?m[1]:[]){if(s.has(i))continue;s.add(i);const l=document.createElement("link"),x=f[i];if(x.endsWith(".css")){l.rel="preload";l.as="style"}else l.rel="modulepreload";l.crossOrigin="";l.href="/"+x;h.appendChild(l)}};self.${PRELOAD_GLOBAL}=P;P(p)})();
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

/** What the entry chunk imports statically, recursively (not the entry itself). */
function entryClosure(bundle, entryFile) {
  const seen = new Set();
  const visit = (file) => {
    const chunk = bundle[file];
    if (seen.has(file) || !chunk || chunk.type !== "chunk") return;
    seen.add(file);
    for (const dep of chunk.imports) visit(dep);
  };
  visit(entryFile);
  seen.delete(entryFile);
  return [...seen];
}

/** `data`: requests to start with the page's code, [address pattern with a capture, URL with $1][]. */
export function routePreload({ data = [] } = {}) {
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
      const routes = ROUTE_MODULES.map(([pattern, id, onDemand = []]) => {
        const files = [id, ...onDemand].flatMap((module) => {
          const found = routeFiles(bundle, module, root);
          if (!found) this.error(`route-preload: no lazy chunk for ${module} (is it still lazy-loaded?)`);
          return found;
        });
        return [pattern, [...new Set(files)]];
      });
      for (const [name, id, page] of PART_MODULES) {
        const found = routeFiles(bundle, id, root);
        if (!found) this.error(`route-preload: no lazy chunk for ${id} (is it still lazy-loaded?)`);
        const there = new Set(routes.find(([pattern]) => pattern === page)?.[1] ?? []);
        routes.push([`^part:${name}$`, found.filter((file) => !there.has(file))]);
      }
      const ref = this.emitFile({ type: "asset", name: "route-preload.js", source: preloaderSource(routes, data) });
      // The entry's own imports start with it (Vite's module preloading is off: vite.config.ts).
      const entry = Object.values(bundle).find((output) => output.type === "chunk" && output.isEntry);
      const entryImports = entry ? entryClosure(bundle, entry.fileName) : [];
      const links = entryImports.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`).join("\n    ");
      const tag = `<script async src="/${this.getFileName(ref)}"></script>${links ? `\n    ${links}` : ""}`;
      html.source = String(html.source).replace(/<script type="module"/, `${tag}\n    <script type="module"`);
    },
  };
}
