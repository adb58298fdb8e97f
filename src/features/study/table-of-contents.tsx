import { useId, useState, type MouseEvent } from "react";
import { useLocation, useNavigate } from "react-router";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { revealId } from "./use-hash-scroll";

type TocSection = { id: string; title: string };

/**
 * "On this page": links to the sections that the record has. On wide screens a sticky sidebar (the
 * caller places it in a grid column); on phones a compact list behind a button, at the top.
 * Left out for short records, where it would only add noise.
 */
export function TableOfContents({ sections }: { sections: TocSection[] }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const navigate = useNavigate();
  const location = useLocation();
  if (sections.length < 3) return null;

  // In-page links go through the router (a pushed entry, so Back returns), then useHashScroll
  // scrolls and moves focus. Modified clicks (new tab, new window) keep the browser's behaviour.
  const follow = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setOpen(false);
    if (location.hash === `#${id}`) revealId(id);
    else void navigate({ pathname: location.pathname, search: location.search, hash: id });
  };

  return (
    <nav aria-label={t`On this page`} className="rounded-md border border-line bg-surface p-2 print:hidden lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:border-0 lg:bg-transparent lg:p-0">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
        className="flex min-h-target w-full items-center justify-between gap-2 rounded px-2 font-semibold lg:hidden"
      >
        <Trans>On this page</Trans>
        <span aria-hidden="true">{open ? "▴" : "▾"}</span>
      </button>
      <p className="hidden px-2 pb-1 text-sm font-semibold uppercase tracking-wide text-muted lg:block">
        <Trans>On this page</Trans>
      </p>
      <ol id={listId} className={`${open ? "block" : "hidden"} mt-1 lg:mt-0 lg:block`}>
        {sections.map((section) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              onClick={(event) => follow(event, section.id)}
              className="flex min-h-target items-center rounded px-2 py-1 no-underline hover:bg-brand-light hover:underline lg:border-l-2 lg:border-line lg:pl-3"
            >
              {section.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
