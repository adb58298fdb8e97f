import { t } from "@lingui/core/macro";
import { nearFromPoint, type Near } from "./near";

/**
 * The device's location as a coarse `near` point (2 decimals, about 1 km), asked for only when a
 * person presses "Use my location". Exactly one of the callbacks runs; `failed` gets the words to show.
 */
export function locateMe(found: (near: Extract<Near, { kind: "point" }>) => void, failed: (message: string) => void): void {
  if (typeof navigator === "undefined" || !("geolocation" in navigator)) {
    failed(t`This browser cannot share its location. Type a ZIP code or town instead.`);
    return;
  }
  navigator.geolocation.getCurrentPosition(
    (position) => found(nearFromPoint({ lat: position.coords.latitude, lon: position.coords.longitude })),
    (error) =>
      failed(
        error.code === error.PERMISSION_DENIED
          ? t`Your location was not shared. Type a ZIP code or town instead.`
          : t`Your location could not be found just now. Type a ZIP code or town instead.`,
      ),
    { maximumAge: 10 * 60_000, timeout: 15_000 },
  );
}
