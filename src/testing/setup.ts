import { afterAll, afterEach, beforeAll } from "vitest";
import { cleanup, configure } from "@testing-library/react";
import { retryPolicy } from "../api/http";
import { loadResultsShapes } from "../api/conform";
import { server } from "./server";
import { activateLang } from "../i18n/i18n";

// Test fixtures conform whole records, results included, synchronously (server.ts: corpus.studies), so
// the results shapes are there from the start. results-shapes.test.ts checks the on-demand path with a
// fresh copy of the modules; the e2e tests check it in the built app.
await loadResultsShapes();

// Retries keep their count but not their wait, so failure tests stay quick.
retryPolicy.baseDelayMs = 1;

// findBy… waits up to 5 s, not 1 s: whole study pages render slowly on a loaded 2-core CI machine.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no layout; react-router's scroll restoration calls scrollTo, which jsdom only logs about.
if (typeof window !== "undefined") window.scrollTo = () => {};

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.events.removeAllListeners();
  server.resetHandlers();
  cleanup(); // vitest globals are off, so RTL's automatic cleanup is not registered
  activateLang("en"); // a test in another language leaves English behind it
});
afterAll(() => server.close());
