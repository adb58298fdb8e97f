import { matchRoutes } from "react-router";
import { routeChunk, type RouteChunk } from "./route-chunk";
import { searchRoute } from "./search-route-chunk";

// Every page is a lazy chunk (a study link doesn't download the search form, nor a search the study page),
// loaded through one object per page that can also be started early: by main.tsx before the first render
// (scripts/lib/route-preload.mjs has its files fetching from the start), on hover of a study link, or
// when the start page's form is used.

const homeRoute = routeChunk(() => import("./home-route"), (m) => m.HomeRoute, "/");
const studyRoute = routeChunk(() => import("./study-route-with-actions"), (m) => m.StudyRouteWithActions, "/study/x");
const savedRoute = routeChunk(() => import("../features/shortlist/saved-page"), (m) => m.SavedPage, "/saved");
const listRoute = routeChunk(() => import("../features/shortlist/list-page"), (m) => m.ListPage, "/list");
const kioskRoute = routeChunk(() => import("./kiosk-route"), (m) => m.KioskRoute, "/kiosk");
const questionsRoute = routeChunk(() => import("../features/study/questions-page"), (m) => m.QuestionsPage);
const registryLinkRoute = routeChunk(() => import("./registry-link-route"), (m) => m.RegistryLinkRoute);
/** Any other address. */
export const notFoundRoute = routeChunk(() => import("./not-found-page"), (m) => m.NotFoundPage);

/** The pages by path, as app-routes.tsx declares them (index: the start page). */
export const PAGES: { path: string; chunk: RouteChunk }[] = [
  { path: "/", chunk: homeRoute },
  { path: "/search", chunk: searchRoute },
  { path: "/study/:nctId", chunk: studyRoute },
  // The questions a visitor marked "Not sure" on a study's checklist, to take to the study team.
  { path: "/study/:nctId/questions", chunk: questionsRoute },
  { path: "/saved", chunk: savedRoute },
  { path: "/list", chunk: listRoute },
  { path: "/kiosk", chunk: kioskRoute },
  // The classic registry site's study and search links (their host swapped for ours).
  { path: "/ct2/*", chunk: registryLinkRoute },
  { path: "/show/*", chunk: registryLinkRoute },
];

/** Starts the code of the page at `pathname` (the not-found page where there is none). */
export function preloadPageAt(pathname: string): Promise<unknown> {
  const match = matchRoutes(PAGES, pathname)?.at(-1);
  return ((match?.route as (typeof PAGES)[number] | undefined)?.chunk ?? notFoundRoute).preload();
}

export const preloadStudyRoute = studyRoute.preload;
