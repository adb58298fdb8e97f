import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../../api/types";
import { Markdown } from "../../../components/markdown/markdown";
import type { SectionSpec } from "./section-spec";

const text = (s: string | undefined) => s?.trim() || undefined;

function summaryParts(study: Study) {
  const protocol = study.protocolSection;
  const description = protocol?.descriptionModule;
  const identification = protocol?.identificationModule;
  const officialTitle = text(identification?.officialTitle);
  const briefTitle = text(identification?.briefTitle);
  const same = (a: string, b: string | undefined) => a.toLowerCase().replace(/\s+/g, " ") === b?.toLowerCase().replace(/\s+/g, " ");
  const keywords = [...new Set((protocol?.conditionsModule?.keywords ?? []).map((k) => k.trim()).filter(Boolean))];
  return {
    brief: text(description?.briefSummary),
    detailed: text(description?.detailedDescription),
    keywords,
    // The official title is worth showing only when it says something the page's h1 does not.
    officialTitle: officialTitle && !same(officialTitle, briefTitle) ? officialTitle : undefined,
  };
}

function Summary({ study }: { study: Study }) {
  const { brief, detailed, keywords, officialTitle } = summaryParts(study);
  return (
    <>
      {brief && <Markdown text={brief} className="max-w-prose" />}
      {detailed && (
        // <details> so the print stylesheet can open it; the summary is a full-size target.
        <details className="group max-w-prose rounded-md border border-line">
          <summary className="flex min-h-target cursor-pointer list-none items-center gap-2 [&::-webkit-details-marker]:hidden px-3 py-2 font-semibold text-brand">
            <span aria-hidden="true" className="transition-transform group-open:rotate-90">
              ▸
            </span>
            <Trans>Read the detailed description</Trans>
          </summary>
          <div className="border-t border-line px-3 py-3">
            <Markdown text={detailed} />
          </div>
        </details>
      )}
      {officialTitle && (
        <>
          <h3 className="text-lg font-semibold">
            <Trans>Official title</Trans>
          </h3>
          <p lang="en" className="max-w-prose">
            {officialTitle}
          </p>
        </>
      )}
      {keywords.length > 0 && (
        <>
          <h3 className="text-lg font-semibold">
            <Trans>Keywords</Trans>
          </h3>
          <ul lang="en" className="flex flex-wrap gap-2">
            {keywords.map((keyword) => (
              <li key={keyword} className="rounded bg-surface px-2 py-0.5">
                {keyword}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export const summarySection: SectionSpec = {
  id: "summary",
  get title() {
    return t`About this study`;
  },
  has: (study) => {
    const { brief, detailed, keywords, officialTitle } = summaryParts(study);
    return Boolean(brief || detailed || officialTitle || keywords.length);
  },
  Component: Summary,
};
