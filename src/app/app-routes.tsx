import { Route, Routes } from "react-router";
import { Layout } from "./layout";
import { notFoundRoute, PAGES } from "./route-chunks";

// Declarative routes (see docs/decisions/003-declarative-router.md). Every page loads lazily
// (route-chunks.tsx), so a study link does not download the search form and a search does not download
// the study page.
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {PAGES.map(({ path, chunk: { Page } }) =>
          path === "/" ? <Route key={path} index element={<Page />} /> : <Route key={path} path={path.slice(1)} element={<Page />} />,
        )}
        <Route path="*" element={<notFoundRoute.Page />} />
      </Route>
    </Routes>
  );
}
