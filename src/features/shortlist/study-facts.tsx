import { plural, t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../api/types";
import { formatPartialDate } from "../../lib/dates";
import { acronymToAppend } from "../../lib/acronym";
import { formatCount } from "../../lib/format-count";

/** "Title (ACRONYM)", the acronym left out when the title has it already; the id when there is no title. */
export function studyTitle(study: Study): string {
  const identification = study.protocolSection?.identificationModule;
  const title = collapse(identification?.briefTitle) || identification?.nctId || t`Untitled study`;
  const acronym = acronymToAppend(title, identification?.acronym);
  return acronym ? `${title} (${acronym})` : title;
}

const collapse = (text: string | undefined) => text?.replace(/\s+/g, " ").trim() ?? "";

/** Last update and number of sites: the LIST_FIELDS a shortlist shows besides title and status. */
export function StudyFacts({ study }: { study: Study }) {
  const raw = study.protocolSection?.statusModule?.lastUpdatePostDateStruct?.date?.trim();
  const updated = formatPartialDate(raw);
  const sites = study.protocolSection?.contactsLocationsModule?.locations?.length ?? 0;
  const count = formatCount(sites);
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
      <dt className="font-semibold text-muted">
        <Trans>Last updated</Trans>
      </dt>
      <dd>{updated && raw ? <time dateTime={raw}>{updated}</time> : t`Not stated`}</dd>
      <dt className="font-semibold text-muted">
        <Trans>Sites</Trans>
      </dt>
      <dd>{sites === 0 ? t`No sites listed` : plural(sites, { one: `${count} site`, other: `${count} sites` })}</dd>
    </dl>
  );
}
