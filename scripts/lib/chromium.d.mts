// Types for chromium.mjs, so playwright.config.ts can import it under `tsc -b` (allowJs is off).
export declare const CHROMIUM_HELP: string;
export declare function findChromium(): string | null;
