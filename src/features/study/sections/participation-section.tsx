import { Fragment } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Link } from "../../../components/app-link";
import type { Study } from "../../../api/types";
import { GlossaryTerm } from "../../../components/glossary/glossary-term";
import { checkNctId } from "../../../lib/nct-id";
import { deriveParticipation, type ParticipationFact } from "../participation";
import type { SectionSpec } from "./section-spec";

/** Plain answers to "what would taking part mean for me?", each resting on a field of the record. */
function Participation({ study }: { study: Study }) {
  const facts = deriveParticipation(study);
  return (
    <>
      <dl className="grid max-w-prose gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
        {facts.map((fact) => (
          <Fragment key={fact.kind}>
            <dt className="font-semibold">{fact.term ? <GlossaryTerm term={fact.term}>{fact.label}</GlossaryTerm> : fact.label}</dt>
            <dd>
              {fact.text}
              <ExpandedAccessLink fact={fact} />
            </dd>
          </Fragment>
        ))}
      </dl>
      <p className="max-w-prose text-muted">
        <Trans>
          This is worked out from the registry record. The study team can tell you exactly what taking part would
          involve for you.
        </Trans>
      </p>
    </>
  );
}

function ExpandedAccessLink({ fact }: { fact: ParticipationFact }) {
  const check = fact.kind === "expanded-access-also" && fact.nctId ? checkNctId(fact.nctId) : undefined;
  if (!check?.ok) return null;
  const id = check.id;
  return (
    <>
      {" "}
      <Link to={`/study/${check.id}`} className="inline-flex min-h-target items-center">
        <Trans>See the expanded access record {id}</Trans>
      </Link>
    </>
  );
}

export const participationSection: SectionSpec = {
  id: "participation",
  get title() {
    return t`What taking part involves`;
  },
  has: (study) => deriveParticipation(study).length > 0,
  Component: Participation,
};
