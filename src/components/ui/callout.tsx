import type { ReactNode } from "react";

type Tone = "info" | "warn" | "danger";

const TONE_CLASS: Record<Tone, string> = {
  info: "border-brand bg-brand-light text-ink",
  warn: "border-warn-line bg-warn-bg text-warn-ink",
  danger: "border-danger-line bg-danger-bg text-danger-ink",
};

/** A boxed message with a heading: errors, warnings and notes all look alike across the app. */
export function Callout({
  tone,
  title,
  children,
  role,
  headingLevel = 2,
}: {
  tone: Tone;
  title: string;
  children?: ReactNode;
  role?: "alert" | "status";
  headingLevel?: 1 | 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div role={role} className={`max-w-prose rounded-lg border-l-4 p-4 ${TONE_CLASS[tone]}`}>
      <Heading className="text-lg font-bold">{title}</Heading>
      {children && <div className="mt-2 space-y-2">{children}</div>}
    </div>
  );
}
