import { use, useId, useRef, useState } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocation } from "react-router";
import { isApiError } from "../../../api/api-error";
import { studyResultsQuery } from "../../../api/queries";
import type { Study } from "../../../api/types";
import { StillTrying } from "../../../components/still-trying";
import { Callout } from "../../../components/ui/callout";
import { buttonClass } from "../../../components/ui/button";
import { tryAgainWhen } from "../../../components/wait-text";
import { preloadable, useLoadedPart } from "../../../lib/preloadable";
import { usePrinting, usePrintPreparation } from "../use-print-expand";
import { formatDate } from "./result-labels";
import { ResultsStudyId } from "./results-study-id";

/**
 * The results overview's code (results-body.tsx and what it uses: the summary, the disclosures, the
 * parts loader), a lazy chunk: the page's record comes without results, so a visit that never opens
 * them doesn't download it. It starts loading with the results request (open, #results, print), or
 * earlier when the pointer reaches or focus lands on "Posted results".
 */
const overviewPart = preloadable(() => import("./results-body"));
export const preloadResultsOverview = overviewPart.preload;
const preloadOverview = () => void preloadResultsOverview().catch(() => undefined); // a failure shows when opened
/** The overview's code and the parts' tables: all that printing the results needs besides the results. */
export const loadResultsCode = () => preloadResultsOverview().then((overview) => overview.preloadResultParts());


/** `#results` and `#results-…` deep links lead into the results: they open them. */
const wantsResults = (hash: string) => /^#results(?:-|$)/.test(hash);

/**
 * The Results section. The study page's record comes without its results (most of a big record), so
 * they are requested here, once the reader opens them, follows a #results link or prints; until then
 * the section says that the study has results and when they were posted. A record that already holds
 * its results (a full record) shows them without a request.
 */
export function PostedResults({ study }: { study: Study }) {
  const nctId = use(ResultsStudyId) ?? study.protocolSection?.identificationModule?.nctId?.trim() ?? "";
  const { hash } = useLocation();
  const [open, setOpen] = useState(() => wantsResults(hash));
  // A later #results link (the table of contents) opens them too: state adjusted while rendering.
  const [seenHash, setSeenHash] = useState(hash);
  if (hash !== seenHash) {
    setSeenHash(hash);
    if (wantsResults(hash)) setOpen(true);
  }
  const printing = usePrinting();
  const inline = study.resultsSection;
  const query = useQuery({ ...studyResultsQuery(nctId), enabled: !inline && nctId !== "" && (open || printing) });
  const queryClient = useQueryClient();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const shown = open || printing;
  // The overview's code, wanted from the moment the results are (the request starts at the same time).
  const code = useLoadedPart(overviewPart, shown);

  // The Print button and Ctrl+P wait for the results and their code (the overview's and the parts'
  // tables) before the print dialog opens.
  usePrintPreparation(() => {
    const haveData = inline !== undefined || queryClient.getQueryData(studyResultsQuery(nctId).queryKey) !== undefined;
    if ((haveData || nctId === "") && overviewPart.loaded()?.resultPartsLoaded()) return undefined;
    setOpen(true); // the reader sees "Loading the results…" meanwhile
    return Promise.all([haveData || queryClient.fetchQuery(studyResultsQuery(nctId)), loadResultsCode()]);
  });

  const panelId = useId();
  if (study.hasResults !== true && !inline) return null; // the page leaves the section out then
  const posted = formatDate(study.protocolSection?.statusModule?.resultsFirstPostDateStruct?.date);
  const results = inline ?? query.data;
  const Overview = code.part?.ResultsOverview;
  // Try again: whatever failed (the request, the code or both) is tried again; focus, which was on the
  // button now gone, goes back to "Posted results" rather than to the page's start.
  const retry = () => {
    if (query.isError) void query.refetch();
    if (code.failed) code.retry();
    toggleRef.current?.focus();
  };
  return (
    <div className="space-y-4">
      <p className="max-w-prose">
        {posted ? (
          <Trans>
            This study has results, first posted on {posted}: what the study team reported to ClinicalTrials.gov. The numbers
            describe the people in this study; ask your doctor what they could mean for you.
          </Trans>
        ) : (
          <Trans>
            This study has results: what the study team reported to ClinicalTrials.gov. The numbers describe the people in
            this study; ask your doctor what they could mean for you.
          </Trans>
        )}
      </p>
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={shown}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        onPointerEnter={preloadOverview}
        onFocus={preloadOverview}
        className={`${buttonClass.secondary} gap-2 print:hidden`}
      >
        <span aria-hidden="true">{shown ? "▾" : "▸"}</span>
        <Trans>Posted results</Trans>
      </button>
      <div id={panelId} hidden={!shown}>
        {!shown ? null : results === null ? (
          <p>
            <Trans>The registry returned no results for this study. The official record on ClinicalTrials.gov may say more.</Trans>
          </p>
        ) : results !== undefined && Overview ? (
          <Overview results={results} />
        ) : query.isError ? (
          <ResultsError error={query.error} onRetry={retry} />
        ) : code.failed ? (
          <ResultsError error={CODE_FAILED} onRetry={retry} />
        ) : (
          // One status from the click until both the results and their code are here: said once.
          <>
            <p role="status" className="text-muted">
              <Trans>Loading the results…</Trans>
              <span className="hidden print:inline">
                {" "}
                <Trans>They were still loading when this page was printed: print again once they appear on the page.</Trans>
              </span>
            </p>
            <StillTrying active={query.isFetching} />
          </>
        )}
      </div>
    </div>
  );
}

/** The overview's code could not be loaded (no connection, or a new deployment replaced it). */
const CODE_FAILED = Symbol("code failed");

/**
 * The results request, or their code, failed: the rest of the page stands; say why in plain words,
 * with a retry.
 */
function ResultsError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const kind = isApiError(error) ? error.kind : error === CODE_FAILED && navigator.onLine === false ? "offline" : "unexpected";
  const wait = isApiError(error) ? error.retryAfterMs : undefined;
  const when = wait === undefined ? undefined : tryAgainWhen(wait);
  const why =
    error === CODE_FAILED && kind !== "offline"
      ? t`This part of the page could not be loaded. Check your connection, then try again.`
      : kind === "offline"
        ? t`Your device is not connected to the internet. Check your connection, then try again.`
        : kind === "busy"
          ? when === undefined
            ? t`ClinicalTrials.gov is receiving too many requests. Please try again in a minute.`
            : t`ClinicalTrials.gov is receiving too many requests. Please try again ${when}.`
          : kind === "timeout"
            ? t`ClinicalTrials.gov did not answer. It may be very slow or down. Please try again in a few minutes.`
            : t`We could not get the results from ClinicalTrials.gov. Please try again in a moment.`;
  return (
    <Callout tone="warn" role="alert" headingLevel={3} title={t`The results could not be loaded`}>
      <p>
        {why} <Trans>The rest of this page is complete.</Trans>
      </p>
      <button type="button" className={buttonClass.primary} onClick={onRetry}>
        <Trans>Try again</Trans>
      </button>
    </Callout>
  );
}
