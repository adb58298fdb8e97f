// Looks for the HTML that <Markdown> produces (rendered or plain). Tailwind's preflight strips list and
// heading styles, so they come back here. Indented registry text parses as a code block: show it as text.
export const PROSE = [
  "space-y-3 break-words",
  "[&_ul]:list-disc [&_ul_ul]:list-[circle] [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:pl-6",
  "[&_li]:mt-1 [&_li>p+p]:mt-2 [&_li>ol]:mt-1 [&_li>ul]:mt-1",
  "[&_pre]:whitespace-pre-wrap [&_pre]:pl-6 [&_pre_code]:font-sans",
  "[&_blockquote]:border-l-4 [&_blockquote]:border-line [&_blockquote]:pl-4",
  "[&_hr]:border-line",
].join(" ");
