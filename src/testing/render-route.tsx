import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, useLocation, useNavigate, type Location, type NavigateFunction } from "react-router";
import { Providers } from "../app/providers";
import { createQueryClient } from "../app/query-client";
import { AppRoutes } from "../app/app-routes";
import { LangProvider } from "../i18n/lang-provider";

/**
 * Renders the app's real routes at `path`, with a fresh query client and the language remount, as the app does. `earlier` are
 * history entries before it, so a test can go Back to them.
 */
export function renderRoute(path: string, earlier: string[] = []) {
  const client = createQueryClient();
  const user = userEvent.setup();
  let current: Location | undefined;
  let navigateFn: NavigateFunction | undefined;
  function LocationProbe() {
    current = useLocation();
    navigateFn = useNavigate();
    return null;
  }
  const view = render(
    <Providers client={client}>
      <LangProvider>
        <MemoryRouter initialEntries={[...earlier, path]}>
          <AppRoutes />
          <LocationProbe />
        </MemoryRouter>
      </LangProvider>
    </Providers>,
  );
  /** Where the app is now (after redirects). */
  const location = () => {
    if (!current) throw new Error("the router has not rendered yet");
    return current;
  };
  /** Back (-1), forward (1), as the browser's buttons do. */
  const go = (delta: number) => {
    if (!navigateFn) throw new Error("the router has not rendered yet");
    void navigateFn(delta);
  };
  return { ...view, client, user, location, go };
}
