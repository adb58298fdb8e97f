import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../../api/types";
import type { components } from "../../../api/schema";
import { formatPartialDate } from "../../../lib/dates";
import { checkNctId } from "../../../lib/nct-id";
import { ExternalLink } from "../../../components/ui/external-link";
import type { SectionSpec } from "./section-spec";

type LargeDoc = components["schemas"]["LargeDoc"];

/** The registry's copy of an uploaded document (api-facts §5.2); undefined without a valid id or file name. */
export function largeDocUrl(nctId: string | undefined, filename: string | undefined): string | undefined {
  const check = nctId ? checkNctId(nctId) : undefined;
  const file = filename?.trim();
  if (!check?.ok || !file) return undefined;
  return `https://cdn.clinicaltrials.gov/large-docs/${check.id.slice(-2)}/${check.id}/${encodeURIComponent(file)}`;
}

/** Decimal units, as file managers show them: 905430 → "905 kB", 1664938 → "1.7 MB". */
export function formatFileSize(bytes: number | undefined): string | undefined {
  if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return undefined;
  if (bytes < 1000) return `${Math.round(bytes)} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  const mb = bytes / 1_000_000;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/** The record's label, else what the flags say it contains: "Study protocol and statistical analysis plan". */
export function documentKind(doc: LargeDoc): string {
  const label = doc.label?.trim();
  if (label) return label;
  const parts = [
    doc.hasProtocol && t`Study protocol`,
    doc.hasSap && t`Statistical analysis plan`,
    doc.hasIcf && t`Informed consent form`,
  ].filter((part): part is string => !!part);
  const [first, second, third] = parts.map((part, i) => (i === 0 ? part : part.toLowerCase()));
  if (!first) return t`Study document`;
  if (!second) return first;
  return third ? t`${first} and ${second} and ${third}` : t`${first} and ${second}`;
}

const fileType = (filename: string | undefined) => /\.([a-z0-9]{2,4})$/i.exec(filename?.trim() ?? "")?.[1]?.toUpperCase();

const docs = (study: Study) =>
  (study.documentSection?.largeDocumentModule?.largeDocs ?? []).filter(
    (doc) => doc.filename?.trim() || doc.label?.trim() || doc.hasProtocol || doc.hasSap || doc.hasIcf,
  );

function DocumentsSection({ study }: { study: Study }) {
  const nctId = study.protocolSection?.identificationModule?.nctId;
  const list = docs(study);
  const noSap = study.documentSection?.largeDocumentModule?.noSap === true;
  return (
    <>
      {list.length > 0 && (
        <>
          <p className="max-w-prose text-muted">
            <Trans>Documents the study team uploaded to the registry. The links open the registry's own copies.</Trans>
          </p>
          <ul className="space-y-3">
            {list.map((doc, i) => (
              <DocumentItem key={`${i}-${doc.filename ?? ""}`} doc={doc} url={largeDocUrl(nctId, doc.filename)} />
            ))}
          </ul>
        </>
      )}
      {noSap && (
        <p className="max-w-prose">
          <Trans>The record says the study has no separate statistical analysis plan.</Trans>
        </p>
      )}
    </>
  );
}

function DocumentItem({ doc, url }: { doc: LargeDoc; url: string | undefined }) {
  const kind = documentKind(doc);
  // The record's own label is registry text.
  const title = doc.label?.trim() ? <span lang="en">{kind}</span> : kind;
  const details = [fileType(doc.filename), formatFileSize(doc.size)].filter(Boolean).join(", ");
  const dated = formatPartialDate(doc.date);
  const uploaded = formatPartialDate(doc.uploadDate?.slice(0, 10));
  const when = [dated && t`dated ${dated}`, uploaded && t`added to the registry ${uploaded}`].filter(Boolean).join("; ");
  return (
    <li className="rounded-lg border border-line p-3">
      <p className="font-semibold">
        {url ? <ExternalLink href={url}>{title}</ExternalLink> : title}
        {details && <span className="font-normal text-muted"> ({details})</span>}
      </p>
      {!url && (
        <p className="text-muted">
          <Trans>The record gives no file for this document.</Trans>
        </p>
      )}
      {when && <p className="text-muted">{when.charAt(0).toUpperCase() + when.slice(1)}</p>}
    </li>
  );
}

export const documentsSection: SectionSpec = {
  id: "documents",
  get title() {
    return t`Study documents`;
  },
  has: (study) => docs(study).length > 0 || study.documentSection?.largeDocumentModule?.noSap === true,
  Component: DocumentsSection,
};
