import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useGoToSearch } from "./use-go-to-search";
import { pastedRegistryLink } from "./registry-paste";
import { SearchForm } from "./search-form";
import type { Search } from "./search-types";

// The code that starts a submitted search's request (with the API code). Not in the start page's own
// code, which stays small: it loads as soon as the form is used, well before a submit.
type Requester = typeof import("./results-query");
let requester: Promise<Requester> | undefined;
let loaded: Requester | undefined;
function loadRequester(): Promise<Requester> {
  requester ??= import("./results-query").then(
    (module) => (loaded = module),
    (error: unknown) => {
      requester = undefined; // offline for a moment: try again next time
      throw error;
    },
  );
  return requester;
}

/** The submitted search's request: at once when the code is here (before the navigation's own work), else when it is. */
function startRequest(client: QueryClient, search: Search): void {
  const started = loaded ? loaded.startSearchRequest(client, search) : loadRequester().then((m) => m.startSearchRequest(client, search));
  started.catch(() => undefined); // the results list then makes the request itself
}

/**
 * The search form on a start page (home, kiosk): nothing is searched until it is submitted, then
 * /search takes over. `initial` pre-fills it (the kiosk's clinic location). `onIntent` runs when the
 * form is first used (the app preloads the results page).
 *
 * A submit starts the results request at once, under the key the results list reads, so it runs
 * while the results page's code loads and renders rather than after.
 */
export function HomeSearch({ initial = {}, onIntent }: { initial?: Search; onIntent?: () => void }) {
  const navigate = useNavigate();
  const goToSearch = useGoToSearch();
  const client = useQueryClient();
  const [draft, setDraft] = useState<Search>(initial);
  const intent = () => {
    onIntent?.();
    void loadRequester().catch(() => undefined);
  };
  return (
    <SearchForm
      value={draft}
      onIntent={intent}
      onChange={(next) => {
        setDraft(next);
        // A pasted clinicaltrials.gov link opens what it links to.
        void pastedRegistryLink(next).then((pasted) => pasted && void navigate(pasted.path, { state: pasted.state }), () => undefined);
      }}
      onSubmit={() => {
        startRequest(client, draft);
        goToSearch(draft, { focusResults: true });
      }}
    />
  );
}
