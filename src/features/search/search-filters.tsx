// The filter panel: one control per entry of the catalogue (filters/catalogue.ts), which holds the values,
// their order and their words. Loaded when the panel is first opened (search-form.tsx).
import { t } from "@lingui/core/macro";
import type { StudyType } from "../../api/types";
import { GLOSSARY } from "../../components/glossary/glossary";
import { AgeInput } from "./age-input";
import { DateFilters } from "./date-filters";
import { Check, Fieldset, Select, toggle } from "./filter-fields";
import {
  AGE_GROUP_LABEL,
  DOC_LABEL,
  FUNDER_LABEL,
  PHASE_LABEL,
  PHASE_ORDER,
  SEX_LABEL,
  TYPE_LABEL,
  type AgeGroup,
  type DocKey,
  type FunderType,
  type PhaseKey,
  type SexFilter,
} from "./filters/catalogue";
import type { Search } from "./search-types";
import { StatusFilter } from "./status-filter";

export function SearchFilters({
  value,
  onChange,
}: {
  value: Search;
  onChange: (next: Search, change: "typing" | "filter") => void;
}) {
  const set = (patch: Partial<Search>) => onChange({ ...value, ...patch }, "filter");
  return (
    <div className="grid gap-6 md:grid-cols-2 [&>*]:min-w-0">
      <StatusFilter status={value.status} onChange={(status) => set({ status })} />
      <Fieldset legend={t`Phase`} hint={`${GLOSSARY.phase} ${t`Tick none for any phase.`}`}>
        {PHASE_ORDER.map((phase) => (
          <Check
            key={phase}
            label={PHASE_LABEL[phase]}
            description={phaseMeaning(phase)}
            checked={value.phase?.includes(phase) ?? false}
            onChange={(on) => set({ phase: toggle(value.phase ?? [], phase, on, PHASE_ORDER) })}
          />
        ))}
      </Fieldset>
      <Select<StudyType>
        label={t`Study type`}
        value={value.type}
        options={TYPE_LABEL}
        anyLabel={t`Any type`}
        onChange={(type) => set({ type })}
      />
      {/* Age is typed, so it behaves like the text fields: it replaces the history entry. */}
      <AgeInput age={value.age} onChange={(age) => onChange({ ...value, age }, "typing")} />
      <Fieldset legend={t`Age group`} hint={t`The registry's groups for who can join. Tick none for any age.`}>
        {(Object.keys(AGE_GROUP_LABEL) as AgeGroup[]).map((group) => (
          <Check
            key={group}
            label={AGE_GROUP_LABEL[group]}
            checked={value.agegroup?.includes(group) ?? false}
            onChange={(on) => set({ agegroup: toggle(value.agegroup ?? [], group, on, Object.keys(AGE_GROUP_LABEL) as AgeGroup[]) })}
          />
        ))}
      </Fieldset>
      <Select<SexFilter>
        label={t`Sex`}
        value={value.sex}
        options={SEX_LABEL}
        anyLabel={t`Any`}
        onChange={(sex) => set({ sex })}
      />
      <Select<FunderType>
        label={t`Who pays for the study`}
        value={value.funder}
        options={FUNDER_LABEL}
        anyLabel={t`Anyone`}
        onChange={(funder) => set({ funder })}
      />
      <Fieldset legend={t`Other`}>
        <Check
          label={t`Accepts healthy volunteers`}
          checked={value.healthy === true}
          onChange={(on) => set({ healthy: on || undefined })}
        />
        <Check
          label={t`Has posted results`}
          checked={value.results === true}
          onChange={(on) => set({ results: on || undefined })}
        />
      </Fieldset>
      <Fieldset legend={t`Documents posted`} hint={t`Studies that have posted any of the ticked documents.`}>
        {(Object.keys(DOC_LABEL) as DocKey[]).map((doc) => (
          <Check
            key={doc}
            label={DOC_LABEL[doc]}
            checked={value.docs?.includes(doc) ?? false}
            onChange={(on) => set({ docs: toggle(value.docs ?? [], doc, on, Object.keys(DOC_LABEL) as DocKey[]) })}
          />
        ))}
      </Fieldset>
      {/* Dates are typed (a date box changes with each digit), so like the age they replace the history entry. */}
      <DateFilters value={value} onChange={(patch) => onChange({ ...value, ...patch }, "typing")} />
    </div>
  );
}

/** What each phase tests, in the glossary's words, under its tick box (read when shown: the glossary's getters follow the language). */
const phaseMeaning = (phase: PhaseKey): string =>
  phase === "na"
    ? t`Studies that do not test a drug in steps, such as studies of devices, behaviour or care.`
    : GLOSSARY[phase === "early" ? "early phase 1" : (`phase ${phase}` as const)];
