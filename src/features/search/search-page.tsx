import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import type { Study } from "../../api/types";
import { useLocation, useNavigate, useNavigationType } from "react-router";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { SearchForm, type SearchChange } from "./search-form";
import { preloadable, useLoadedPart } from "../../lib/preloadable";
import { Callout } from "../../components/ui/callout";
import { buttonClass } from "../../components/ui/button";
import { SearchResults } from "./search-results";
import type { Search } from "./search-types";
import { serializeSearch } from "./search-url";
import { useGoToSearch, type GoToSearchOptions } from "./use-go-to-search";
import { readHistoryState } from "../../lib/history-state";
import { pastedRegistryLink, registryLinkText } from "./registry-paste";
import { useSearchUrl } from "./use-search-url";
import { describeSearch } from "./describe-search";
import { startSearchRequest } from "./results-query";
import { AboutYouPanel } from "./about-you-panel";
import { useSentSearch } from "./use-sent-search";

/** Quiet time after the last keystroke before typing becomes a search (one request per pause). */
export const TYPING_DELAY_MS = 400;

/**
 * /search: the URL is the search. Typing searches after a pause and replaces the history entry;
 * submitting and changing a filter push a new one, so Back steps through searches, not keystrokes.
 */
/** `renderActions` adds controls to each result card (the app passes the shortlist's Save button). */
export function SearchPage({ renderActions }: { renderActions?: (study: Study) => ReactNode } = {}) {
  const url = useSearchUrl();
  if (url.state === "translating") return <OpeningRegistryLink failed={url.failed} onRetry={url.retry} />;
  return <SearchView search={url.search} notes={url.notes} urlKey={url.key} renderActions={renderActions} />;
}

function SearchView({
  search,
  notes,
  urlKey: key,
  renderActions,
}: {
  search: Search;
  notes: string[];
  urlKey: string;
  renderActions?: (study: Study) => ReactNode;
}) {
  const navigate = useNavigate();
  const goToSearch = useGoToSearch();
  const { narrowing, sent } = useSentSearch(search);
  const client = useQueryClient();
  // A new search from the form: its request starts now, not once the page has rendered for the new address.
  const goTo = useCallback(
    (next: Search, options: GoToSearchOptions) => {
      void startSearchRequest(client, next).catch(() => undefined); // the results list then asks itself
      goToSearch(next, { ...options, fromForm: true });
    },
    [client, goToSearch],
  );
  const location = useLocation();
  const state = readHistoryState(location.state);
  // A submit (here or on the home page) takes the reader to the results.
  const [focusRequest, setFocusRequest] = useState(() => (state.focusResults ? 1 : 0));

  // The form's draft follows the URL when the URL changes from outside (back, forward, a link), and
  // keeps what is typed (spacing included) when the URL only caught up with the draft. A keystroke can
  // land between the form's own navigation and its render, so those navigations are marked and never
  // reset the draft (Back and Forward to such an entry are POPs, which always do).
  const navigationType = useNavigationType();
  const fromForm = navigationType !== "POP" && state.fromForm === true;
  const [draft, setDraft] = useState(search);
  const [draftFor, setDraftFor] = useState(key);
  const [typing, setTyping] = useState(false);
  const draftKey = serializeSearch(draft).toString();
  if (key !== draftFor) {
    setDraftFor(key);
    if (draftKey !== key && !fromForm) {
      setDraft(search);
      setTyping(false);
    }
  }

  useEffect(() => {
    if (!typing || draftKey === key) return;
    const timer = setTimeout(() => goTo(draft, { replace: true }), TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typing, draft, draftKey, key, goTo]);

  function change(next: Search, how: SearchChange) {
    setDraft(next);
    // A pasted clinicaltrials.gov link opens what it links to; its text is not searched meanwhile.
    if (registryLinkText(next) !== undefined) {
      setTyping(false);
      const typed = () => how === "typing" && setTyping(true);
      void pastedRegistryLink(next).then((pasted) => (pasted ? void navigate(pasted.path, { state: pasted.state }) : typed()), typed);
      return;
    }
    setTyping(how === "typing");
    if (how === "filter") goTo(next, { keepScroll: true });
  }

  function submit() {
    setTyping(false);
    setFocusRequest((n) => n + 1);
    if (draftKey !== key) goTo(draft, {});
  }

  const described = describeSearch(search);
  return (
    <div className="space-y-6">
      <title>{t`${described} – Trial Finder`}</title>
      <meta name="description" content={t`${described}. Clinical trials from ClinicalTrials.gov in plain language: who can join, where, and whom to contact.`} />
      <h1 className="text-3xl font-bold">
        <Trans>Search for clinical trials</Trans>
      </h1>
      <SearchForm value={draft} onChange={change} onSubmit={submit} />
      <LinkNotes key={key} notes={notes} />
      <AboutYouPanel search={search} narrowing={narrowing} onAddToLink={(next) => goToSearch(next, { keepScroll: true })} />
      <SearchResults
        search={search}
        sent={sent}
        onSearchChange={(next) => goToSearch(next, { keepScroll: true })}
        focusRequest={focusRequest}
        typingKey={typing ? draftKey : undefined}
        renderActions={renderActions}
      />
    </div>
  );
}

/** A registry-website search link (its host swapped for ours) while its translation loads. */
function OpeningRegistryLink({ failed, onRetry }: { failed: boolean; onRetry: () => void }) {
  return (
    <div className="space-y-6">
      <title>{t`Search – Trial Finder`}</title>
      <h1 className="text-3xl font-bold">
        <Trans>Search for clinical trials</Trans>
      </h1>
      {failed ? (
        <Callout tone="warn" role="alert" headingLevel={2} title={t`This ClinicalTrials.gov link could not be opened`}>
          <p>
            <Trans>Reading the link needs a part of this app that did not load. Check your connection, then try again.</Trans>
          </p>
          <button type="button" className={buttonClass.primary} onClick={onRetry}>
            <Trans>Try again</Trans>
          </button>
        </Callout>
      ) : (
        <p role="status" className="text-muted">
          <Trans>Opening the ClinicalTrials.gov search…</Trans>
        </p>
      )}
    </div>
  );
}

// Notes about an address's unusable parts load only for such an address (most never have one).
const notesPart = preloadable(() => import("./search-notes"));

function LinkNotes({ notes }: { notes: string[] }) {
  const { part } = useLoadedPart(notesPart, notes.length > 0);
  return part && notes.length > 0 ? <part.SearchNotes notes={notes} /> : null;
}
