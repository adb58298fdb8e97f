import type { RouteObject } from "react-router";
import { Layout } from "./layout";
import { RouteError } from "./route-error";
import { NotFoundPage } from "./not-found-page";
import { HomePage } from "../features/home/home-page";

// Route table, shared by the browser router and the tests. Pages other than home load lazily.
export const routes: RouteObject[] = [
  {
    path: "/",
    Component: Layout,
    ErrorBoundary: RouteError,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          { index: true, Component: HomePage },
          {
            path: "study/:nctId",
            lazy: async () => ({ Component: (await import("../features/study/study-route")).StudyRoute }),
          },
          { path: "*", Component: NotFoundPage },
        ],
      },
    ],
  },
];
