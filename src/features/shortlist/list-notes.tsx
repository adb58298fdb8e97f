import { useState } from "react";
import { plural, t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Callout } from "../../components/ui/callout";
import { buttonClass } from "../../components/ui/button";
import { MAX_LIST_IDS, type ListParams } from "./list-url";
import { formatCount } from "../../lib/format-count";

/** What the link held that could not be used. Dismissible: the list below is still right. */
export function ListNotes({ params }: { params: ListParams }) {
  const [dismissed, setDismissed] = useState(false);
  const { invalid, overLimit, nearIgnored } = params;
  if (dismissed || (invalid.length === 0 && overLimit === 0 && !nearIgnored)) return null;
  const bad = invalid.length;
  const count = formatCount(overLimit);
  return (
    <Callout tone="warn" role="status" title={t`Part of this link was left out`}>
      {bad > 0 && (
        <div>
          <p>{plural(bad, { one: "This is not a study number (NCT and 8 digits):", other: "These are not study numbers (NCT and 8 digits):" })}</p>
          <ul className="list-disc pl-5">
            {invalid.map((entry, index) => (
              <li key={index} className="font-mono [overflow-wrap:anywhere]">
                {entry}
              </li>
            ))}
          </ul>
        </div>
      )}
      {overLimit > 0 && (
        <p>
          {plural(overLimit, {
            one: `A list shows at most ${MAX_LIST_IDS} studies; the last study was left out.`,
            other: `A list shows at most ${MAX_LIST_IDS} studies; the last ${count} studies were left out.`,
          })}
        </p>
      )}
      {nearIgnored && <p>{nearIgnored}</p>}
      <button type="button" className={buttonClass.secondary} onClick={() => setDismissed(true)}>
        <Trans>Dismiss</Trans>
      </button>
    </Callout>
  );
}
