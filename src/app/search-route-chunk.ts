import { routeChunk } from "./route-chunk";

// The search page's chunk in a module of its own: the start page preloads it (home-route.tsx) without
// importing the list of every page, which lazily imports the start page (an import cycle).
export const searchRoute = routeChunk(() => import("./search-route"), (m) => m.SearchRoute, "/search");
export const preloadSearchRoute = searchRoute.preload;
