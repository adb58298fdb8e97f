import { Link } from "../../components/app-link";
import { medicalTermSearches } from "./lay-terms";
import type { Search } from "./search-types";
import { searchToPath } from "./search-url";

/** With results too, the medical word can find more: registry records seldom use everyday words. */
export function AlsoTry({ search }: { search: Search }) {
  const terms = medicalTermSearches(search);
  if (terms.length === 0) return null;
  return (
    <p className="mb-4">
      Also try the medical term:{" "}
      {terms.map(({ term, search: next }, i) => (
        <span key={term}>
          {i > 0 && ", "}
          <Link to={searchToPath(next)} className="font-semibold">
            {term}
          </Link>
        </span>
      ))}
    </p>
  );
}
