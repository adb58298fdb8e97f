import type { ReactNode } from "react";

/** A titled part of the study page with a stable anchor; sub-parts inside use h3. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="study-section scroll-mt-4 space-y-3 border-t border-line pt-6">
      <h2 id={`${id}-title`} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
