import type { ReactNode } from "react";
import type { Study } from "../../../api/types";
import type { components } from "../../../api/schema";
import { Markdown } from "../../../components/markdown/markdown";
import { UrlText } from "../../../components/ui/external-link";
import type { SectionSpec } from "./section-spec";
import { FactList, type Fact } from "./fact-list";

type IpdSharing = components["schemas"]["IpdSharing"];
type InfoType = components["schemas"]["IpdSharingInfoType"];

const SHARING: Record<IpdSharing, string> = {
  YES: "Yes. The study team plans to share individual participant data with other researchers.",
  NO: "No. The study team does not plan to share individual participant data.",
  UNDECIDED: "Not decided yet.",
};

const INFO_TYPE: Record<InfoType, string> = {
  STUDY_PROTOCOL: "Study protocol",
  SAP: "Statistical analysis plan",
  ICF: "Informed consent form",
  CSR: "Clinical study report",
  ANALYTIC_CODE: "Analysis code",
};

type Row = Fact;

function rows(study: Study): Row[] {
  const m = study.protocolSection?.ipdSharingStatementModule;
  if (!m) return [];
  const out: Row[] = [];
  const add = (term: string, value: string | undefined, show: (s: string) => ReactNode) => {
    const s = value?.trim();
    if (s) out.push({ term, body: show(s) });
  };
  const md = (s: string) => <Markdown text={s} />;
  if (m.ipdSharing) out.push({ term: "Will data be shared?", body: SHARING[m.ipdSharing] });
  add("What will be shared", m.description, md);
  const types = [...new Set((m.infoTypes ?? []).map((t) => INFO_TYPE[t]))];
  if (types.length > 0) {
    out.push({
      term: "Documents shared with the data",
      body: (
        <ul className="list-disc pl-6">
          {types.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      ),
    });
  }
  add("When and for how long", m.timeFrame, md);
  add("Who can get it, and how", m.accessCriteria, md);
  add("Where to ask", m.url, (s) => <UrlText url={s} />);
  return out;
}

function DataSharingSection({ study }: { study: Study }) {
  return (
    <>
      <p className="max-w-prose text-muted">
        Individual participant data are the study's records about each participant, with names and other
        identifying details removed. Sharing them lets other researchers check and reuse the results.
      </p>
      <FactList facts={rows(study)} />
    </>
  );
}

export const dataSharingSection: SectionSpec = {
  id: "data-sharing",
  title: "Sharing of participant data",
  has: (study) => rows(study).length > 0,
  Component: DataSharingSection,
};
