import { useMemo } from "react";
import { PROSE } from "./prose";
import { toSafeHtml } from "./to-safe-html";

/** The lazy part of <Markdown>: CommonMark to sanitised HTML (see to-safe-html.ts). */
export default function MarkdownRenderer({ text }: { text: string }) {
  const html = useMemo(() => toSafeHtml(text), [text]);
  return <div className={PROSE} dangerouslySetInnerHTML={{ __html: html }} />;
}
