import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pureRouter } from "../../scripts/lib/pure-router.mjs";

const dist = path.resolve(__dirname, "../../node_modules/react-router/dist/production");
const transform = pureRouter().transform as (code: string, id: string) => { code: string } | null;

describe("pure-router (scripts/lib/pure-router.mjs) over the installed React Router", () => {
  const chunk = readdirSync(dist).find((file) => /^chunk-.*\.mjs$/.test(file) && readFileSync(path.join(dist, file), "utf8").includes("var Link ="));
  const id = path.join(dist, chunk ?? "missing");
  const code = readFileSync(id, "utf8");
  const out = transform(code, id)?.code ?? "";

  it("finds the build that defines <Link>", () => {
    expect(chunk).toBeDefined();
  });

  it("marks every top-level component and context as pure, so unused ones can be dropped", () => {
    for (const name of ["Link", "NavLink", "Form", "DataRouterContext", "FetchersContext", "LocationContext"]) {
      expect(out).toMatch(new RegExp(`^var ${name} = /\\* @__PURE__ \\*/ React\\d*\\.`, "m"));
    }
  });

  it("drops the display names, which would keep them alive, and nothing else", () => {
    expect(out).not.toMatch(/^\w+\.displayName = /m);
    // Only whole display-name lines go: the line count is the same, so is every other line.
    const before = code.split("\n");
    const after = out.split("\n");
    expect(after).toHaveLength(before.length);
    after.forEach((line, i) => {
      if (line !== before[i]) expect(line === "" || line.includes("/* @__PURE__ */")).toBe(true);
    });
  });

  it("leaves every other module alone", () => {
    expect(transform(code, "/app/src/main.tsx")).toBeNull();
  });
});
