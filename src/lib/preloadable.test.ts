// @vitest-environment node
import { afterEach, expect, test } from "vitest";
import { preloadable } from "./preloadable";

const unhandled: unknown[] = [];
const record = (reason: unknown) => unhandled.push(reason);
process.on("unhandledRejection", record);
afterEach(() => {
  unhandled.length = 0;
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

test("a part that loaded is there at once afterwards", async () => {
  const part = preloadable(() => Promise.resolve({ name: "map" }));
  expect(part.loaded()).toBeUndefined();
  await part.preload();
  expect(part.loaded()).toEqual({ name: "map" });
});

test("a failed load rejects for its caller only (no unhandled rejection), and the next preload tries again", async () => {
  let attempts = 0;
  const part = preloadable(() => (++attempts === 1 ? Promise.reject(new TypeError("offline")) : Promise.resolve("code")));
  await expect(part.preload()).rejects.toThrow("offline");
  await settle();
  expect(unhandled).toEqual([]);
  expect(part.loaded()).toBeUndefined();
  await expect(part.preload()).resolves.toBe("code");
  expect(attempts).toBe(2);
  expect(part.loaded()).toBe("code");
});

test("a failed load nobody awaits is not an unhandled rejection either (useLoadedPart reports it)", async () => {
  const part = preloadable(() => Promise.reject(new TypeError("offline")));
  void part.preload().then(
    () => undefined,
    () => undefined,
  );
  await settle();
  expect(unhandled).toEqual([]);
});
