import { useEffect } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocation, useNavigate } from "react-router";
import { studyQuery } from "../../api/queries";
import { studyKeys } from "../../api/keys";
import type { Study } from "../../api/types";
import { RegistryErrorMessage } from "../../components/registry-error-message";
import { StudyRecord } from "./study-record";
import { StudySkeleton } from "./study-skeleton";

export function StudyPage({ nctId }: { nctId: string }) {
  const query = useQuery(studyQuery(nctId));
  const location = useLocation();
  if (query.isPending) return <StudySkeleton nctId={nctId} />;
  if (query.isError) {
    return (
      <>
        <title>{`${nctId} | Trial Finder`}</title>
        <RegistryErrorMessage
          error={query.error}
          headingLevel={1}
          onRetry={() => void query.refetch()}
          notFound={{
            title: "Study not found",
            body: `ClinicalTrials.gov has no study with the number ${nctId}. Check the number, or it may have been removed from the registry.`,
          }}
        />
      </>
    );
  }
  const currentId = query.data.protocolSection?.identificationModule?.nctId;
  if (currentId && currentId !== nctId) return <AliasRedirect from={nctId} to={currentId} study={query.data} />;
  return <StudyRecord study={query.data} nctId={nctId} aliasOf={aliasFromState(location.state)} />;
}

/** The registry answers an old id (an alias) with the current record: move to the current id's URL. */
function AliasRedirect({ from, to, study }: { from: string; to: string; study: Study }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useEffect(() => {
    queryClient.setQueryData(studyKeys.detail(to), study);
    void navigate(`/study/${to}`, { replace: true, state: { aliasOf: from } });
  }, [from, to, study, navigate, queryClient]);
  return <StudySkeleton nctId={to} />;
}

function aliasFromState(state: unknown): string | undefined {
  if (typeof state !== "object" || state === null || !("aliasOf" in state)) return undefined;
  return typeof state.aliasOf === "string" ? state.aliasOf : undefined;
}
