import { lazy } from "react";
import { Route, Routes } from "react-router";
import { Layout } from "./layout";
import { NotFoundPage } from "./not-found-page";
import { HomePage } from "../features/home/home-page";

// Declarative routes (see docs/decisions/003-declarative-router.md). Pages other than home load lazily.
const StudyRoute = lazy(() => import("../features/study/study-route").then((m) => ({ default: m.StudyRoute })));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="study/:nctId" element={<StudyRoute />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
