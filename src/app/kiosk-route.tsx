import { KIOSK_CONFIG } from "../features/kiosk/kiosk-config";
import { KioskStartPage } from "../features/kiosk/kiosk-start-page";
import { HomeSearch } from "../features/search/home-search";

/** /kiosk: the kiosk start page with the search form, which starts near the clinic (VITE_KIOSK_NEAR). */
export function KioskRoute() {
  return <KioskStartPage searchForm={<HomeSearch initial={KIOSK_CONFIG.home} />} />;
}
