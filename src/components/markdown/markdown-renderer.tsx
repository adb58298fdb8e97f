import { useMemo } from "react";
import { toSafeHtml } from "./to-safe-html";

// Looks for the HTML that toSafeHtml produces. Tailwind's preflight strips list and heading styles,
// so they come back here. Indented registry text parses as a code block: show it as normal text.
const PROSE = [
  "space-y-3 break-words",
  "[&_ul]:list-disc [&_ul_ul]:list-[circle] [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:pl-6",
  "[&_li]:mt-1 [&_li>p+p]:mt-2 [&_li>ol]:mt-1 [&_li>ul]:mt-1",
  "[&_pre]:whitespace-pre-wrap [&_pre]:pl-6 [&_pre_code]:font-sans",
  "[&_blockquote]:border-l-4 [&_blockquote]:border-line [&_blockquote]:pl-4",
  "[&_hr]:border-line",
].join(" ");

/** The lazy part of <Markdown>: CommonMark to sanitised HTML (see to-safe-html.ts). */
export default function MarkdownRenderer({ text }: { text: string }) {
  const html = useMemo(() => toSafeHtml(text), [text]);
  return <div className={PROSE} dangerouslySetInnerHTML={{ __html: html }} />;
}
