import { createContext, useContext } from "react";

/**
 * How links that leave the app behave. By default they open in a new tab; a provider (kiosk mode)
 * can pass `showInstead`, and <ExternalLink> then calls it rather than navigating. Components never
 * need to know which mode they are in.
 */
export type LinkPolicy = {
  /** Called with the link's absolute address and its visible text instead of following the link. */
  showInstead?: (href: string, text: string) => void;
};

export const LinkPolicyContext = createContext<LinkPolicy>({});

export const useLinkPolicy = (): LinkPolicy => useContext(LinkPolicyContext);
