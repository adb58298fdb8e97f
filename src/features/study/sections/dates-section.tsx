import type { ReactNode } from "react";
import type { Study } from "../../../api/types";
import { Markdown } from "../../../components/markdown/markdown";
import { formatDateStruct, formatPartialDate, relativeAge } from "../../../lib/dates";
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
    out.push({ term: "Status", body: <>{statusLabel(s.overallStatus)}. <Muted>{statusExplanation(s.overallStatus)}</Muted></> });
  }
  if (s.lastKnownStatus) add("Last known status", statusLabel(s.lastKnownStatus));
  const why = s.whyStopped?.trim();
  if (why) out.push({ term: "Why it stopped", body: <Markdown text={why} /> });
  add("Study start", formatDateStruct(s.startDateStruct));
  add(
    "Primary completion",
    formatDateStruct(s.primaryCompletionDateStruct),
    <Muted>(when the data for the main question are all collected)</Muted>,
  );
  add(
    "Study completion",
    formatDateStruct(s.completionDateStruct),
    <Muted>(when the last participant has had their last visit or test)</Muted>,
  );
  add("First submitted", formatPartialDate(s.studyFirstSubmitDate));
  add("First posted", formatDateStruct(s.studyFirstPostDateStruct, "estimated"));
  add("Results first posted", formatDateStruct(s.resultsFirstPostDateStruct, "estimated"));
  add("Request to delay results first posted", formatDateStruct(s.dispFirstPostDateStruct, "estimated"));
  const updated = s.lastUpdatePostDateStruct?.date;
  add("Last update posted", formatDateStruct(s.lastUpdatePostDateStruct, "estimated"), age(updated));
  if (!formatPartialDate(updated)) add("Last update submitted", formatPartialDate(s.lastUpdateSubmitDate), age(s.lastUpdateSubmitDate));
  add("Status last verified", formatPartialDate(s.statusVerifiedDate), age(s.statusVerifiedDate));
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
  title: "Dates and status",
  has: (study) => rows(study).length > 0,
  Component: DatesSection,
};
