import { lazy } from "react";
import { Route, Routes } from "react-router";
import { Layout } from "./layout";
import { NotFoundPage } from "./not-found-page";

// Declarative routes (see docs/decisions/003-declarative-router.md). Every page loads lazily, so a study
// link does not download the search form and a search does not download the study page.
const HomeRoute = lazy(() => import("./home-route").then((m) => ({ default: m.HomeRoute })));
const SearchPage = lazy(() => import("../features/search/search-page").then((m) => ({ default: m.SearchPage })));
const StudyRoute = lazy(() => import("../features/study/study-route").then((m) => ({ default: m.StudyRoute })));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomeRoute />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="study/:nctId" element={<StudyRoute />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
