import { useEffect } from "react";
import { useLocation, useNavigate } from "react-router";
import { chooseLang, currentLang } from "./i18n";
import { langOf, withLang } from "./languages";

/**
 * The address and the language agree: a `?lang=` that arrives (a shared link, the language switch) is
 * chosen, and an address without one gets the active language's (except English), so a copied address
 * opens in the language it was read in. Replaces the history entry, keeping its state.
 */
export function useLangInUrl(): void {
  const location = useLocation();
  const navigate = useNavigate();
  const lang = currentLang(); // the app remounts when it changes (LangProvider)
  const asked = langOf(location.search);
  useEffect(() => {
    if (asked !== undefined && asked !== lang) {
      // A catalogue that cannot be fetched (offline) leaves the page in the language it was in.
      chooseLang(asked).catch(() => undefined);
      return;
    }
    const path = location.pathname + location.search + location.hash;
    const wanted = withLang(path, lang);
    if (wanted !== path) void navigate(wanted, { replace: true, state: location.state });
  }, [asked, lang, location, navigate]);
}
