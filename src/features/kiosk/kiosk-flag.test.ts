import { beforeEach, describe, expect, test } from "vitest";
import { kioskParam, readKioskFlag, withoutKioskParam, writeKioskFlag } from "./kiosk-flag";

beforeEach(() => sessionStorage.clear());

describe("kiosk flag", () => {
  test("?kiosk=1 turns it on, ?kiosk=0 off, anything else says nothing", () => {
    expect(kioskParam("?kiosk=1")).toBe(true);
    expect(kioskParam("?cond=a&kiosk=0")).toBe(false);
    expect(kioskParam("?kiosk=yes")).toBeUndefined();
    expect(kioskParam("")).toBeUndefined();
  });

  test("the parameter comes off the address, the others stay exactly as written", () => {
    expect(withoutKioskParam("?kiosk=1")).toBe("");
    expect(withoutKioskParam("?cond=lung%20cancer&kiosk=1&status=RECRUITING,COMPLETED")).toBe(
      "?cond=lung%20cancer&status=RECRUITING,COMPLETED",
    );
    expect(withoutKioskParam("?cond=a")).toBe("?cond=a");
  });

  test("kept in sessionStorage", () => {
    expect(readKioskFlag()).toBe(false);
    writeKioskFlag(true);
    expect(readKioskFlag()).toBe(true);
    writeKioskFlag(false);
    expect(readKioskFlag()).toBe(false);
  });
});
