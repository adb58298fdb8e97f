import type { Study } from "../../api/types";
import { StudyHeader } from "./study-header";
import { KeyFacts } from "./key-facts";

/**
 * The whole study record. Each module of the record gets its own section component, added here in
 * reading order (summary, eligibility, locations… come with the full-record issue).
 */
export function StudyRecord({ study, nctId, aliasOf }: { study: Study; nctId: string; aliasOf?: string }) {
  const title = study.protocolSection?.identificationModule?.briefTitle;
  return (
    <article aria-labelledby="study-title" className="space-y-6">
      <title>{`${title ?? nctId} | Trial Finder`}</title>
      <StudyHeader study={study} nctId={nctId} aliasOf={aliasOf} />
      <KeyFacts study={study} />
    </article>
  );
}
