// Build-time settings of kiosk mode (see README, "Kiosk mode"); all optional.
interface ImportMetaEnv {
  /** Seconds without input before "Are you still there?", default 120. */
  readonly VITE_KIOSK_IDLE_SECONDS?: string;
  /** Seconds that dialog counts down before the reset, default 30, at least 20 (WCAG 2.2.1). */
  readonly VITE_KIOSK_WARNING_SECONDS?: string;
  /** The clinic's place for searches started on /kiosk: a US ZIP, "lat,lon" or a town. */
  readonly VITE_KIOSK_NEAR?: string;
  /** Radius for VITE_KIOSK_NEAR: 10, 25, 50, 100 or 250 with mi or km, default 50mi. */
  readonly VITE_KIOSK_RADIUS?: string;
  /** The kiosk's language, and the one each reset returns to: "en" (default) or "es". */
  readonly VITE_KIOSK_LANG?: string;
}
