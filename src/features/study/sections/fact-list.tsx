import { Fragment, type ReactNode } from "react";

export type Fact = { term: ReactNode; body: ReactNode };

/** Term/answer rows as a definition list: two columns on wide screens, stacked on phones. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[minmax(10rem,auto)_1fr] sm:gap-y-3">
      {facts.map((fact, i) => (
        <Fragment key={i}>
          <dt className="font-semibold">{fact.term}</dt>
          <dd className="mb-3 max-w-prose space-y-1 sm:mb-0">{fact.body}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
