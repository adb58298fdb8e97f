import { useState } from "react";
import { t } from "@lingui/core/macro";
import type { Study } from "../../api/types";
import { MAX_SAVED, removeStudy, saveStudy, useSaved } from "./saved-store";
import { snapshotOf } from "./snapshot";

type Problem = "full" | "unavailable" | "notRemoved";
const problemText = (problem: Problem) =>
  problem === "full"
    ? t`Your saved list is full (${MAX_SAVED} studies). Remove some on the Saved studies page to save more.`
    : problem === "unavailable"
      ? t`This browser is not letting the site store anything, so the study could not be saved.`
      : t`This browser is not letting the site store anything, so the study could not be removed.`;

/**
 * A Save toggle for one study (a card-field study or a full record). The state is in the words and in
 * aria-pressed, the star is decoration; the name adds the title (after the visible word, for speech
 * input) so a list of buttons can be told apart.
 */
export function SaveButton({ study }: { study: Study }) {
  const { items } = useSaved();
  const [problem, setProblem] = useState<Problem>();
  const identification = study.protocolSection?.identificationModule;
  const nctId = identification?.nctId?.trim();
  if (!nctId) return null;
  const title = identification?.briefTitle?.trim() || nctId;
  const saved = items.some((item) => item.nctId === nctId);

  const toggle = () => {
    if (saved) {
      setProblem(removeStudy(nctId) ? undefined : "notRemoved");
      return;
    }
    const result = saveStudy(nctId, snapshotOf(study));
    setProblem(result === "saved" ? undefined : result);
  };

  return (
    <span className="inline-flex flex-col items-end gap-1 print:hidden">
      <button
        type="button"
        aria-pressed={saved}
        aria-label={saved ? t`Saved: ${title}` : t`Save: ${title}`}
        onClick={toggle}
        className={`inline-flex min-h-target min-w-target items-center justify-center gap-1.5 rounded-md border border-brand px-3 py-1 font-semibold ${
          saved ? "bg-brand text-white" : "bg-white text-brand"
        }`}
      >
        <span aria-hidden="true">{saved ? "★" : "☆"}</span>
        {saved ? t`Saved` : t`Save`}
      </button>
      <span role="status" className="max-w-60 text-right text-sm text-danger-ink">
        {problem && problemText(problem)}
      </span>
    </span>
  );
}
