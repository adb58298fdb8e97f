// The distance unit a person chose last (a device preference, not part of any URL). The search's
// "How far can you travel?" writes it; every distance the app shows reads it, so miles stay miles.
import type { DistanceUnit } from "./distance";

const DISTANCE_UNIT_KEY = "trial-finder:distance-unit";

export function rememberedUnit(): DistanceUnit {
  try {
    return localStorage.getItem(DISTANCE_UNIT_KEY) === "km" ? "km" : "mi";
  } catch {
    return "mi"; // storage blocked
  }
}

export function rememberUnit(unit: DistanceUnit): void {
  try {
    localStorage.setItem(DISTANCE_UNIT_KEY, unit);
  } catch {
    // Storage blocked: the choice still applies to this search.
  }
}
