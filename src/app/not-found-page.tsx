import { Link } from "../components/app-link";
import { Callout } from "../components/ui/callout";

export function NotFoundPage() {
  return (
    <>
      <title>Page not found | Trial Finder</title>
      <Callout tone="warn" role="alert" headingLevel={1} title="Page not found">
        <p>There is no page at this address.</p>
        <p>
          <Link to="/">Go to the start page</Link>
        </p>
      </Callout>
    </>
  );
}
