import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, useLocation, type Location } from "react-router";
import { Providers } from "../app/providers";
import { createQueryClient } from "../app/query-client";
import { AppRoutes } from "../app/app-routes";

/** Renders the app's real routes at `path`, with a fresh query client, as the app does. */
export function renderRoute(path: string) {
  const client = createQueryClient();
  const user = userEvent.setup();
  let current: Location | undefined;
  function LocationProbe() {
    current = useLocation();
    return null;
  }
  const view = render(
    <Providers client={client}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <LocationProbe />
      </MemoryRouter>
    </Providers>,
  );
  /** Where the app is now (after redirects). */
  const location = () => {
    if (!current) throw new Error("the router has not rendered yet");
    return current;
  };
  return { ...view, client, user, location };
}
