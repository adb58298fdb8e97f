import { afterEach, describe, expect, it } from "vitest";
import { preloaderSource, ROUTE_MODULES, routeFiles } from "../../scripts/lib/route-preload.mjs";
import { API_BASE } from "../api/config";
import { fetchStudy } from "../api/studies";
import { studyRecordPreload } from "../api/study-request";
import { recordRequests, requireCorpus } from "../testing/server";

// That every page's code is preloaded in a real build is checked in the browser: e2e/route-preload.spec.ts.
describe("ROUTE_MODULES", () => {
  it("matches no address that app-routes.tsx sends to its not-found page", () => {
    for (const address of ["/studies", "/study", "/study/NCT02513394/x", "/searching", "/kiosk/x"]) {
      expect(ROUTE_MODULES.filter(([pattern]) => new RegExp(pattern).test(address)), address).toEqual([]);
    }
  });
});

describe("routeFiles", () => {
  const chunk = (fileName: string, extra: Record<string, unknown>) => ({ type: "chunk", fileName, imports: [], isEntry: false, isDynamicEntry: false, facadeModuleId: null, ...extra });
  const bundle = {
    "assets/index.js": chunk("assets/index.js", { isEntry: true, imports: ["assets/react.js"] }),
    "assets/react.js": chunk("assets/react.js", {}),
    "assets/page.js": chunk("assets/page.js", {
      isDynamicEntry: true,
      facadeModuleId: "/app/src/page.tsx",
      imports: ["assets/react.js", "assets/shared.js"],
      viteMetadata: { importedCss: new Set(["assets/page.css"]) },
    }),
    "assets/shared.js": chunk("assets/shared.js", { imports: ["assets/deep.js"] }),
    "assets/deep.js": chunk("assets/deep.js", {}),
  };

  it("gives the page's chunk, what it imports (deeply) that index.html does not load, and its CSS", () => {
    expect(routeFiles(bundle as never, "src/page.tsx", "/app")).toEqual(["assets/page.js", "assets/shared.js", "assets/deep.js", "assets/page.css"]);
  });

  it("says so when the module is not a lazy chunk", () => {
    expect(routeFiles(bundle as never, "src/other.tsx", "/app")).toBeUndefined();
  });
});

describe("the preloader", () => {
  afterEach(() => {
    document.head.querySelectorAll("link").forEach((link) => link.remove());
    window.history.replaceState(null, "", "/");
  });
  const routes: [string, string[]][] = [
    ["^/$", ["assets/home.js"]],
    ["^/study/[^/]+/?$", ["assets/study.js", "assets/study.css"]],
  ];
  const links = () => [...document.head.querySelectorAll("link")].map((l) => `${l.rel} ${l.as || "-"} ${l.getAttribute("href")}`);

  it("preloads the code and CSS of the page at this address, and nothing else", () => {
    window.history.replaceState(null, "", "/study/NCT02513394?near=02115#locations");
    new Function(preloaderSource(routes))();
    expect(links()).toEqual(["modulepreload - /assets/study.js", "preload style /assets/study.css"]);
  });

  it("starts a study's record request: exactly the URL the study page then fetches, so it is fetched once", async () => {
    requireCorpus();
    window.history.replaceState(null, "", "/study/NCT02513394");
    new Function(preloaderSource(routes, [studyRecordPreload(API_BASE)]))();
    const preload = document.head.querySelector<HTMLLinkElement>('link[rel="preload"][as="fetch"]');
    expect(preload?.getAttribute("crossorigin")).toBe(""); // anonymous: what fetch() sends by default, or the browser won't reuse it
    const requests = recordRequests();
    await fetchStudy("NCT02513394", new AbortController().signal);
    expect(requests).toEqual([preload?.href]);
  });

  it("preloads no record for an id that is not canonical (the page redirects it first) nor on other pages", () => {
    for (const address of ["/study/nct02513394", "/study/NCT0251339", "/study/NCT02513394/x", "/search?cond=NCT02513394"]) {
      window.history.replaceState(null, "", address);
      new Function(preloaderSource(routes, [studyRecordPreload(API_BASE)]))();
      expect(document.head.querySelectorAll('link[as="fetch"]'), address).toHaveLength(0);
    }
  });

  it("adds nothing where no route matches", () => {
    window.history.replaceState(null, "", "/nowhere");
    new Function(preloaderSource(routes))();
    expect(links()).toEqual([]);
  });
});
