// Map tiles are the only third party the app talks to besides the registry. Both settings are read at
// build time; the default is OpenStreetMap's tile server, whose usage policy requires this attribution.
export const TILE_URL: string = import.meta.env.VITE_TILE_URL || "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

export const TILE_ATTRIBUTION: string =
  import.meta.env.VITE_TILE_ATTRIBUTION || '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
