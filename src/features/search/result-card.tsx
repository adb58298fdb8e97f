import { useId, type ReactNode } from "react";
import { t, plural } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Link } from "../../components/app-link";
import type { Study } from "../../api/types";
import { useStudyIntent } from "../../components/study-intent";
import { StatusBadge, StatusNote } from "../../components/ui/status-badge";
import { formatPartialDate } from "../../lib/dates";
import { studyTypeLabel } from "../../lib/registry-labels";
import { statusFreshness } from "../../lib/status-freshness";
import type { DistanceLines } from "./card-distance";
import type { LatLon } from "../../lib/geo/distance";
import { studyHref } from "./study-href";
import { cardTitle, conditionSummary, phaseText, siteSummary, whoCanJoin } from "./card-summary";
import { formatCount } from "../../lib/format-count";
import { aboutYou } from "../../lib/about-you";
import { preloadable, useLoadedPart } from "../../lib/preloadable";
import { useSessionValue } from "../../lib/session-value";

// How the study fits what the visitor told About you: its code loads only once About you holds something.
const fitPart = preloadable(() => import("./card-fit"));

/**
 * One study in a result list, from the card fields only (CARD_FIELDS). No outer margin: the list
 * spaces the cards. `actions` (e.g. a Save button) sits at the top end, next to the title.
 */
export function ResultCard({
  study,
  actions,
  headingLevel = 3,
  nearby,
  origin,
  now,
}: {
  study: Study;
  actions?: ReactNode;
  headingLevel?: 2 | 3;
  /** In a search near a place: the nearest sites and how many are within the radius. */
  nearby?: DistanceLines;
  /** In a search near a place: its point, which the study link carries (see study-href.ts). */
  origin?: LatLon;
  /** Today, for the status freshness rule; injectable for tests. */
  now?: Date;
}) {
  const headingId = useId();
  const p = study.protocolSection;
  const nctId = p?.identificationModule?.nctId?.trim();
  // Pointing at, focusing or touching the card starts loading the study, so the click opens it at once.
  const prefetch = useStudyIntent(nctId);
  const { title, acronym } = cardTitle(p?.identificationModule);
  const studyType = p?.designModule?.studyType;
  const phases = phaseText(p?.designModule?.phases);
  const conditions = conditionSummary(p?.conditionsModule?.conditions);
  const conditionCount = conditions ? conditions.shown.length + conditions.more : 0;
  const more = formatCount(conditions?.more ?? 0);
  const who = whoCanJoin(p?.eligibilityModule);
  // The status the freshness rule trusts: a stale "Recruiting" must not count recruiting sites either.
  const freshness = statusFreshness(p?.statusModule, now);
  const sites = siteSummary(p?.contactsLocationsModule?.locations, freshness.status);
  const sponsor = p?.sponsorCollaboratorsModule?.leadSponsor?.name?.trim();
  const updatedRaw = p?.statusModule?.lastUpdatePostDateStruct?.date?.trim();
  const updated = formatPartialDate(updatedRaw);
  const about = useSessionValue(aboutYou);
  const fitCode = useLoadedPart(fitPart, about !== undefined).part;
  const fit = about && fitCode?.cardFit(study, about);
  const Heading = `h${headingLevel}` as const;
  const titleText = (
    <>
      {title}
      {acronym && ` (${acronym})`}
    </>
  );

  return (
    <article aria-labelledby={headingId} className="relative space-y-3 rounded-lg border border-line bg-white p-4" {...prefetch}>
      <div className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          {/* The record's title (in English), unless it has none ("Untitled study"). */}
          <Heading id={headingId} lang={p?.identificationModule?.briefTitle?.trim() ? "en" : undefined} className="text-lg font-semibold leading-snug [overflow-wrap:anywhere]">
            {nctId ? (
              // In kiosk mode the whole card opens the study: the link's ::after covers the card.
              <Link
                to={studyHref(nctId, origin)}
                className="inline-flex min-h-target items-center kiosk:after:absolute kiosk:after:inset-0 kiosk:after:rounded-lg"
              >
                {titleText}
              </Link>
            ) : (
              titleText
            )}
          </Heading>
          {nctId && <p className="font-mono text-sm text-muted">{nctId}</p>}
        </div>
        {actions ? <div className="relative z-10 shrink-0">{actions}</div> : null}
      </div>

      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <StatusBadge status={freshness.status} freshness={freshness} />
        {phases && <span>{phases}</span>}
        {/* Interventional is the default kind of trial; only the other kinds are worth a word. */}
        {studyType && studyType !== "INTERVENTIONAL" && <span>{studyTypeLabel(studyType)}</span>}
        {study.hasResults === true && (
          <span className="font-semibold text-ok-ink">
            <span aria-hidden="true">✓ </span>
            <Trans>Results posted</Trans>
          </span>
        )}
      </div>
      <StatusNote freshness={freshness} />

      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
        {conditions && (
          <Row term={plural(conditionCount, { one: "Condition", other: "Conditions" })}>
            <span lang="en">{conditions.shown.join("; ")}</span>
            {conditions.more > 0 && (
              <span className="text-muted">
                {" "}
                <Trans>and {more} more</Trans>
              </span>
            )}
          </Row>
        )}
        {who.length > 0 && <Row term={t`Who can join`}>{who.join(" · ")}</Row>}
        {fit && <Row term={t`For you`}>{fit}</Row>}
        <Row term={t`Where`}>
          <span data-sites={sites.total}>{sites.where}</span>
          {sites.recruiting && <span className="text-muted"> · {sites.recruiting}</span>}
        </Row>
        {nearby && (
          <Row term={t`Nearest site`}>
            {nearby.nearest ?? t`Not on the map`}
            <span className="text-muted"> · {nearby.within}</span>
          </Row>
        )}
        {nearby?.recruiting && <Row term={t`Nearest recruiting site`}>{nearby.recruiting}</Row>}
        {sponsor && (
          <Row term={t`Run by`}>
            <span lang="en">{sponsor}</span>
          </Row>
        )}
        {updated && updatedRaw && (
          <Row term={t`Updated`}>
            <time dateTime={updatedRaw}>{updated}</time>
          </Row>
        )}
      </dl>
    </article>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-muted">{term}</dt>
      <dd className="[overflow-wrap:anywhere]">{children}</dd>
    </>
  );
}
