import { Suspense, lazy, type ComponentType } from "react";

type Renderer = ComponentType<{ text: string }>;

// The renderer is a lazy chunk, fetched as soon as this module loads (with the study page's chunk,
// so in parallel with the record's request) rather than at the first render. Once it has arrived,
// <Markdown> renders it directly: no Suspense fallback flash, and no wait for React's ~300 ms
// throttle on revealing suspended content.
const loadRenderer = () => import("./markdown-renderer");
const pending = loadRenderer();
let loaded: Renderer | undefined;
pending.then(
  (module) => void (loaded = module.default),
  () => undefined, // a failed fetch is retried at first render, where an error boundary can catch it
);
const LazyRenderer = lazy(() => pending.catch(loadRenderer));

/**
 * Registry markup fields (CommonMark) rendered safely (see to-safe-html.ts). Until the renderer
 * arrives the text shows as plain paragraphs, so nothing is hidden while it loads;
 * `data-markdown-pending` marks that fallback (the benchmark waits until none is left).
 */
export function Markdown({ text, className }: { text: string; className?: string }) {
  const Loaded = loaded;
  return (
    <div className={`markdown ${className ?? ""}`}>
      {Loaded ? (
        <Loaded text={text} />
      ) : (
        <Suspense fallback={<p className="whitespace-pre-line" data-markdown-pending="">{text}</p>}>
          <LazyRenderer text={text} />
        </Suspense>
      )}
    </div>
  );
}
