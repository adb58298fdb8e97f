import { useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from "react";
import { useNearViewport } from "../use-near-viewport";
import { ErrorBoundary } from "../ui/error-boundary";
import { splitParagraphs } from "./paragraphs";
import { pendingBlocks } from "./pending";
import { PROSE } from "./prose";

type Renderer = (text: string) => ReactNode;

// The CommonMark renderer (marked + DOMPurify, ~28 kB gzip) is a lazy chunk. Most registry text
// is plain paragraphs (523 of 566 brief summaries), which render here without it; text with markup
// fetches it when it comes near the viewport, or when the page is printed. Until then that text shows
// as rough paragraphs and lists (pending.ts), so nothing is hidden while it loads.
let loaded: Renderer | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function loadRenderer(): Promise<void> {
  loading ??= import("./markdown-renderer").then(
    (module) => {
      const Rendered = module.default;
      loaded = (text) => <Rendered text={text} />;
      for (const listener of listeners) listener();
    },
    () => {
      loading = undefined; // a failed fetch is tried again by the next field that needs it
    },
  );
  return loading;
}

if (typeof window !== "undefined") window.addEventListener("beforeprint", () => void loadRenderer());

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/**
 * True when CommonMark would render `text` as nothing but paragraphs of the same words: no emphasis,
 * lists, headings, code, links, autolinks, HTML, entities, escapes or hard breaks. Deliberately wide:
 * a false "not plain" only costs loading the renderer.
 */
export function isPlainText(text: string): boolean {
  return !/[\\`*_[\]<>#|~&@{}]|https?:|www\.|^ {0,3}([-+*]|\d{1,9}[.)])(\s|$)|^ {0,3}[-=]{2,}\s*$|^ {4}|\t| {2,}\n/m.test(text);
}

/**
 * Registry markup fields (CommonMark) rendered safely; `data-markdown-pending` marks text still waiting for the
 * renderer. Registry text is English whatever the page's language, and is marked so.
 */
export function Markdown({ text, className }: { text: string; className?: string }) {
  const plain = useMemo(() => isPlainText(text), [text]);
  const render = useSyncExternalStore(subscribe, () => loaded, () => loaded);
  const box = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box, { margin: "800px 0px", unsupported: true });
  useEffect(() => {
    if (!plain && !render && near) void loadRenderer();
  }, [plain, render, near]);
  return (
    <div ref={box} lang="en" className={`markdown ${className ?? ""}`}>
      {plain ? (
        <PlainParagraphs text={text} />
      ) : render ? (
        // The renderer never gives up on text (it falls back to paragraphs itself); this is for its bugs.
        <ErrorBoundary key={text} fallback={<PlainParagraphs text={text} />}>
          {render(text)}
        </ErrorBoundary>
      ) : (
        <PendingText text={text} />
      )}
    </div>
  );
}

/** Until the renderer arrives: paragraphs and flat lists, without markdown's list markers. */
function PendingText({ text }: { text: string }) {
  return (
    <div className={PROSE} data-markdown-pending="">
      {pendingBlocks(text).map((block, i) =>
        block.kind === "p" ? (
          <p key={i} className="whitespace-pre-line">
            {block.text}
          </p>
        ) : (
          <List key={i} ordered={block.kind === "ol"} start={block.start} items={block.items} />
        ),
      )}
    </div>
  );
}

function List({ ordered, start, items }: { ordered: boolean; start: number; items: string[] }) {
  const children = items.map((item, i) => <li key={i}>{item}</li>);
  return ordered ? <ol start={start}>{children}</ol> : <ul>{children}</ul>;
}

/** What the renderer makes of plain text: one paragraph per blank-line-separated block. */
function PlainParagraphs({ text }: { text: string }) {
  return (
    <div className={PROSE}>
      {splitParagraphs(text).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </div>
  );
}
