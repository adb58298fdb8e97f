import { Link } from "../../components/app-link";
import { Callout } from "../../components/ui/callout";

export function InvalidStudyId({ input }: { input: string }) {
  return (
    <>
      <title>Not a study number | Trial Finder</title>
      <Callout tone="warn" role="alert" headingLevel={1} title="That is not a study number">
        <p>
          <q className="break-all">{input || "(empty)"}</q> is not an NCT number. Study numbers on ClinicalTrials.gov look like{" "}
          <strong>NCT</strong> followed by 8 digits, for example <code>NCT02513394</code>.
        </p>
        <p>
          <Link to="/">Go back to the start</Link> to type the number again.
        </p>
      </Callout>
    </>
  );
}
