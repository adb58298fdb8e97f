import { KIOSK_CONFIG } from "./kiosk-config";

/**
 * An in-app path ("/list?ids=…") as the absolute URL a phone opens. VITE_PUBLIC_ORIGIN when set: the
 * kiosk itself may run on localhost or an internal address that phones cannot reach.
 */
export function publicUrl(path: string, origin = KIOSK_CONFIG.publicOrigin ?? window.location.origin): string {
  return `${origin}${path}`;
}
