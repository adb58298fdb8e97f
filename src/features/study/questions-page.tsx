import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { useQuery } from "@tanstack/react-query";
import { Navigate, useParams, useSearchParams } from "react-router";
import { Link } from "../../components/app-link";
import { studyQuery } from "../../api/queries";
import type { Study } from "../../api/types";
import { CopyLink } from "../../components/copy-link";
import { RegistryErrorMessage } from "../../components/registry-error-message";
import { buttonClass } from "../../components/ui/button";
import { checkNctId } from "../../lib/nct-id";
import { allItems, criteriaChecklist, type CriterionItem } from "./criteria-items";
import { plain } from "./prescreen-answers";

/** The items a questions link names (`?items=in-2,ex-1`), most 60, in the order given. */
export const readItemIds = (value: string | null) => [...new Set((value ?? "").split(",").map((id) => id.trim()).filter((id) => /^[a-z]{2}-[\d.]+$/.test(id)))].slice(0, 60);

/**
 * /study/:nctId/questions?items=…: the criteria a visitor marked "Not sure", in the record's words, to take
 * to a call with the study team, with its contacts. A printable page; its link names the questions only,
 * never an answer.
 */
export function QuestionsPage() {
  const { nctId = "" } = useParams();
  const [params] = useSearchParams();
  const check = checkNctId(nctId);
  // Not a study number: the study page says so (and requests nothing).
  if (!check.ok) return <Navigate to={`/study/${encodeURIComponent(nctId)}`} replace />;
  return <Questions nctId={check.id} ids={readItemIds(params.get("items"))} />;
}

function Questions({ nctId, ids }: { nctId: string; ids: string[] }) {
  const query = useQuery(studyQuery(nctId));
  const heading = (
    <>
      <title>{t`Questions for the study team – ${nctId} – Trial Finder`}</title>
      <h1 className="text-3xl font-bold">
        <Trans>Questions for the study team</Trans>
      </h1>
    </>
  );
  if (query.isPending) {
    return (
      <div className="space-y-4">
        {heading}
        <p role="status">
          <Trans>Loading the study…</Trans>
        </p>
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="space-y-4">
        {heading}
        <RegistryErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  return (
    <div className="space-y-6">
      {heading}
      <QuestionList study={query.data} nctId={nctId} ids={ids} />
    </div>
  );
}

function QuestionList({ study, nctId, ids }: { study: Study; nctId: string; ids: string[] }) {
  const p = study.protocolSection;
  const title = p?.identificationModule?.briefTitle?.trim() || nctId;
  const checklist = criteriaChecklist(p?.eligibilityModule?.eligibilityCriteria);
  const items = checklist?.kind === "items" ? allItems([...checklist.inclusion, ...checklist.exclusion]) : [];
  const found = ids.map((id) => items.find((item) => item.id === id)).filter((item): item is CriterionItem => item !== undefined);
  const contacts = (p?.contactsLocationsModule?.centralContacts ?? []).filter((c) => c.name?.trim() || c.phone?.trim() || c.email?.trim());
  return (
    <>
      <p className="max-w-prose text-lg">
        <Trans>
          About{" "}
          <Link to={`/study/${nctId}`} lang="en">
            {title}
          </Link>{" "}
          <span className="font-mono text-muted">({nctId})</span>
        </Trans>
      </p>
      {found.length > 0 ? (
        <div className="space-y-2">
          <p>
            <Trans>I was not sure whether I meet these parts of the study’s criteria:</Trans>
          </p>
          <ol className="max-w-prose list-decimal space-y-3 pl-6">
            {found.map((item) => (
              // Plain words: a question to read out on a call (and this page stays light).
              <li key={item.id} lang="en">
                {plain(`${item.number ? `${item.number} ` : ""}${item.text}`)}
              </li>
            ))}
          </ol>
        </div>
      ) : (
        <p className="max-w-prose">
          <Trans>
            This link names no question this study’s criteria have (the record may have changed). See the criteria on{" "}
            <Link to={`/study/${nctId}#prescreen`}>the study’s page</Link>.
          </Trans>
        </p>
      )}
      {found.length < ids.length && found.length > 0 && (
        <p className="text-muted">
          <Trans>Some questions in this link are no longer in the study’s criteria and are left out.</Trans>
        </p>
      )}
      <div className="space-y-2">
        <h2 className="text-xl font-semibold">
          <Trans>Whom to ask</Trans>
        </h2>
        {contacts.length > 0 ? (
          <ul className="space-y-2">
            {contacts.map((contact, i) => {
              const phone = contact.phone?.trim();
              const ext = contact.phoneExt?.trim();
              const email = contact.email?.trim();
              const tel = `tel:${phone?.replace(/[^\d+]/g, "")}`;
              return (
                <li key={i}>
                  {contact.name?.trim() && (
                    <p className="font-semibold" lang="en">
                      {contact.name.trim()}
                    </p>
                  )}
                  {phone && (
                    <p>
                      {ext ? (
                        <Trans>
                          Phone: <a href={tel}>{phone}</a> ext. {ext}
                        </Trans>
                      ) : (
                        <Trans>
                          Phone: <a href={tel}>{phone}</a>
                        </Trans>
                      )}
                    </p>
                  )}
                  {email && (
                    <p>
                      <Trans>
                        Email: <a href={`mailto:${email}`}>{email}</a>
                      </Trans>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        ) : (
          <p>
            <Trans>
              The record names no central contact: see the sites under <Link to={`/study/${nctId}#contacts`}>Whom to contact</Link>.
            </Trans>
          </p>
        )}
      </div>
      <div className="flex flex-wrap gap-3 print:hidden">
        <button type="button" className={buttonClass.primary} onClick={() => window.print()}>
          <Trans>Print these questions</Trans>
        </button>
      </div>
      <div className="print:hidden">
        <CopyLink url={window.location.href} label={t`Copy link to these questions`} fieldLabel={t`Link to these questions`} />
      </div>
    </>
  );
}
