import { Trans } from "@lingui/react/macro";
import { Link } from "../../components/app-link";
import { preloadable, useLoadedPart } from "../../lib/preloadable";
import type { Search } from "./search-types";
import { searchToPath } from "./search-url";
import { mayHaveLayTerms } from "./lay-words";

// The everyday-words table loads only for a search whose words could be in it, while its results load.
const layTermsPart = preloadable(() => import("./lay-terms"));

/** Starts loading the table as such a search starts, so it is here when the results are. */
export const preloadAlsoTry = (search: Search) => {
  if (mayHaveLayTerms(search)) void layTermsPart.preload().catch(() => undefined);
};

/** With results too, the medical word can find more: registry records seldom use everyday words. */
export function AlsoTry({ search }: { search: Search }) {
  const layTerms = useLoadedPart(layTermsPart, mayHaveLayTerms(search)).part;
  const terms = layTerms?.medicalTermSearches(search) ?? [];
  if (terms.length === 0) return null;
  return (
    <p className="mb-4">
      <Trans>Also try the medical term:</Trans>{" "}
      {terms.map(({ term, search: next }, i) => (
        <span key={term}>
          {i > 0 && ", "}
          <Link to={searchToPath(next)} lang="en" className="font-semibold">
            {term}
          </Link>
        </span>
      ))}
    </p>
  );
}
