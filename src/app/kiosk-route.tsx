import { useState } from "react";
import { useNavigate } from "react-router";
import { KIOSK_CONFIG } from "../features/kiosk/kiosk-config";
import { KioskStartPage } from "../features/kiosk/kiosk-start-page";
import { pastedRegistryLink } from "../features/search/registry-paste";
import { SearchForm } from "../features/search/search-form";
import type { Search } from "../features/search/search-types";
import { searchToPath } from "../features/search/search-url";

/** /kiosk: the kiosk start page with the search form, which starts near the clinic (VITE_KIOSK_NEAR). */
export function KioskRoute() {
  return <KioskStartPage searchForm={<KioskSearch />} />;
}

/** HomeSearch (features/search/home-search.tsx) with a first value: the clinic's place, when configured. */
function KioskSearch() {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Search>(() => ({ ...KIOSK_CONFIG.home }));
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
