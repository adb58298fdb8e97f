import { lazy } from "react";
import { Route, Routes } from "react-router";
import { Layout } from "./layout";
import { NotFoundPage } from "./not-found-page";

// Declarative routes (see docs/decisions/003-declarative-router.md). Every page loads lazily, so a study
// link does not download the search form and a search does not download the study page.
const HomeRoute = lazy(() => import("./home-route").then((m) => ({ default: m.HomeRoute })));
const SearchRoute = lazy(() => import("./search-route").then((m) => ({ default: m.SearchRoute })));
const StudyRoute = lazy(() => import("./study-route-with-actions").then((m) => ({ default: m.StudyRouteWithActions })));
const SavedPage = lazy(() => import("../features/shortlist/saved-page").then((m) => ({ default: m.SavedPage })));
const ListPage = lazy(() => import("../features/shortlist/list-page").then((m) => ({ default: m.ListPage })));
const KioskRoute = lazy(() => import("./kiosk-route").then((m) => ({ default: m.KioskRoute })));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomeRoute />} />
        <Route path="search" element={<SearchRoute />} />
        <Route path="study/:nctId" element={<StudyRoute />} />
        <Route path="saved" element={<SavedPage />} />
        <Route path="list" element={<ListPage />} />
        <Route path="kiosk" element={<KioskRoute />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
