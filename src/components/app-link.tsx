import type { ComponentProps, MouseEvent } from "react";
import { useHref, useLinkClickHandler, type To } from "react-router";
import { currentLang } from "../i18n/i18n";
import { DEFAULT_LANG, withLang } from "../i18n/languages";

type AppLinkProps = Omit<ComponentProps<"a">, "href"> & { to: To; replace?: boolean; state?: unknown };

/**
 * An in-app link: the router's own href and click handling (modifier keys, middle click and target
 * keep the browser's behaviour). React Router's <Link> also carries framework-mode prefetching and
 * view transitions, which this app never uses, on every page's first visit.
 */
export function Link({ to: asked, replace, state, target, onClick, ...rest }: AppLinkProps) {
  // In the visitor's language (as its address says, for a new tab or a copied link), unless it names one.
  const lang = currentLang();
  const to = typeof asked === "string" && lang !== DEFAULT_LANG && !/[?&]lang=/.test(asked) ? withLang(asked, lang) : asked;
  const href = useHref(to);
  const follow = useLinkClickHandler<HTMLAnchorElement>(to, { replace, state, target });
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) follow(event);
  };
  return <a {...rest} href={href} target={target} onClick={click} />;
}
