import { useEffect } from "react";
import { plural } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../api/types";
import type { LatLon } from "../../lib/geo/distance";
import { formatPartialDate } from "../../lib/dates";
import { publicUrl } from "../../lib/public-url";
import { PrintPage } from "./print-page";
import { findStudy } from "./shortlist-query";
import { formatCount } from "../../lib/format-count";

/**
 * The print view of a shortlist: one paper page per study (break-after: page). Hidden on screen; its
 * own chunk, loaded when printing is asked for. `onReady` runs once everything is drawn.
 */
export default function PrintView({
  ids,
  studies,
  note,
  near,
  onReady,
}: {
  ids: readonly string[];
  studies: readonly Study[];
  note: string;
  near?: LatLon;
  onReady: () => void;
}) {
  useEffect(() => onReady(), [onReady]);
  const today = new Date();
  const printed = formatPartialDate(
    `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`,
  );
  const listed = ids.length;
  const count = formatCount(listed);
  return (
    <div data-print-view className="hidden print:block">
      {ids.map((nctId, index) => {
        const study = findStudy(studies, nctId);
        const currentId = study?.protocolSection?.identificationModule?.nctId ?? nctId;
        return (
          <section key={nctId} data-print-page className="break-after-page last:break-after-auto">
            {index === 0 && (
              <div className="mb-4 border-b border-line pb-3">
                <p className="text-sm">
                  {printed
                    ? plural(listed, {
                        one: `Shortlist of ${count} study from Trial Finder, printed ${printed}.`,
                        other: `Shortlist of ${count} studies from Trial Finder, printed ${printed}.`,
                      })
                    : plural(listed, {
                        one: `Shortlist of ${count} study from Trial Finder.`,
                        other: `Shortlist of ${count} studies from Trial Finder.`,
                      })}{" "}
                  <Trans>Study information comes from ClinicalTrials.gov.</Trans>
                </p>
                {note && (
                  <>
                    <p className="mt-2 font-semibold">
                      <Trans>Note from the person who shared this list:</Trans>
                    </p>
                    <p className="whitespace-pre-wrap [overflow-wrap:anywhere]">{note}</p>
                  </>
                )}
              </div>
            )}
            <PrintPage nctId={currentId} study={study} near={near} studyUrl={publicUrl(`/study/${currentId}`)} />
          </section>
        );
      })}
    </div>
  );
}
