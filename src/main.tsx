import { activateLang, loadLang, storedLang } from "./i18n/i18n";
import { startTransition, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { Providers } from "./app/providers";
import { AppRoutes } from "./app/app-routes";
import { startEarlyRequests } from "./app/early-requests";
import { createQueryClient } from "./app/query-client";
import { preloadPageAt } from "./app/route-chunks";
import { isKioskVisit } from "./features/kiosk/kiosk-flag";
import { initialLang } from "./i18n/languages";
import { LangProvider } from "./i18n/lang-provider";
import "./index.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const container: HTMLElement = root;

const queryClient = createQueryClient();
startEarlyRequests(queryClient, window.location.pathname);

// The page's code before the first render (route-preload.js has had it fetching since the HTML came): the
// page then renders at once, with no "Loading…" flash and no 300 ms reveal hold-back. Never longer than
// PAGE_WAIT_MS, and a failed load renders too: the layout and the page's error message take over.
const PAGE_WAIT_MS = 3000;
// The visitor's language too, when not English: its catalogue loads with the page's code, and a page that
// cannot have it (offline) shows in English; one slower than PAGE_WAIT_MS switches when it comes.
const lang = initialLang({ search: window.location.search, stored: storedLang(), kiosk: isKioskVisit(window.location), browser: navigator.languages });
const langShown = loadLang(lang).then(() => activateLang(lang), () => undefined);
const pageCode = preloadPageAt(window.location.pathname).catch(() => undefined);
const waited = new Promise((resolve) => setTimeout(resolve, PAGE_WAIT_MS));
void Promise.race([Promise.all([pageCode, langShown]), waited]).then(render);

function render() {
  // The first render as a transition: React renders it in 5 ms slices (a default-priority render is one
  // task, 90 ms for a results page on a laptop, four times that on a phone) and paints it when whole.
  const root = createRoot(container);
  startTransition(() => root.render(
    <StrictMode>
      <Providers client={queryClient}>
        <LangProvider>
        {/* Navigations render at once, not as a transition: the next page's code is preloaded on intent (hover,
            focus, touch), so a transition would only slice its render into 5 ms steps and paint it later. */}
        <BrowserRouter useTransitions={false}>
          <AppRoutes />
        </BrowserRouter>
        </LangProvider>
      </Providers>
    </StrictMode>,
  ));
}
