import { t } from "@lingui/core/macro";
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
    const from = statusLabel(seen.status).toLowerCase();
    const to = statusLabel(now.status).toLowerCase();
    changes.push(t`Status changed from ${from} to ${to}.`);
  }
  if (now.lastUpdate !== seen.lastUpdate) {
    const was = formatPartialDate(seen.lastUpdate);
    const date = formatPartialDate(now.lastUpdate);
    if (!date) changes.push(was ? t`The record no longer gives a last update date (it was ${was}).` : t`The record no longer gives a last update date.`);
    else changes.push(was ? t`Updated on ${date} (last update when saved: ${was}).` : t`Updated on ${date}.`);
  }
  if (now.sites !== seen.sites) {
    const from = formatCount(seen.sites);
    const to = formatCount(now.sites);
    changes.push(t`Number of sites changed from ${from} to ${to}.`);
  }
  return changes;
}

