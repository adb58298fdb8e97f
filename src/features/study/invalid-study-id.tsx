import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Link } from "../../components/app-link";
import { Callout } from "../../components/ui/callout";

export function InvalidStudyId({ input }: { input: string }) {
  const shown = input || t`(empty)`;
  return (
    <>
      <title>{t`Not a study number | Trial Finder`}</title>
      <Callout tone="warn" role="alert" headingLevel={1} title={t`That is not a study number`}>
        <p>
          <Trans>
            <q className="break-all">{shown}</q> is not an NCT number. Study numbers on ClinicalTrials.gov look like{" "}
            <strong>NCT</strong> followed by 8 digits, for example <code>NCT02513394</code>.
          </Trans>
        </p>
        <p>
          <Trans>
            <Link to="/">Go back to the start</Link> to type the number again.
          </Trans>
        </p>
      </Callout>
    </>
  );
}
