// @vitest-environment node
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { QueryClient } from "@tanstack/react-query";
import { MutationCache } from "./no-mutations";

const require = createRequire(import.meta.url);
const queryCore = path.dirname(require.resolve("@tanstack/query-core"));
const source = (file: string) => readFileSync(path.join(queryCore, file), "utf8");

describe("the build's stand-in for React Query's MutationCache", () => {
  it("answers every call the installed QueryClient makes on its mutation cache", () => {
    const calls = new Set([...source("queryClient.js").matchAll(/#mutationCache\.(\w+)/g)].map((match) => match[1]));
    expect(calls.size).toBeGreaterThan(0);
    for (const method of calls) expect(typeof (MutationCache.prototype as unknown as Record<string, unknown>)[method!], method).toBe("function");
  });

  it("is the module QueryClient imports by that name", () => {
    expect(source("queryClient.js")).toContain('from "./mutationCache.js"');
  });

  it("lets a QueryClient mount, fetch, resume and clear as with the real one", async () => {
    const client = new QueryClient({ mutationCache: new MutationCache() as never });
    client.mount();
    await expect(client.fetchQuery({ queryKey: ["x"], queryFn: () => 1 })).resolves.toBe(1);
    await expect(client.resumePausedMutations()).resolves.toBeUndefined();
    expect(client.isMutating()).toBe(0);
    client.clear();
    client.unmount();
  });
});
