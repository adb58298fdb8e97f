import type { Config } from "tailwindcss";
import plugin from "tailwindcss/plugin";

// Design tokens. Every text/background pair used by the app passes WCAG AA (4.5:1 for text):
// ink #1f2937 on white 14.7:1, muted #4b5563 on white 7.6:1, brand #1d4ed8 on white 6.7:1,
// white on brand 6.7:1, warn-ink #7c2d12 on warn-bg #fff7ed 9.6:1, danger-ink #991b1b on #fef2f2 7.9:1,
// ok-ink #166534 on #f0fdf4 6.8:1, offline banner ink #1f2937 on #fde68a 11.4:1.
//
// Two scales: the normal one (24 px minimum targets, WCAG 2.5.8; 44 px on touch screens) and the kiosk
// one (larger type, 44 px targets), switched by `data-kiosk` on <html>; components use the `target` sizes and the
// type scale, never raw pixel values, so kiosk mode needs no per-component work.
export default {
  theme: {
    extend: {
      colors: {
        ink: "#1f2937",
        muted: "#4b5563",
        line: "#d1d5db",
        surface: "#f9fafb",
        brand: { DEFAULT: "#1d4ed8", dark: "#1e3a8a", light: "#dbeafe" },
        warn: { ink: "#7c2d12", bg: "#fff7ed", line: "#fdba74" },
        danger: { ink: "#991b1b", bg: "#fef2f2", line: "#fca5a5" },
        ok: { ink: "#166534", bg: "#f0fdf4", line: "#86efac" },
        notice: { ink: "#1f2937", bg: "#fde68a" },
      },
      minHeight: { target: "var(--target-min)" },
      minWidth: { target: "var(--target-min)" },
      fontFamily: {
        sans: ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
      },
      maxWidth: { prose: "70ch" },
    },
  },
  plugins: [
    plugin(({ addBase, addVariant }) => {
      addBase({
        ":root": { "--target-min": "24px", fontSize: "100%" },
        // Touch screens: a finger needs 44 px (WCAG 2.5.5), whatever the page.
        "@media (pointer: coarse)": { ":root": { "--target-min": "44px" } },
        // Kiosk scale: 125% type (every rem grows with it) and 44 px touch targets.
        ":root[data-kiosk]": { "--target-min": "44px", fontSize: "125%" },
      });
      addVariant("kiosk", ":root[data-kiosk] &");
    }),
  ],
} satisfies Config;
