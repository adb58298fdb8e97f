import { describe, expect, test } from "vitest";
import { describeSeconds, readKioskConfig } from "./kiosk-config";

describe("readKioskConfig", () => {
  test("defaults: 120 s idle, 30 s warning, no home place, the page's own origin", () => {
    expect(readKioskConfig({})).toEqual({ idleSeconds: 120, warningSeconds: 30, problems: [] });
  });

  test("reads every setting", () => {
    const config = readKioskConfig({
      VITE_KIOSK_IDLE_SECONDS: "90",
      VITE_KIOSK_WARNING_SECONDS: "45",
      VITE_KIOSK_NEAR: "02115",
      VITE_KIOSK_RADIUS: "25mi",
      VITE_PUBLIC_ORIGIN: "https://trials.example.org/",
    });
    expect(config).toEqual({
      idleSeconds: 90,
      warningSeconds: 45,
      home: { near: { kind: "zip", zip: "02115" }, radius: { value: 25, unit: "mi" } },
      publicOrigin: "https://trials.example.org",
      problems: [],
    });
    expect(readKioskConfig({ VITE_KIOSK_NEAR: "42.3601,-71.0589" }).home).toEqual({
      near: { kind: "point", lat: 42.36, lon: -71.06 },
      radius: { value: 50, unit: "mi" },
    });
  });

  test("bad values fall back to the defaults and say why; the warning is never under 20 s (WCAG 2.2.1)", () => {
    const config = readKioskConfig({
      VITE_KIOSK_IDLE_SECONDS: "2 minutes",
      VITE_KIOSK_WARNING_SECONDS: "5",
      VITE_KIOSK_NEAR: "999",
      VITE_PUBLIC_ORIGIN: "javascript:alert(1)",
    });
    expect(config).toMatchObject({ idleSeconds: 120, warningSeconds: 30 });
    expect(config.home).toBeUndefined();
    expect(config.publicOrigin).toBeUndefined();
    expect(config.problems).toHaveLength(4);
    expect(config.problems[1]).toMatch(/VITE_KIOSK_WARNING_SECONDS=5 was ignored: .*at least 20/);
  });

  test("a bad radius keeps the place with the default radius", () => {
    const config = readKioskConfig({ VITE_KIOSK_NEAR: "Boston, MA", VITE_KIOSK_RADIUS: "7mi" });
    expect(config.home).toEqual({ near: { kind: "place", text: "Boston, MA" }, radius: { value: 50, unit: "mi" } });
    expect(config.problems).toHaveLength(1);
  });

  test("describeSeconds", () => {
    expect(describeSeconds(120)).toBe("2 minutes");
    expect(describeSeconds(60)).toBe("1 minute");
    expect(describeSeconds(90)).toBe("90 seconds");
  });
});
