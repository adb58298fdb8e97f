import type { Study } from "../../api/types";
import { formatPartialDate } from "../../lib/dates";
import { statusLabel } from "../../lib/registry-labels";
import type { SeenSnapshot } from "./saved-store";
import { formatCount } from "../../lib/format-count";

/** What is remembered at save time. Works on card-field studies and full records alike. */
export function snapshotOf(study: Study): SeenSnapshot {
  const status = study.protocolSection?.statusModule;
  const lastUpdate = status?.lastUpdatePostDateStruct?.date?.trim();
  return {
    status: status?.overallStatus,
    lastUpdate: lastUpdate || undefined,
    sites: study.protocolSection?.contactsLocationsModule?.locations?.length ?? 0,
  };
}

/** One sentence per thing that changed between `seen` and the study now; empty when nothing did. */
export function changesSince(seen: SeenSnapshot, study: Study): string[] {
  const now = snapshotOf(study);
  const changes: string[] = [];
  if (now.status !== seen.status) {
    changes.push(`Status changed from ${statusLabel(seen.status).toLowerCase()} to ${statusLabel(now.status).toLowerCase()}.`);
  }
  if (now.lastUpdate !== seen.lastUpdate) {
    const was = formatPartialDate(seen.lastUpdate);
    const is = formatPartialDate(now.lastUpdate);
    if (!is) changes.push(`The record no longer gives a last update date${was ? ` (it was ${was})` : ""}.`);
    else changes.push(was ? `Updated on ${is} (last update when saved: ${was}).` : `Updated on ${is}.`);
  }
  if (now.sites !== seen.sites) {
    changes.push(`Number of sites changed from ${formatCount(seen.sites)} to ${formatCount(now.sites)}.`);
  }
  return changes;
}

