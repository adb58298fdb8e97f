import type { Study } from "../../api/types";
import { formatPartialDate } from "../../lib/dates";

/** "Title (ACRONYM)", or the id when the record has no title. */
export function studyTitle(study: Study): string {
  const identification = study.protocolSection?.identificationModule;
  const title = identification?.briefTitle?.trim() || identification?.nctId || "Untitled study";
  const acronym = identification?.acronym?.trim();
  return acronym ? `${title} (${acronym})` : title;
}

/** Last update and number of sites: the LIST_FIELDS a shortlist shows besides title and status. */
export function StudyFacts({ study }: { study: Study }) {
  const raw = study.protocolSection?.statusModule?.lastUpdatePostDateStruct?.date?.trim();
  const updated = formatPartialDate(raw);
  const sites = study.protocolSection?.contactsLocationsModule?.locations?.length ?? 0;
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
      <dt className="font-semibold text-muted">Last updated</dt>
      <dd>{updated && raw ? <time dateTime={raw}>{updated}</time> : "Not stated"}</dd>
      <dt className="font-semibold text-muted">Sites</dt>
      <dd>{sites === 0 ? "No sites listed" : sites === 1 ? "1 site" : `${sites.toLocaleString("en-US")} sites`}</dd>
    </dl>
  );
}
