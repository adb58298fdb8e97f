import { lazy, Suspense, useCallback, useMemo, useRef, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { plural, t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Link } from "../../components/app-link";
import { RegistryErrorMessage } from "../../components/registry-error-message";
import { ListNotes } from "./list-notes";
import { ListShare } from "./list-share";
import { ListStudies } from "./list-studies";
import { listPath, MAX_NOTE_CHARS, parseListParams } from "./list-url";
import { publicUrl } from "../../lib/public-url";
import { studiesByIdsQuery } from "./shortlist-query";
import { preloadFiles } from "../../lib/preload-files";
import { formatCount } from "../../lib/format-count";

const PrintView = lazy(() => {
  preloadFiles("part:print-view"); // its imports start with it
  return import("./print-view");
});

/** /list?ids=…&note=…&near=…: a read-only shortlist someone shared, to read, pass on or print. */
export function ListPage() {
  const [searchParams] = useSearchParams();
  const key = searchParams.toString();
  const params = useMemo(() => parseListParams(new URLSearchParams(key)), [key]);
  const { ids, note, noteCut, near } = params;
  const url = publicUrl(listPath({ ids, note, near }));
  const studies = ids.length;
  const count = formatCount(studies);
  const list = useQuery({ ...studiesByIdsQuery("list", ids), enabled: ids.length > 0 });

  // Printing: a second request with the print fields, then print() once the view is drawn.
  const [printRequest, setPrintRequest] = useState(0);
  const printedFor = useRef(0);
  const print = useQuery({ ...studiesByIdsQuery("print", ids), enabled: printRequest > 0 && ids.length > 0 });
  const printReady = printRequest > 0 && print.isSuccess;
  const preparing = printRequest > 0 && print.isFetching;
  const onPrintReady = useCallback(() => {
    if (printedFor.current === printRequest) return; // StrictMode runs effects twice
    printedFor.current = printRequest;
    window.print();
  }, [printRequest]);

  return (
    <>
      <div className={`space-y-6 ${printReady ? "print:hidden" : ""}`}>
        <title>{plural(studies, { one: `Shortlist of ${count} study | Trial Finder`, other: `Shortlist of ${count} studies | Trial Finder` })}</title>
        <h1 className="text-3xl font-bold">
          <Trans>Shortlist of clinical trials</Trans>
        </h1>
        <p className="max-w-prose text-muted">
          <Trans>A list of studies someone shared with you. Ask your doctor whether any of them suits you.</Trans>
        </p>
        <ListNotes key={key} params={params} />
        {note && (
          <section aria-labelledby="list-note-title" className="max-w-prose space-y-2">
            <h2 id="list-note-title" className="text-xl font-bold">
              <Trans>Note from the person who shared this list</Trans>
            </h2>
            <p className="whitespace-pre-wrap rounded-md border border-line bg-surface p-3 [overflow-wrap:anywhere]">{note}</p>
            <p className="text-sm text-muted">
              <Trans>Trial Finder did not write or check this note.</Trans>
              {noteCut && ` ${t`It was longer than ${MAX_NOTE_CHARS} characters, so only the first ${MAX_NOTE_CHARS} are shown.`}`}
            </p>
          </section>
        )}
        {ids.length === 0 ? (
          <div className="max-w-prose space-y-3">
            <p className="text-lg">
              <Trans>This link does not list any studies.</Trans>
            </p>
            <p>
              <Trans>
                A shared list looks like <span className="font-mono">/list?ids=NCT02513394,NCT00405041</span>. Ask the person
                who sent it for the full link, or <Link to="/">search for studies</Link>.
              </Trans>
            </p>
          </div>
        ) : (
          <>
            <ListStudies ids={ids} query={list} />
            <section aria-labelledby="list-share-title" className="space-y-3 print:hidden">
              <h2 id="list-share-title" className="text-xl font-bold">
                <Trans>Share or print</Trans>
              </h2>
              <ListShare url={url} printing={preparing} onPrint={() => !preparing && setPrintRequest((n) => n + 1)} />
              <p role="status" className="text-sm">
                {preparing ? t`Preparing the print view…` : ""}
              </p>
              {printRequest > 0 && print.isError && (
                <RegistryErrorMessage error={print.error} onRetry={() => void print.refetch()} />
              )}
            </section>
          </>
        )}
      </div>
      {printReady && print.data && (
        <Suspense fallback={null}>
          <PrintView ids={ids} studies={print.data} note={note} near={near} onReady={onPrintReady} />
        </Suspense>
      )}
    </>
  );
}
