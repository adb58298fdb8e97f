// Small process helpers shared by the scripts. Children are `node <local bin>` (never npx), so the pid
// we hold is the real server: killing it frees the port (toolchain.md pitfall #8, stale vite preview).
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { constants } from "node:os";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const bin = {
  vite: "node_modules/vite/bin/vite.js",
  eslint: "node_modules/eslint/bin/eslint.js",
  tsc: "node_modules/typescript/bin/tsc",
  vitest: "node_modules/vitest/vitest.mjs",
  playwright: "node_modules/@playwright/test/cli.js",
  openapiTypescript: "node_modules/openapi-typescript/bin/cli.js",
};

/** Starts `node <script> ...args` in the repo root with inherited stdio. */
export function node(script, args = [], env = {}) {
  return spawn(process.execPath, [script, ...args], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
}

/** Resolves with the child's exit code (128+n for a signal, like a shell). */
export function exitCode(child) {
  return new Promise((resolve) => {
    child.on("error", (err) => {
      console.error(err.message);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? signalCode(signal)));
  });
}

const signalCode = (sig) => 128 + (constants.signals[sig] ?? 15);

/** Runs to completion and returns the exit code. */
export const run = (script, args, env) => exitCode(node(script, args, env));

/** Forwards Ctrl-C / kill to the current child so it never outlives us. */
export function forwardSignals(getChild) {
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(sig, () => {
      const child = getChild();
      if (child && child.exitCode === null) child.kill(sig);
      else process.exit(signalCode(sig));
    });
  }
}

/**
 * First free port from 4200 up, for throwaway preview servers (4173 may be held by `npm start` or
 * Playwright). 4200+ avoids ports browsers refuse to load, such as 4190.
 */
export async function freePort(port = 4200) {
  const free = await new Promise((resolve) => {
    const srv = createServer().once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
  return free ? port : freePort(port + 1);
}
