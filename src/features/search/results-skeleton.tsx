/** Three grey cards under a heading while the search (or its place) is found. */
export function ResultsSkeleton({ headingId, title }: { headingId: string; title: string }) {
  return (
    <div aria-busy="true">
      <h2 id={headingId} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      <ul aria-hidden="true" className="space-y-4">
        {[0, 1, 2].map((i) => (
          <li key={i} className="h-40 animate-pulse rounded-lg border border-line bg-surface motion-reduce:animate-none" />
        ))}
      </ul>
    </div>
  );
}
