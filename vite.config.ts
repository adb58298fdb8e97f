/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { ctgovReplica } from "./replica/vite-plugin.ts";
import { loadCorpus, resolveCorpusDir } from "./replica/corpus.ts";
import { conditionWords } from "./scripts/lib/condition-words.mjs";

// Offline mode (CTGOV_REPLICA=1, set by scripts/start.mjs and the e2e server): the app talks to the
// offline replica mounted at /api/v2 on the same server, and shows the "Offline copy" banner.
// The replica is Node-only code used here and in tests; nothing under src/ imports it.
const offline = process.env.CTGOV_REPLICA === "1";
const corpus = offline ? loadCorpus(resolveCorpusDir()) : undefined;
if (corpus) {
  process.env.VITE_CTGOV_API_BASE = "/api/v2";
  process.env.VITE_OFFLINE_SAMPLE = String(corpus.studies.length);
}

export default defineConfig({
  plugins: [react(), tailwindcss(), conditionWords(resolveCorpusDir()), ...(corpus ? [ctgovReplica(corpus)] : [])],
  server: { host: "127.0.0.1", port: 5173 },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/testing/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}", "replica/**/*.test.ts"],
    environmentOptions: { jsdom: { url: "http://localhost/" } },
    testTimeout: 15_000,
  },
});
