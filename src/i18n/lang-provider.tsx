import { Fragment, useSyncExternalStore, type ReactNode } from "react";
import { currentLang, onLangChange } from "./i18n";

/**
 * Remounts the app below it when the language changes, so every text follows, including text computed
 * outside components (labels in src/lib). The query cache (above it) and the address stay.
 */
export function LangProvider({ children }: { children: ReactNode }) {
  const lang = useSyncExternalStore(onLangChange, currentLang);
  return <Fragment key={lang}>{children}</Fragment>;
}
