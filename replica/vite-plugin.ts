// Vite plugin that serves the offline replica under `basePath` of the dev and preview servers.
import type { Connect, Logger, Plugin } from "vite";
import type { Corpus } from "./corpus.ts";
import { handleRequest, warmReplica } from "./handle.ts";

export function ctgovReplica(corpus: Corpus, basePath = "/api/v2"): Plugin {
  const base = basePath.replace(/\/+$/, "");

  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    // The host is irrelevant: handleRequest only looks at the path and the query string.
    const url = new URL(req.originalUrl ?? req.url ?? "/", "http://replica.invalid");
    if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) {
      next();
      return;
    }
    const response = handleRequest(corpus, url, base, req.method ?? "GET");
    res.statusCode = response.status;
    for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value);
    res.end(req.method === "HEAD" ? undefined : response.body);
  };

  const announce = (logger: Logger): void => {
    logger.info(`Offline replica: ${corpus.studies.length} studies from ${corpus.dir}`);
    // Build the search index right after startup instead of during the first search.
    const warm = (): void => {
      try {
        warmReplica(corpus);
      } catch (error) {
        logger.warn(`Offline replica: could not build the search index: ${String(error)}`);
      }
    };
    setTimeout(warm, 0).unref();
  };

  return {
    name: "ctgov-replica",
    // Registered directly (not in a returned post hook) so it runs before Vite's own
    // middlewares, including the SPA fallback that would answer /api/... with index.html.
    configureServer(server) {
      server.middlewares.use(middleware);
      announce(server.config.logger);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
      announce(server.config.logger);
    },
  };
}
