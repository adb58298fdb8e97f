import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../../api/types";
import type { components } from "../../../api/schema";
import { Markdown } from "../../../components/markdown/markdown";
import { ExternalLink, UrlText } from "../../../components/ui/external-link";
import type { SectionSpec } from "./section-spec";

type Module = components["schemas"]["ReferencesModule"];
type Reference = components["schemas"]["Reference"];
type ReferenceType = components["schemas"]["ReferenceType"];

const pubmedUrl = (pmid: string | undefined) => {
  const id = pmid?.trim();
  return id && /^\d+$/.test(id) ? `https://pubmed.ncbi.nlm.nih.gov/${id}/` : undefined;
};

// Looked up when the section renders, in the language of that moment.
const groups = (): { type: ReferenceType | undefined; title: string; note?: string }[] => [
  { type: "RESULT", title: t`Results of this study` },
  { type: "BACKGROUND", title: t`Background reading`, note: t`Publications the study team based the study on.` },
  { type: "DERIVED", title: t`Found by the registry`, note: t`PubMed articles that mention this study's number, linked by the registry.` },
  { type: undefined, title: t`Other publications` },
];

const references = (m: Module | undefined) => (m?.references ?? []).filter((r) => r.citation?.trim() || pubmedUrl(r.pmid));
const seeAlso = (m: Module | undefined) => (m?.seeAlsoLinks ?? []).filter((l) => l.url?.trim() || l.label?.trim());
const ipds = (m: Module | undefined) =>
  (m?.availIpds ?? []).filter((d) => d.id?.trim() || d.type?.trim() || d.url?.trim() || d.comment?.trim());

function ReferencesSection({ study }: { study: Study }) {
  const m = study.protocolSection?.referencesModule;
  const refs = references(m);
  const links = seeAlso(m);
  const data = ipds(m);
  return (
    <>
      {groups().map(({ type, title, note }) => {
        const group = refs.filter((r) => (type ? r.type === type : !r.type));
        if (group.length === 0) return null;
        return (
          <div key={title} className="space-y-2">
            <h3 className="text-xl font-semibold">{title}</h3>
            {note && <p className="text-muted">{note}</p>}
            <ul className="list-disc space-y-3 pl-6">
              {group.map((r, i) => (
                <ReferenceItem key={`${i}-${r.pmid ?? ""}`} reference={r} />
              ))}
            </ul>
          </div>
        );
      })}
      {links.length > 0 && (
        <div className="space-y-2">
          <h3 className="text-xl font-semibold">
            <Trans>Other links</Trans>
          </h3>
          <ul className="list-disc space-y-3 pl-6">
            {links.map((l, i) => (
              <li key={i}>
                {l.label?.trim() && <Markdown text={l.label.trim()} />}
                {l.url?.trim() && <UrlText url={l.url.trim()} />}
              </li>
            ))}
          </ul>
        </div>
      )}
      {data.length > 0 && (
        <div className="space-y-2">
          <h3 className="text-xl font-semibold">
            <Trans>Participant data and documents on offer</Trans>
          </h3>
          <ul className="list-disc space-y-3 pl-6">
            {data.map((d, i) => (
              <li key={i}>
                {(d.type?.trim() || d.id?.trim()) && (
                  <p lang="en" className="font-semibold">
                    {[d.type?.trim(), d.id?.trim()].filter(Boolean).join(": ")}
                  </p>
                )}
                {d.url?.trim() && <UrlText url={d.url.trim()} />}
                {d.comment?.trim() && <Markdown text={d.comment.trim()} />}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

export const referencesSection: SectionSpec = {
  id: "references",
  get title() {
    return t`Publications and links`;
  },
  has: (study) => {
    const m = study.protocolSection?.referencesModule;
    return references(m).length + seeAlso(m).length + ipds(m).length > 0;
  },
  Component: ReferencesSection,
};

function ReferenceItem({ reference }: { reference: Reference }) {
  const pubmed = pubmedUrl(reference.pmid);
  const retractions = (reference.retractions ?? []).filter((r) => r.pmid?.trim() || r.source?.trim());
  const citation = reference.citation?.trim();
  const pmid = reference.pmid?.trim();
  return (
    <li className="space-y-1">
      <p lang={citation && "en"} className="wrap-break-word">
        {citation || (
          <span className="text-muted">
            <Trans>Citation not given</Trans>
          </span>
        )}
      </p>
      {pubmed && (
        <ExternalLink href={pubmed}>
          <Trans>PubMed {pmid}</Trans>
        </ExternalLink>
      )}
      {retractions.map((r, i) => {
        const notice = pubmedUrl(r.pmid);
        const source = r.source?.trim();
        const noticeId = r.pmid?.trim();
        return (
          <p key={i} className="rounded border-l-4 border-danger-line bg-danger-bg px-2 text-danger-ink">
            <span aria-hidden="true">⚠ </span>
            {source ? (
              <Trans>
                <strong>Retracted:</strong> this article has been withdrawn by its publisher (<span lang="en">{source}</span>).
              </Trans>
            ) : (
              <Trans>
                <strong>Retracted:</strong> this article has been withdrawn by its publisher.
              </Trans>
            )}{" "}
            {notice && (
              <ExternalLink href={notice}>
                <Trans>Retraction notice, PubMed {noticeId}</Trans>
              </ExternalLink>
            )}
          </p>
        );
      })}
    </li>
  );
}
