import type { ReactNode } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Callout } from "../../../components/ui/callout";
import { ErrorBoundary } from "../../../components/ui/error-boundary";

/**
 * A titled part of the study page with a stable anchor; sub-parts inside use h3. A render error in
 * its content (an unexpected record) stays in this section: the header and the other sections remain.
 */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="study-section scroll-mt-4 space-y-3 border-t border-line pt-6">
      <h2 id={`${id}-title`} className="text-2xl font-bold">
        {title}
      </h2>
      <ErrorBoundary fallback={<SectionError />}>{children}</ErrorBoundary>
    </section>
  );
}

function SectionError() {
  return (
    <Callout tone="warn" headingLevel={3} title={t`This part could not be shown`}>
      <p>
        <Trans>
          Something in this part of the record could not be displayed. The official record on ClinicalTrials.gov has it in
          full.
        </Trans>
      </p>
    </Callout>
  );
}
