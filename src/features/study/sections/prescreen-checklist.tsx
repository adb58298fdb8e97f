import { useId } from "react";
import { Link } from "../../../components/app-link";
import { GlossaryTerm } from "../../../components/glossary/glossary-term";
import { Markdown } from "../../../components/markdown/markdown";
import { useSessionValue } from "../../../lib/session-value";
import { criteriaChecklist, type CriteriaChecklist, type CriterionItem } from "../criteria-items";
import { answersFor, tally, type Answer, type Answers } from "../prescreen-answers";

const CHOICES: Record<"inclusion" | "exclusion", [Answer, string][]> = {
  inclusion: [
    ["yes", "Yes"],
    ["no", "No"],
    ["unsure", "Not sure"],
  ],
  exclusion: [
    ["yes", "Yes, this applies to me"],
    ["no", "No"],
    ["unsure", "Not sure"],
  ],
};

/**
 * Every inclusion and exclusion criterion as a question, answered Yes / No / Not sure, in the record's
 * own words, numbering and nesting. Text that can't be split into items is not turned into questions:
 * the reader is sent to the criteria, shown whole under "Who can join".
 */
export function PrescreenChecklist({ nctId, criteria, hasSites = false }: { nctId: string; criteria: string | undefined; hasSites?: boolean }) {
  const store = answersFor(nctId);
  const answers = useSessionValue(store);
  const checklist = criteriaChecklist(criteria);
  if (!checklist) return null;
  if (checklist.kind === "whole" || (checklist.inclusion.length === 0 && checklist.exclusion.length === 0)) {
    return (
      <p className="max-w-prose">
        This study&rsquo;s criteria can&rsquo;t be turned into questions here: read them under{" "}
        <a href="#eligibility">Who can join</a> and take them to the study team.
      </p>
    );
  }
  const answer = (id: string, value: Answer) => store.set({ ...answers, [id]: value });
  return (
    <div className="space-y-6">
      <Summary nctId={nctId} checklist={checklist} answers={answers} hasSites={hasSites} />
      <ItemGroup title="To join, the study asks that…" items={checklist.inclusion} kind="inclusion" answers={answers} onAnswer={answer} />
      <ItemGroup title="The study does not take people who…" items={checklist.exclusion} kind="exclusion" answers={answers} onAnswer={answer} />
      {answers && (
        <button type="button" className="min-h-target underline print:hidden" onClick={() => store.set(undefined)}>
          Clear my answers
        </button>
      )}
    </div>
  );
}

function Summary({ nctId, checklist, answers, hasSites }: { nctId: string; checklist: CriteriaChecklist; answers: Answers | undefined; hasSites: boolean }) {
  const { ruledOut, unsure, answered, total } = tally(checklist, answers);
  const asks = unsure.length === 1 ? "1 question" : `${unsure.length} questions`;
  const headline =
    ruledOut.length === 0
      ? `Nothing you answered rules you out${unsure.length > 0 ? `; ${asks} to ask the study team` : ""}`
      : `${ruledOut.length === 1 ? "One answer" : `${ruledOut.length} answers`} may rule you out`;
  return (
    <div className="max-w-prose space-y-2 rounded-lg border border-line bg-surface p-4">
      <p role="status" className="font-semibold">
        {answered === 0 ? `${total} questions from the study's criteria. Answer what you can.` : headline}
      </p>
      {ruledOut.length > 0 && (
        <ul className="list-disc space-y-1 pl-6">
          {ruledOut.map(({ item, reason }) => (
            <li key={item.id}>{reason}</li>
          ))}
        </ul>
      )}
      {answered > 0 && (
        <p>
          Only the study team can say whether you can join: see <a href="#contacts">Whom to contact</a>
          {hasSites && (
            <>
              {" "}and the sites under <a href="#locations">Where the study runs</a>
            </>
          )}
          {unsure.length > 0 ? ", and take the questions you marked Not sure." : "."}
        </p>
      )}
      {unsure.length > 0 && (
        // The link names the questions only, never an answer.
        <p className="print:hidden">
          <Link to={`/study/${nctId}/questions?items=${unsure.map((item) => item.id).join(",")}`} className="font-semibold">
            Your questions for the study team, to print or share
          </Link>
        </p>
      )}
    </div>
  );
}

function ItemGroup({
  title,
  items,
  kind,
  answers,
  onAnswer,
}: {
  title: string;
  items: CriterionItem[];
  kind: "inclusion" | "exclusion";
  answers: Answers | undefined;
  onAnswer: (id: string, answer: Answer) => void;
}) {
  if (items.length === 0) return null;
  return (
    <div className="space-y-3">
      <h3 className="text-lg font-semibold">{title}</h3>
      <p className="text-muted">
        The study&rsquo;s{" "}
        {kind === "inclusion" ? (
          <GlossaryTerm term="inclusion criteria">inclusion criteria</GlossaryTerm>
        ) : (
          <GlossaryTerm term="exclusion criteria">exclusion criteria</GlossaryTerm>
        )}
        , in the record&rsquo;s words.
      </p>
      <Items items={items} kind={kind} answers={answers} onAnswer={onAnswer} />
    </div>
  );
}

function Items(props: { items: CriterionItem[]; kind: "inclusion" | "exclusion"; answers: Answers | undefined; onAnswer: (id: string, answer: Answer) => void }) {
  return (
    <ol className="max-w-prose list-none space-y-4">
      {props.items.map((item) => (
        <li key={item.id}>{item.children.length > 0 ? <ItemWithOptions {...props} item={item} /> : <Question {...props} item={item} />}</li>
      ))}
    </ol>
  );
}

function ItemWithOptions(props: { item: CriterionItem; kind: "inclusion" | "exclusion"; answers: Answers | undefined; onAnswer: (id: string, answer: Answer) => void }) {
  const { item, ...rest } = props;
  return (
    <div className="space-y-3">
      <ItemText item={item} />
      <div className="border-l-2 border-line pl-4">
        <Items {...rest} items={item.children} />
      </div>
    </div>
  );
}

function Question({
  item,
  kind,
  answers,
  onAnswer,
}: {
  item: CriterionItem;
  kind: "inclusion" | "exclusion";
  answers: Answers | undefined;
  onAnswer: (id: string, answer: Answer) => void;
}) {
  const textId = useId();
  const name = useId();
  return (
    <div role="radiogroup" aria-labelledby={textId} className="space-y-1">
      <div id={textId}>
        <ItemText item={item} />
      </div>
      <div className="flex flex-wrap gap-x-4 print:hidden">
        {CHOICES[kind].map(([value, label]) => (
          <label key={value} className="flex min-h-target items-center gap-2">
            <input type="radio" name={name} checked={answers?.[item.id] === value} onChange={() => onAnswer(item.id, value)} className="size-5" />
            {label}
          </label>
        ))}
      </div>
    </div>
  );
}

/** The item in the record's own words, with its number as written. */
function ItemText({ item }: { item: CriterionItem }) {
  return (
    <div className="flex gap-2">
      {/* The space keeps the number and the text apart in the text too ("1. . Allergies" stays as written). */}
      {item.number && <span className="shrink-0 font-semibold">{item.number}</span>}{" "}
      <Markdown text={item.text || " "} className="min-w-0" />
    </div>
  );
}
