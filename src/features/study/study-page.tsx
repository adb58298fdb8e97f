import { useEffect } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { t } from "@lingui/core/macro";
import { useLocation, useNavigate } from "react-router";
import { studyQuery } from "../../api/queries";
import { studyKeys } from "../../api/keys";
import type { Study } from "../../api/types";
import { RegistryErrorMessage } from "../../components/registry-error-message";
import { checkNctId } from "../../lib/nct-id";
import { ResultsStudyId } from "./results/results-study-id";
import { StudyRecord } from "./study-record";
import { StudySkeleton } from "./study-skeleton";
import { historyState, readHistoryState } from "../../lib/history-state";

/**
 * The record without its results (studyQuery: the same query a study link prefetches on hover, so a
 * prefetched study renders at once, with no skeleton); the Results section asks for the rest.
 */
export function StudyPage({ nctId }: { nctId: string }) {
  const query = useQuery(studyQuery(nctId));
  const location = useLocation();
  if (query.isPending) return <StudySkeleton nctId={nctId} />;
  if (query.isError) {
    return (
      <>
        <title>{t`${nctId} | Trial Finder`}</title>
        <RegistryErrorMessage
          error={query.error}
          headingLevel={1}
          onRetry={() => void query.refetch()}
          notFound={{
            title: t`Study not found`,
            body: t`ClinicalTrials.gov has no study with the number ${nctId}. Check the number, or it may have been removed from the registry.`,
          }}
        />
      </>
    );
  }
  const current = currentIdOf(query.data);
  if (current && current !== nctId) return <AliasRedirect from={nctId} to={current} study={query.data} />;
  return (
    <ResultsStudyId value={nctId}>
      <StudyRecord study={query.data} nctId={nctId} aliasOf={readHistoryState(location.state).aliasOf} />
    </ResultsStudyId>
  );
}

/**
 * The id the registry gives the record, when it is a real NCT number. A malformed one is not followed:
 * the person asked for a study and the registry sent it, so it is shown under the number they asked
 * for (a link that works and can be shared) rather than moving them to a URL that would say "That is
 * not a study number", or to a path the registry's text made up.
 */
function currentIdOf(study: Study): string | undefined {
  const given = study.protocolSection?.identificationModule?.nctId;
  const check = given === undefined ? undefined : checkNctId(given);
  return check?.ok ? check.id : undefined;
}

/** The registry answers an old id (an alias) with the current record: move to the current id's URL. */
function AliasRedirect({ from, to, study }: { from: string; to: string; study: Study }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useEffect(() => {
    queryClient.setQueryData(studyKeys.detail(to), study);
    void navigate(`/study/${to}`, { replace: true, state: historyState({ aliasOf: from }) });
  }, [from, to, study, navigate, queryClient]);
  return <StudySkeleton nctId={to} />;
}

