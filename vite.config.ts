/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import { defineConfig, loadEnv, type Plugin, type ProxyOptions } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { ctgovReplica } from "./replica/vite-plugin.ts";
import { loadCorpus, resolveCorpusDir } from "./replica/corpus.ts";
import { conditionWords } from "./scripts/lib/condition-words.mjs";
import { routePreload } from "./scripts/lib/route-preload.mjs";
import { codeSplitting } from "./scripts/lib/chunk-groups.mjs";
import { pureRouter } from "./scripts/lib/pure-router.mjs";
import { lingui } from "./scripts/lib/lingui-macro.mjs";
import { noMutations } from "./scripts/lib/no-mutations.mjs";
import { apiBaseFrom, studyRecordPreload } from "./src/api/study-request.ts";
import { apiOriginOf, metaContentSecurityPolicy, securityHeaders } from "./deploy/security-headers.mjs";

// Offline mode (CTGOV_REPLICA=1, set by scripts/start.mjs and the e2e server): the app talks to the
// offline replica mounted at /api/v2 on the same server, and shows the "Offline copy" banner.
// The replica is Node-only code used here and in tests; nothing under src/ imports it.
const offline = process.env.CTGOV_REPLICA === "1";
const corpus = offline ? loadCorpus(resolveCorpusDir()) : undefined;
if (corpus) {
  process.env.VITE_CTGOV_API_BASE = "/api/v2";
  process.env.VITE_OFFLINE_SAMPLE = String(corpus.studies.length);
}

// Live mode: /api/v2 on this server is proxied to the registry (CTGOV_UPSTREAM, the gateway's setting), so
// a build with VITE_CTGOV_API_BASE=/api/v2 (what `npm start` makes in live mode) calls only its own origin,
// whatever the registry's CORS rules. The page's address (Referer, with search terms and places) and
// cookies are not passed on: a browser calling the registry directly would send only the origin.
const upstream = (process.env.CTGOV_UPSTREAM || "https://clinicaltrials.gov").replace(/\/+$/, "");
const apiProxy: Record<string, ProxyOptions> | undefined = corpus
  ? undefined
  : {
      "/api/v2": {
        target: upstream,
        changeOrigin: true,
        secure: true,
        configure: (proxy) => {
          proxy.on("proxyReq", (proxyReq) => {
            proxyReq.removeHeader("referer");
            proxyReq.removeHeader("cookie");
          });
        },
      },
    };

/** The same policy as a <meta> in the built index.html, for static hosts that cannot set headers. */
function metaCsp(policy: string): Plugin {
  return {
    name: "meta-csp",
    apply: "build",
    transformIndexHtml: () => [
      { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: policy }, injectTo: "head-prepend" },
    ],
  };
}

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig(({ command, mode }) => {
  // As the build sees them (.env files and the environment; the offline settings above included).
  const env = loadEnv(mode, process.cwd(), "VITE_");
  const policy = { tileUrl: env.VITE_TILE_URL || undefined, apiOrigin: apiOriginOf(env.VITE_CTGOV_API_BASE) };
  return {
    plugins: [pureRouter(), noMutations(), ...lingui(), react(), tailwindcss(), conditionWords(resolveCorpusDir()), metaCsp(metaContentSecurityPolicy(policy)), routePreload({ data: [studyRecordPreload(apiBaseFrom(env.VITE_CTGOV_API_BASE))] }), ...(corpus ? [ctgovReplica(corpus)] : [])],
    // Every browser the app supports preloads modules itself (Safari since 17); where one doesn't, a
    // preload link is only ignored, never wrong. The polyfill would cost every visit 0.4 kB.
    // Fewer, larger shared chunks where automatic splitting cuts too fine: scripts/lib/chunk-groups.mjs.
    // No Vite module preloading: it lists every lazy chunk's dependencies in the code (their hashed names,
    // about 0.7 kB gzip on every page). Pages' files are preloaded from route-preload.js's table instead, at
    // the first visit and on intent (src/app/route-chunk.tsx), and index.html preloads the entry's imports;
    // other lazy parts fetch their own imports.
    build: { modulePreload: false, rolldownOptions: { output: { codeSplitting: codeSplitting(root) } } },
    // React Router's package only exports its development build, which keeps the development warnings
    // (0.5 kB gzip on every page). Its production build is the same code with them switched off.
    resolve: command === "build" ? { alias: [{ find: /^react-router$/, replacement: fileURLToPath(new URL("node_modules/react-router/dist/production/index.mjs", import.meta.url)) }] } : undefined,
    // No security headers on the dev server: HMR needs inline script.
    server: { host: "127.0.0.1", port: 5173, proxy: apiProxy },
    // The production headers (deploy/security-headers.mjs, as nginx sends them), so every e2e run and
    // `npm start` work under the production Content-Security-Policy.
    preview: { host: "127.0.0.1", port: 4173, strictPort: true, proxy: apiProxy, headers: securityHeaders(policy) },
    test: {
      environment: "jsdom",
      setupFiles: ["./src/testing/setup.ts"],
      include: ["src/**/*.test.{ts,tsx}", "replica/**/*.test.ts", "deploy/**/*.test.ts"],
      environmentOptions: { jsdom: { url: "http://localhost/" } },
      testTimeout: 15_000,
    },
  };
});
