import { useId } from "react";
import { t, plural } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Link } from "../../../components/app-link";
import { GlossaryTerm } from "../../../components/glossary/glossary-term";
import { Markdown } from "../../../components/markdown/markdown";
import { formatCount } from "../../../lib/format-count";
import { useSessionValue } from "../../../lib/session-value";
import { criteriaChecklist, type CriteriaChecklist, type CriterionItem } from "../criteria-items";
import { answersFor, plain, tally, type Answer, type Answers } from "../prescreen-answers";

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
        <Trans>
          This study’s criteria can’t be turned into questions here: read them under <a href="#eligibility">Who can join</a>{" "}
          and take them to the study team.
        </Trans>
      </p>
    );
  }
  const answer = (id: string, value: Answer) => store.set({ ...answers, [id]: value });
  return (
    <div className="space-y-6">
      <Summary nctId={nctId} checklist={checklist} answers={answers} hasSites={hasSites} />
      <ItemGroup title={t`To join, the study asks that…`} items={checklist.inclusion} kind="inclusion" answers={answers} onAnswer={answer} />
      <ItemGroup title={t`The study does not take people who…`} items={checklist.exclusion} kind="exclusion" answers={answers} onAnswer={answer} />
      {answers && (
        <button type="button" className="min-h-target underline print:hidden" onClick={() => store.set(undefined)}>
          <Trans>Clear my answers</Trans>
        </button>
      )}
    </div>
  );
}

function Summary({ nctId, checklist, answers, hasSites }: { nctId: string; checklist: CriteriaChecklist; answers: Answers | undefined; hasSites: boolean }) {
  const { ruledOut, unsure, answered, total } = tally(checklist, answers);
  const unsureCount = unsure.length;
  const ruledCount = ruledOut.length;
  const asks = formatCount(unsureCount);
  const ruling = formatCount(ruledCount);
  const count = formatCount(total);
  const headline =
    answered === 0
      ? plural(total, {
          one: `${count} question from the study's criteria. Answer what you can.`,
          other: `${count} questions from the study's criteria. Answer what you can.`,
        })
      : ruledOut.length > 0
        ? plural(ruledCount, { one: "One answer may rule you out", other: `${ruling} answers may rule you out` })
        : unsure.length > 0
          ? plural(unsureCount, {
              one: `Nothing you answered rules you out; ${asks} question to ask the study team`,
              other: `Nothing you answered rules you out; ${asks} questions to ask the study team`,
            })
          : t`Nothing you answered rules you out`;
  return (
    <div className="max-w-prose space-y-2 rounded-lg border border-line bg-surface p-4">
      <p role="status" className="font-semibold">
        {headline}
      </p>
      {ruledOut.length > 0 && (
        <ul className="list-disc space-y-1 pl-6">
          {ruledOut.map(({ item, reason }) => {
            const text = <span lang="en">{plain(item.text)}</span>;
            return (
              <li key={item.id}>
                {reason === "options" ? (
                  <Trans>You said no to every option of: {text}</Trans>
                ) : reason === "exclusion" ? (
                  <Trans>You said yes to an exclusion: {text}</Trans>
                ) : (
                  <Trans>You said no to: {text}</Trans>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {answered > 0 && (
        <p>
          {hasSites ? (
            unsure.length > 0 ? (
              <Trans>
                Only the study team can say whether you can join: see <a href="#contacts">Whom to contact</a> and the sites
                under <a href="#locations">Where the study runs</a>, and take the questions you marked Not sure.
              </Trans>
            ) : (
              <Trans>
                Only the study team can say whether you can join: see <a href="#contacts">Whom to contact</a> and the sites
                under <a href="#locations">Where the study runs</a>.
              </Trans>
            )
          ) : unsure.length > 0 ? (
            <Trans>
              Only the study team can say whether you can join: see <a href="#contacts">Whom to contact</a>, and take the
              questions you marked Not sure.
            </Trans>
          ) : (
            <Trans>
              Only the study team can say whether you can join: see <a href="#contacts">Whom to contact</a>.
            </Trans>
          )}
        </p>
      )}
      {unsure.length > 0 && (
        // The link names the questions only, never an answer.
        <p className="print:hidden">
          <Link to={`/study/${nctId}/questions?items=${unsure.map((item) => item.id).join(",")}`} className="font-semibold">
            <Trans>Your questions for the study team, to print or share</Trans>
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
        {kind === "inclusion" ? (
          <Trans>
            The study’s <GlossaryTerm term="inclusion criteria">inclusion criteria</GlossaryTerm>, in the record’s words.
          </Trans>
        ) : (
          <Trans>
            The study’s <GlossaryTerm term="exclusion criteria">exclusion criteria</GlossaryTerm>, in the record’s words.
          </Trans>
        )}
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
  const choices: [Answer, string][] = [
    ["yes", kind === "inclusion" ? t`Yes` : t`Yes, this applies to me`],
    ["no", t`No`],
    ["unsure", t`Not sure`],
  ];
  return (
    <div role="radiogroup" aria-labelledby={textId} className="space-y-1">
      <div id={textId}>
        <ItemText item={item} />
      </div>
      <div className="flex flex-wrap gap-x-4 print:hidden">
        {choices.map(([value, label]) => (
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
    <div lang="en" className="flex gap-2">
      {/* The space keeps the number and the text apart in the text too ("1. . Allergies" stays as written). */}
      {item.number && <span className="shrink-0 font-semibold">{item.number}</span>}{" "}
      <Markdown text={item.text || " "} className="min-w-0" />
    </div>
  );
}
