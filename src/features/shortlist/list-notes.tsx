import { useState } from "react";
import { Callout } from "../../components/ui/callout";
import { buttonClass } from "../../components/ui/button";
import { MAX_LIST_IDS, type ListParams } from "./list-url";

/** What the link held that could not be used. Dismissible: the list below is still right. */
export function ListNotes({ params }: { params: ListParams }) {
  const [dismissed, setDismissed] = useState(false);
  const { invalid, overLimit, nearIgnored } = params;
  if (dismissed || (invalid.length === 0 && overLimit === 0 && !nearIgnored)) return null;
  return (
    <Callout tone="warn" role="status" title="Part of this link was left out">
      {invalid.length > 0 && (
        <div>
          <p>{invalid.length === 1 ? "This is not a study number" : "These are not study numbers"} (NCT and 8 digits):</p>
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
          A list shows at most {MAX_LIST_IDS} studies; the last {overLimit === 1 ? "study was" : `${overLimit} studies were`} left
          out.
        </p>
      )}
      {nearIgnored && <p>{nearIgnored}</p>}
      <button type="button" className={buttonClass.secondary} onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </Callout>
  );
}
