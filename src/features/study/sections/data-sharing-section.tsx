import type { ReactNode } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../../api/types";
import type { components } from "../../../api/schema";
import { Markdown } from "../../../components/markdown/markdown";
import { UrlText } from "../../../components/ui/external-link";
import type { SectionSpec } from "./section-spec";
import { FactList, type Fact } from "./fact-list";

type IpdSharing = components["schemas"]["IpdSharing"];
type InfoType = components["schemas"]["IpdSharingInfoType"];

// Looked up when the section renders, in the language of that moment.
const sharing = (): Record<IpdSharing, string> => ({
  YES: t`Yes. The study team plans to share individual participant data with other researchers.`,
  NO: t`No. The study team does not plan to share individual participant data.`,
  UNDECIDED: t`Not decided yet.`,
});

const infoType = (): Record<InfoType, string> => ({
  STUDY_PROTOCOL: t`Study protocol`,
  SAP: t`Statistical analysis plan`,
  ICF: t`Informed consent form`,
  CSR: t`Clinical study report`,
  ANALYTIC_CODE: t`Analysis code`,
});

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
  if (m.ipdSharing) out.push({ term: t`Will data be shared?`, body: sharing()[m.ipdSharing] });
  add(t`What will be shared`, m.description, md);
  const labels = infoType();
  const types = [...new Set((m.infoTypes ?? []).map((type) => labels[type]))];
  if (types.length > 0) {
    out.push({
      term: t`Documents shared with the data`,
      body: (
        <ul className="list-disc pl-6">
          {types.map((type) => (
            <li key={type}>{type}</li>
          ))}
        </ul>
      ),
    });
  }
  add(t`When and for how long`, m.timeFrame, md);
  add(t`Who can get it, and how`, m.accessCriteria, md);
  add(t`Where to ask`, m.url, (s) => <UrlText url={s} />);
  return out;
}

function DataSharingSection({ study }: { study: Study }) {
  return (
    <>
      <p className="max-w-prose text-muted">
        <Trans>
          Individual participant data are the study's records about each participant, with names and other identifying
          details removed. Sharing them lets other researchers check and reuse the results.
        </Trans>
      </p>
      <FactList facts={rows(study)} />
    </>
  );
}

export const dataSharingSection: SectionSpec = {
  id: "data-sharing",
  get title() {
    return t`Sharing of participant data`;
  },
  has: (study) => rows(study).length > 0,
  Component: DataSharingSection,
};
