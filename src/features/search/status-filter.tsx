import { useId, useState, type ReactNode } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Status } from "../../api/types";
import { statusLabel } from "../../lib/registry-labels";
import { Check, Fieldset, toggle } from "./filter-fields";
import { DEFAULT_STATUS, STATUS_ORDER } from "./filters/catalogue";

type StatusMode = "default" | "any" | "choose";
const statusMode = (status: Status[] | undefined): StatusMode =>
  status === undefined ? "default" : status.length === 0 ? "any" : "choose";

export function StatusFilter({ status, onChange }: { status: Status[] | undefined; onChange: (next: Status[] | undefined) => void }) {
  const name = useId();
  // "Choose" stays open while its ticks happen to equal the default or none, until another mode is
  // picked or the search changes from outside (Back), which the remembered key detects.
  const [choosingFor, setChoosingFor] = useState<string>();
  const mode: StatusMode = choosingFor === statusKey(status) ? "choose" : statusMode(status);
  const chosen = status ?? DEFAULT_STATUS;
  const emit = (next: Status[] | undefined, choosing: boolean) => {
    setChoosingFor(choosing ? statusKey(next) : undefined);
    onChange(next);
  };
  const radio = (value: StatusMode, label: ReactNode) => (
    <label className="flex min-h-target items-center gap-2">
      <input
        type="radio"
        name={name}
        checked={mode === value}
        onChange={() => {
          if (value === "default") emit(undefined, false);
          if (value === "any") emit([], false);
          if (value === "choose") emit([...chosen], true);
        }}
        className="size-5"
      />
      {label}
    </label>
  );
  return (
    <Fieldset legend={t`Recruitment status`}>
      {radio("default", <Trans>Recruiting now or soon</Trans>)}
      {radio("any", <Trans>Any status, including finished studies</Trans>)}
      {radio("choose", <Trans>Choose statuses</Trans>)}
      {mode === "choose" && (
        <div className="ml-7 grid gap-x-4 sm:grid-cols-2">
          {STATUS_ORDER.map((s) => (
            <Check
              key={s}
              label={statusLabel(s)}
              checked={chosen.includes(s)}
              onChange={(on) => emit(toggle(chosen, s, on, STATUS_ORDER), true)}
            />
          ))}
          <p className="text-sm text-muted sm:col-span-2">
            <Trans>Tick none for any status.</Trans>
          </p>
        </div>
      )}
    </Fieldset>
  );
}

/** One name per status choice as the URL will hold it: the default list and "none ticked" collapse. */
function statusKey(status: readonly Status[] | undefined): string {
  if (status === undefined) return "default";
  if (status.length === 0) return "any";
  const same = status.length === DEFAULT_STATUS.length && DEFAULT_STATUS.every((s) => status.includes(s));
  return same ? "default" : status.join(",");
}

