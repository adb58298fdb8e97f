import type { ReactNode } from "react";
import { plural, t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../api/types";
import { phaseLabel, statusLabel, studyTypeExplanation, studyTypeLabel } from "../../lib/registry-labels";
import { statusFreshness, statusLine } from "../../lib/status-freshness";

/**
 * The first facts a person looks for: status, phase, type, conditions and who runs the study. The status
 * is the one the freshness rule trusts, with the same line as the search cards; `now` is for tests.
 */
export function KeyFacts({ study, now }: { study: Study; now?: Date }) {
  const protocol = study.protocolSection;
  const freshness = statusFreshness(protocol?.statusModule, now);
  const design = protocol?.designModule;
  const conditions = (protocol?.conditionsModule?.conditions ?? []).map((c) => c.trim()).filter(Boolean);
  const sponsor = protocol?.sponsorCollaboratorsModule?.leadSponsor?.name?.trim();
  const phases = phaseLabel(design?.phases);
  const conditionCount = conditions.length;
  return (
    <section aria-labelledby="key-facts" className="rounded-lg border border-line p-4">
      <h2 id="key-facts" className="sr-only">
        <Trans>Key facts</Trans>
      </h2>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
        <Fact term={t`Status`}>
          {statusLabel(freshness.status)}.{" "}
          <span className={freshness.doubtful ? "text-warn-ink" : "text-muted"}>
            {freshness.doubtful && <span aria-hidden="true">⚠ </span>}
            {statusLine(freshness)}
          </span>
        </Fact>
        {phases && <Fact term={t`Phase`}>{phases}</Fact>}
        <Fact term={t`Study type`}>
          {studyTypeLabel(design?.studyType)}
          {studyTypeExplanation(design?.studyType) && (
            <span className="text-muted">. {studyTypeExplanation(design?.studyType)}</span>
          )}
        </Fact>
        <Fact term={plural(conditionCount, { one: "Condition", other: "Conditions" })}>
          {conditions.length === 0 ? (
            <span className="text-muted">
              <Trans>Not stated</Trans>
            </span>
          ) : (
            <ul lang="en" className="flex flex-wrap gap-2">
              {conditions.map((condition, i) => (
                <li key={`${i}-${condition}`} className="rounded bg-surface px-2 py-0.5">
                  {condition}
                </li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact term={t`Lead sponsor`}>
          {sponsor ? (
            <span lang="en">{sponsor}</span>
          ) : (
            <span className="text-muted">
              <Trans>Not stated</Trans>
            </span>
          )}
        </Fact>
      </dl>
    </section>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
