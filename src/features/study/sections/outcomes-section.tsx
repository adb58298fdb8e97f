import { useRef, useState } from "react";
import { flushSync } from "react-dom";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { components } from "../../../api/schema";
import type { Study } from "../../../api/types";
import { GlossaryTerm } from "../../../components/glossary/glossary-term";
import type { GlossaryKey } from "../../../components/glossary/glossary";
import { Markdown } from "../../../components/markdown/markdown";
import { buttonClass } from "../../../components/ui/button";
import { formatCount } from "../../../lib/format-count";
import type { SectionSpec } from "./section-spec";

type Outcome = components["schemas"]["Outcome"];

// The words are read when the section renders (getters), in the language of that moment.
const KINDS = [
  {
    key: "primaryOutcomes",
    term: "primary outcome",
    get title() {
      return t`Primary outcomes`;
    },
    get explain() {
      return t`The main things the study is designed to find out.`;
    },
    showAll: (count: string) => t`Show all ${count} primary outcomes`,
  },
  {
    key: "secondaryOutcomes",
    term: "secondary outcome",
    get title() {
      return t`Secondary outcomes`;
    },
    get explain() {
      return t`Other things the study measures.`;
    },
    showAll: (count: string) => t`Show all ${count} secondary outcomes`,
  },
  {
    key: "otherOutcomes",
    term: undefined,
    get title() {
      return t`Other outcomes`;
    },
    get explain() {
      return t`Further things the study measures.`;
    },
    showAll: (count: string) => t`Show all ${count} other outcomes`,
  },
] as const;

// Long lists (one record has 89 secondary outcomes) show the first SHOWN on screen; the rest stay in the
// DOM, hidden with `hidden print:list-item`, so printing (and print emulation) always shows every outcome.
const SHOWN = 10;
// Hiding one or two items behind a button costs more than it saves.
const COLLAPSE_ABOVE = SHOWN + 2;

const text = (s: string | undefined) => s?.trim() || undefined;

function OutcomesSection({ study }: { study: Study }) {
  const module = study.protocolSection?.outcomesModule;
  return (
    <>
      {KINDS.map(({ key, title, term, explain, showAll }) => {
        const outcomes = module?.[key] ?? [];
        if (outcomes.length === 0) return null;
        return (
          <OutcomeList
            key={key}
            id={`outcomes-${key}`}
            title={title}
            term={term}
            explain={explain}
            showAllLabel={showAll(formatCount(outcomes.length))}
            outcomes={outcomes}
          />
        );
      })}
    </>
  );
}

type ListProps = { id: string; title: string; term: GlossaryKey | undefined; explain: string; showAllLabel: string; outcomes: readonly Outcome[] };

function OutcomeList({ id, title, term, explain, showAllLabel, outcomes }: ListProps) {
  const [showAll, setShowAll] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  const collapsible = outcomes.length > COLLAPSE_ABOVE;
  const toggle = () => {
    if (showAll) return setShowAll(false);
    // Render the rest now, then move focus to the first newly shown outcome so reading continues there.
    flushSync(() => setShowAll(true));
    const next = list.current?.children[SHOWN];
    if (next instanceof HTMLElement) next.focus();
  };
  return (
    <div className="space-y-2">
      <h3 id={`${id}-title`} className="text-xl font-semibold">
        {term ? <GlossaryTerm term={term}>{title}</GlossaryTerm> : title} ({outcomes.length})
      </h3>
      <p className="text-muted">{explain}</p>
      <ol id={id} ref={list} aria-labelledby={`${id}-title`} className="list-decimal space-y-3 pl-6">
        {outcomes.map((outcome, i) => (
          <OutcomeItem key={i} outcome={outcome} hidden={collapsible && !showAll && i >= SHOWN} focusTarget={i === SHOWN} />
        ))}
      </ol>
      {collapsible && (
        <button type="button" aria-expanded={showAll} aria-controls={id} onClick={toggle} className={`${buttonClass.secondary} print:hidden`}>
          {showAll ? t`Show only the first ${SHOWN}` : showAllLabel}
        </button>
      )}
    </div>
  );
}

function OutcomeItem({ outcome, hidden, focusTarget }: { outcome: Outcome; hidden: boolean; focusTarget: boolean }) {
  const measure = text(outcome.measure);
  const timeFrame = text(outcome.timeFrame);
  const description = text(outcome.description);
  return (
    <li tabIndex={focusTarget ? -1 : undefined} className={`space-y-1 pl-1 ${hidden ? "hidden print:list-item" : ""}`}>
      <p lang={measure && "en"} className="font-semibold">
        {measure ?? (
          <span className="text-muted">
            <Trans>Measure not stated</Trans>
          </span>
        )}
      </p>
      {/* One text node (tests find it whole), so the registry's time frame is not marked lang="en" here. */}
      {timeFrame && <p>{t`Time frame: ${timeFrame}`}</p>}
      {description && <Markdown text={description} />}
    </li>
  );
}

export const outcomesSection: SectionSpec = {
  id: "outcomes",
  get title() {
    return t`What the study measures`;
  },
  has: (study) => KINDS.some(({ key }) => (study.protocolSection?.outcomesModule?.[key]?.length ?? 0) > 0),
  Component: OutcomesSection,
};
