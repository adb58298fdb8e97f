import { t } from "@lingui/core/macro";
import type { Study } from "../../api/types";

const DESCRIPTION_MAX = 200;

/** The address to share and to call canonical: this app's study URL, without query or hash. */
export function canonicalStudyUrl(nctId: string): string {
  return `${window.location.origin}/study/${nctId}`;
}

/**
 * The page's <title>, description, canonical link and Open Graph tags, from the record. React 19
 * hoists these into <head>. Link previews and crawlers that don't run JavaScript still see
 * index.html's generic tags: per-study previews for them need prerendering or an edge function.
 */
export function StudyMeta({ study, nctId }: { study: Study; nctId: string }) {
  const identification = study.protocolSection?.identificationModule;
  const title = identification?.briefTitle?.trim() || identification?.officialTitle?.trim() || nctId;
  const summary = plainSummary(study.protocolSection?.descriptionModule?.briefSummary ?? "");
  const description = summary || t`${title}: study ${nctId} on ClinicalTrials.gov, in plain words.`;
  const url = canonicalStudyUrl(nctId);
  return (
    <>
      <title>{t`${title} | Trial Finder`}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={url} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:type" content="website" />
      <meta property="og:url" content={url} />
      <meta property="og:site_name" content={t`Trial Finder`} />
    </>
  );
}

/**
 * Registry markdown as one line of plain text, at most `max` characters (cut at a word, with "…").
 * Crude on purpose: a description only needs to read well, and the markdown parser is a lazy chunk.
 */
export function plainSummary(markdown: string, max = DESCRIPTION_MAX): string {
  const text = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1") // [text](url) and ![alt](src)
    .replace(/^[ \t]*(#{1,6}[ \t]+|>[ \t]?|[*+-][ \t]+|\d{1,9}[.)][ \t]+)/gm, "") // headings, quotes, list markers
    .replace(/(\*\*|__|`)/g, "")
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/gm, "$1$2") // *emphasis*, _emphasis_
    .replace(/\\([!-/:-@[-`{-~])/g, "$1") // backslash escapes: \> \[ \* …
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  const head = lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${head.replace(/[\s.,;:!?-]+$/, "")}…`;
}
