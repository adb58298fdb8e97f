import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
// RouterProvider from "react-router" (not "react-router/dom"): under Vitest the /dom entry resolves to a
// second copy of the router context, and route hooks then fail with "must be used within a data router".
import { RouterProvider, createMemoryRouter } from "react-router";
import { Providers } from "../app/providers";
import { createQueryClient } from "../app/query-client";
import { routes } from "../app/routes";

/** Renders the real route table at `path`, with a fresh query client, as the app does. */
export function renderRoute(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const client = createQueryClient();
  const user = userEvent.setup();
  const view = render(
    <Providers client={client}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, router, client, user };
}
