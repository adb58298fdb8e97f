import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../../api/types";
import { AboutYouForm } from "../../../components/about-you/about-you-form";
import { FitLines } from "../../../components/about-you/fit-lines";
import { aboutYou } from "../../../lib/about-you";
import { eligibilityFit, rulesOut } from "../../../lib/eligibility-fit";
import { useSessionValue } from "../../../lib/session-value";
import { PrescreenChecklist } from "./prescreen-checklist";
import type { SectionSpec } from "./section-spec";

/**
 * "Could I take part?": what the visitor tells "About you" held against the study's age range, sex and
 * healthy-volunteer rule, in plain words. Never a decision: the summary never says "eligible", and points
 * to the study team, who decide.
 */
function Prescreen({ study }: { study: Study }) {
  const about = useSessionValue(aboutYou);
  const lines = eligibilityFit(study.protocolSection?.eligibilityModule, about);
  const criteria = study.protocolSection?.eligibilityModule?.eligibilityCriteria;
  const summary = lines.length === 0 ? "" : rulesOut(lines) ? t`Something you told us may rule you out` : t`Nothing you told us rules you out`;
  return (
    <div className="space-y-4">
      <p className="max-w-prose">
        <Trans>
          Tell us a little about you to see how this study’s basic requirements fit you. This is not a decision: only the
          study team can tell you whether you can join.
        </Trans>
      </p>
      <AboutYouForm />
      {/* One short sentence for screen readers when the summary changes, not the whole block. */}
      <p role="status" className="sr-only">
        {summary}
      </p>
      {lines.length > 0 && (
        <div className="max-w-prose space-y-2">
          <h3 className="text-lg font-semibold">{summary}</h3>
          <FitLines lines={lines} />
          <p>
            <Trans>
              Ask the study team about anything you are not sure of: see <a href="#contacts">Whom to contact</a>. The full
              list of requirements is under <a href="#eligibility">Who can join</a>.
            </Trans>
          </p>
        </div>
      )}
      {criteria?.trim() && (
        <>
          <h3 className="text-xl font-semibold">
            <Trans>The study’s criteria, as questions</Trans>
          </h3>
          <p className="max-w-prose text-muted">
            <Trans>Answer Yes, No or Not sure. Your answers stay in this browser tab only and are never sent anywhere.</Trans>
          </p>
          <PrescreenChecklist
            nctId={study.protocolSection?.identificationModule?.nctId ?? ""}
            criteria={criteria}
            hasSites={(study.protocolSection?.contactsLocationsModule?.locations?.length ?? 0) > 0}
          />
        </>
      )}
    </div>
  );
}

/** The record has something to hold a visitor's facts against. */
export const hasPrescreen = (study: Study) => {
  const e = study.protocolSection?.eligibilityModule;
  return Boolean(e && (e.minimumAge?.trim() || e.maximumAge?.trim() || e.sex || e.healthyVolunteers !== undefined || e.eligibilityCriteria?.trim()));
};

export const prescreenSection: SectionSpec = {
  id: "prescreen",
  get title() {
    return t`Could I take part?`;
  },
  has: hasPrescreen,
  Component: Prescreen,
};
