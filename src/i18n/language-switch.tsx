import { useEffect, useRef } from "react";
import { useLocation } from "react-router";
import { t } from "@lingui/core/macro";
import { Link } from "../components/app-link";
import { currentLang } from "./i18n";
import { LANGUAGES, isLang, withLang } from "./languages";

/** Which switch's link was followed: the app remounts in the new language, and focus returns to that switch. */
let refocus: string | undefined;

/**
 * "English | Español" on every page: links to this address in the other language (shareable, and
 * `?lang=` decides, see use-lang-url.ts). Each name is written in its own language, and marked so.
 * `compact`: on a phone only the other language's link shows (the page's own language is plain to see), so
 * the header keeps its rows.
 */
export function LanguageSwitch({
  className = "",
  place = "header",
  compact = false,
}: {
  className?: string;
  /** Tells two switches on a page apart. */
  place?: string;
  compact?: boolean;
}) {
  const { pathname, search, hash, state } = useLocation();
  const lang = currentLang();
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (refocus !== place) return;
    refocus = undefined;
    // The language now shown, or where it is hidden (a compact switch on a phone), the link back.
    const items = [...(list.current?.querySelectorAll<HTMLElement>("[data-lang-item]") ?? [])];
    const shown = (item: HTMLElement) => getComputedStyle(item.closest("li") ?? item).display !== "none";
    (items.find((item) => item.hasAttribute("aria-current") && shown(item)) ?? items.find(shown))?.focus();
  }, [place]);
  const wide = compact ? "hidden sm:flex" : "flex";
  return (
    <ul ref={list} aria-label={t`Language`} className={`flex items-center gap-x-2 ${className}`}>
      {Object.entries(LANGUAGES).map(([code, name], index) => (
        <li key={code} className={`${code === lang ? wide : "flex"} items-center gap-x-2`}>
          {index > 0 && (
            <span aria-hidden="true" className={`${wide} text-muted`}>
              |
            </span>
          )}
          {code === lang ? (
            <span data-lang-item tabIndex={-1} lang={code} aria-current="true" className="inline-flex min-h-target items-center font-semibold">
              {name}
            </span>
          ) : (
            isLang(code) && (
              <Link
                to={withLang(pathname + search + hash, code, true)}
                replace
                state={state}
                lang={code}
                hrefLang={code}
                data-lang-item
                onClick={() => (refocus = place)}
                className="inline-flex min-h-target items-center"
              >
                {name}
              </Link>
            )
          )}
        </li>
      ))}
    </ul>
  );
}
