import type { ReactNode } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../../api/types";
import { Markdown } from "../../../components/markdown/markdown";
import { formatDateStruct, formatPartialDate } from "../../../lib/dates";
import { relativeAge } from "../../../lib/relative-age";
import { statusExplanation, statusLabel } from "../../../lib/registry-labels";
import { FreshnessNote } from "../freshness-note";
import type { SectionSpec } from "./section-spec";
import { FactList, type Fact } from "./fact-list";

type Row = Fact;

const Muted = ({ children }: { children: ReactNode }) => <span className="text-muted">{children}</span>;

function rows(study: Study): Row[] {
  const s = study.protocolSection?.statusModule;
  if (!s) return [];
  const out: Row[] = [];
  const add = (term: string, value: string | undefined, note?: ReactNode) => {
    if (value) out.push({ term, body: note ? <>{value} {note}</> : value });
  };
  if (s.overallStatus) {
    out.push({ term: t`Status`, body: <>{statusLabel(s.overallStatus)}. <Muted>{statusExplanation(s.overallStatus)}</Muted></> });
  }
  if (s.lastKnownStatus) add(t`Last known status`, statusLabel(s.lastKnownStatus));
  const why = s.whyStopped?.trim();
  if (why) out.push({ term: t`Why it stopped`, body: <Markdown text={why} /> });
  add(t`Study start`, formatDateStruct(s.startDateStruct));
  add(
    t`Primary completion`,
    formatDateStruct(s.primaryCompletionDateStruct),
    <Muted>
      <Trans>(when the data for the main question are all collected)</Trans>
    </Muted>,
  );
  add(
    t`Study completion`,
    formatDateStruct(s.completionDateStruct),
    <Muted>
      <Trans>(when the last participant has had their last visit or test)</Trans>
    </Muted>,
  );
  add(t`First submitted`, formatPartialDate(s.studyFirstSubmitDate));
  add(t`First posted`, formatDateStruct(s.studyFirstPostDateStruct, "estimated"));
  add(t`Results first posted`, formatDateStruct(s.resultsFirstPostDateStruct, "estimated"));
  add(t`Request to delay results first posted`, formatDateStruct(s.dispFirstPostDateStruct, "estimated"));
  const updated = s.lastUpdatePostDateStruct?.date;
  add(t`Last update posted`, formatDateStruct(s.lastUpdatePostDateStruct, "estimated"), age(updated));
  if (!formatPartialDate(updated)) add(t`Last update submitted`, formatPartialDate(s.lastUpdateSubmitDate), age(s.lastUpdateSubmitDate));
  add(t`Status last verified`, formatPartialDate(s.statusVerifiedDate), age(s.statusVerifiedDate));
  return out;
}

function age(date: string | undefined): ReactNode {
  const phrase = relativeAge(date);
  return phrase && <Muted>({phrase})</Muted>;
}

function DatesSection({ study }: { study: Study }) {
  return (
    <>
      <FreshnessNote study={study} />
      <FactList facts={rows(study)} />
    </>
  );
}

export const datesSection: SectionSpec = {
  id: "dates",
  get title() {
    return t`Dates and status`;
  },
  has: (study) => rows(study).length > 0,
  Component: DatesSection,
};
