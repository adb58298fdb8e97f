import { useState } from "react";
import { useNavigate } from "react-router";
import { pastedRegistryLink } from "./registry-paste";
import { SearchForm } from "./search-form";
import type { Search } from "./search-types";
import { searchToPath } from "./search-url";

/**
 * The search form on a start page (home, kiosk): nothing is searched until it is submitted, then
 * /search takes over. `initial` pre-fills it (the kiosk's clinic location).
 */
export function HomeSearch({ initial = {} }: { initial?: Search }) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Search>(initial);
  return (
    <SearchForm
      value={draft}
      onChange={(next) => {
        const pasted = pastedRegistryLink(next);
        if (pasted) void navigate(pasted.path, { state: pasted.state });
        else setDraft(next);
      }}
      onSubmit={() => void navigate(searchToPath(draft), { state: { focusResults: true } })}
    />
  );
}
