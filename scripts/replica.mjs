// `npm run replica`: the offline replica of the ClinicalTrials.gov API v2 (replica/) as a plain Node HTTP
// server at http://127.0.0.1:$REPLICA_PORT/api/v2 (default 5998), answering from $CTGOV_CORPUS (default
// ../shared/ctgov/studies). For the gateway (CTGOV_UPSTREAM=http://127.0.0.1:5998) offline and in tests.
// REPLICA_PORT=0 takes a free port; the line "[replica] … at http://127.0.0.1:N/api/v2" says which.
// Stops on Ctrl-C / SIGTERM, closing open connections.
//
// The replica is TypeScript and Node 20 cannot run .ts: Vite (already here for the app) loads it once
// through its SSR module loader, with no config file, watcher or HMR, and is closed again before serving.
import { createServer } from "node:http";
import { createServer as createViteServer } from "vite";
import { root } from "./lib/run.mjs";

const BASE = "/api/v2";
const HOST = "127.0.0.1";
const rawPort = process.env.REPLICA_PORT ?? "5998";
const port = /^\d{1,5}$/.test(rawPort) && Number(rawPort) <= 65535 ? Number(rawPort) : NaN;
if (Number.isNaN(port)) {
  console.error(`[replica] REPLICA_PORT must be a port number (0 for any free port), got ${JSON.stringify(rawPort)}`);
  process.exit(2);
}

const vite = await createViteServer({
  root,
  configFile: false,
  envDir: false,
  logLevel: "error",
  appType: "custom",
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let modules;
try {
  modules = await Promise.all([vite.ssrLoadModule("/replica/handle.ts"), vite.ssrLoadModule("/replica/corpus.ts")]);
} finally {
  await vite.close(); // the loaded modules stay usable: the replica has no lazy imports
}
const [{ handleRequest, warmReplica }, { loadCorpus, resolveCorpusDir }] = modules;

const corpus = loadCorpus(resolveCorpusDir());
if (corpus.studies.length === 0) {
  console.error(`[replica] No study records (NCTxxxxxxxx.json) in ${corpus.dir}. Set CTGOV_CORPUS to the folder that has them.`);
  process.exit(1);
}
warmReplica(corpus); // the search index (~0.3 s), so the first search is as quick as the rest

const server = createServer((req, res) => {
  const target = req.url ?? "/";
  // Origin-form targets ("/api/v2/…") as sent by browsers and proxies; anything else is not ours.
  const url = new URL(target.startsWith("/") ? `http://replica.invalid${target}` : "http://replica.invalid/");
  const response = handleRequest(corpus, url, BASE, req.method ?? "GET");
  res.statusCode = response.status;
  for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value);
  if (req.method === "HEAD") res.setHeader("content-length", Buffer.byteLength(response.body));
  res.end(req.method === "HEAD" ? undefined : response.body);
});

server.on("error", (error) => {
  console.error(`[replica] Cannot listen on ${HOST}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, HOST, () => {
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  console.log(`[replica] ${corpus.studies.length} studies from ${corpus.dir} at http://${HOST}:${actual}${BASE}`);
});

function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections(); // keep-alive connections (e.g. nginx's upstream pool) would hold close() open
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, stop);
