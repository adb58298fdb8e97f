import { Link, isRouteErrorResponse, useRouteError } from "react-router";
import { Callout } from "../components/ui/callout";

/** Last line of defence: an unexpected error in a route shows a message, never a blank page. */
export function RouteError() {
  const error = useRouteError();
  const missing = isRouteErrorResponse(error) && error.status === 404;
  // A page's code loads on first use; without a network that load fails, so say so plainly.
  const offline = !missing && typeof navigator !== "undefined" && navigator.onLine === false;
  if (offline) {
    return (
      <div className="mx-auto max-w-5xl p-4">
        <title>You are offline | Trial Finder</title>
        <Callout tone="warn" role="alert" headingLevel={1} title="You are offline">
          <p>This page needs an internet connection to load. Check your connection, then reload the page.</p>
        </Callout>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-5xl p-4">
      <title>{missing ? "Page not found | Trial Finder" : "Something went wrong | Trial Finder"}</title>
      <Callout tone="danger" role="alert" headingLevel={1} title={missing ? "Page not found" : "Something went wrong"}>
        <p>
          {missing
            ? "There is no page at this address."
            : "This page could not be shown. Reloading may help; if not, please start again."}
        </p>
        <p>
          <Link to="/">Go to the start page</Link>
        </p>
      </Callout>
    </div>
  );
}
