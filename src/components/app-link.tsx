import type { ComponentProps, MouseEvent } from "react";
import { useHref, useLinkClickHandler, type To } from "react-router";

type AppLinkProps = Omit<ComponentProps<"a">, "href"> & { to: To; replace?: boolean; state?: unknown };

/**
 * An in-app link: the router's own href and click handling (modifier keys, middle click and target
 * keep the browser's behaviour). React Router's <Link> also carries framework-mode prefetching and
 * view transitions, which this app never uses, on every page's first visit.
 */
export function Link({ to, replace, state, target, onClick, ...rest }: AppLinkProps) {
  const href = useHref(to);
  const follow = useLinkClickHandler<HTMLAnchorElement>(to, { replace, state, target });
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) follow(event);
  };
  return <a {...rest} href={href} target={target} onClick={click} />;
}
