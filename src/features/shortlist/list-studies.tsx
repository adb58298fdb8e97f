import { useId } from "react";
import { Trans } from "@lingui/react/macro";
import { Link } from "../../components/app-link";
import type { UseQueryResult } from "@tanstack/react-query";
import type { Study } from "../../api/types";
import { useStudyIntent } from "../../components/study-intent";
import { TrustedStatus } from "../../components/ui/status-badge";
import { RegistryErrorMessage } from "../../components/registry-error-message";
import { StillTrying } from "../../components/still-trying";
import { findStudy } from "./shortlist-query";
import { StudyFacts, studyTitle } from "./study-facts";

/** The shared list's studies, in the link's order; ids the registry did not return are named. */
export function ListStudies({ ids, query }: { ids: readonly string[]; query: UseQueryResult<Study[]> }) {
  const count = ids.length;
  return (
    <section aria-labelledby="list-studies-title" className="space-y-3">
      <h2 id="list-studies-title" className="text-xl font-bold">
        <Trans>Studies ({count})</Trans>
      </h2>
      {query.isError && <RegistryErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <p className="text-muted">
          <Trans>Loading the studies…</Trans>
        </p>}
      <StillTrying active={query.isFetching} />
      {query.isSuccess && (
        <ul className="space-y-3">
          {ids.map((nctId) => (
            <li key={nctId}>
              <ListStudy nctId={nctId} study={findStudy(query.data, nctId)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ListStudy({ nctId, study }: { nctId: string; study: Study | undefined }) {
  const headingId = useId();
  const currentId = study?.protocolSection?.identificationModule?.nctId ?? nctId;
  const prefetch = useStudyIntent(study ? currentId : undefined); // hover, focus or touch: the study opens at once
  return (
    <article aria-labelledby={headingId} className="space-y-2 rounded-lg border border-line bg-white p-4" {...prefetch}>
      <h3 id={headingId} className="text-lg font-semibold leading-snug [overflow-wrap:anywhere]">
        {study ? (
          <Link to={`/study/${currentId}`} lang="en" className="inline-flex min-h-target items-center">
            {studyTitle(study)}
          </Link>
        ) : (
          nctId
        )}
      </h3>
      {study ? (
        <>
          <p className="font-mono text-sm text-muted">
            {currentId}
            {currentId !== nctId && (
              <span className="font-sans">
                {" "}
                <Trans>(listed in the link as {nctId})</Trans>
              </span>
            )}
          </p>
          <TrustedStatus statusModule={study.protocolSection?.statusModule} />
          <StudyFacts study={study} />
        </>
      ) : (
        <p className="text-warn-ink">
          <Trans>The registry has no study with this number. It may have been withdrawn, or the number may be mistyped.</Trans>
        </p>
      )}
    </article>
  );
}
