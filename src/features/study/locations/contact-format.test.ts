import { describe, expect, test } from "vitest";
import { corpus } from "../../../testing/server";
import { formatPhone, roleLabel, toContactViews } from "./contact-format";

describe("formatPhone", () => {
  test("keeps the text, dials the digits", () => {
    expect(formatPhone("(612) 873-5832", "2")).toEqual({ text: "(612) 873-5832", ext: "2", href: "tel:6128735832;ext=2" });
    expect(formatPhone("+330231455160", undefined)).toEqual({ text: "+330231455160", href: "tel:+330231455160" });
    expect(formatPhone("+1 (555) 010-0199", " ")?.href).toBe("tel:+15550100199");
  });

  test("numbers are not rewritten: national and international prefixes stay as written", () => {
    expect(formatPhone("009242111205205", "527")?.href).toBe("tel:009242111205205;ext=527");
    expect(formatPhone("0203 108 4175", "54175")?.href).toBe("tel:02031084175;ext=54175");
  });

  test("an extension typed into the number becomes the extension", () => {
    expect(formatPhone("0491381594 Ext. 33", undefined)).toEqual({ text: "0491381594", ext: "33", href: "tel:0491381594;ext=33" });
    expect(formatPhone("617-555-0100 x12", undefined)?.href).toBe("tel:6175550100;ext=12");
    expect(formatPhone("617-555-0100", "ext. 12")?.href).toBe("tel:6175550100;ext=12");
  });

  test("full-width brackets (NCT06029816) and junk", () => {
    expect(formatPhone("（021）6877 3638", undefined)?.href).toBe("tel:02168773638");
    expect(formatPhone("n/a", undefined)).toEqual({ text: "n/a", ext: undefined });
    expect(formatPhone("  ", "12")).toBeUndefined();
    expect(formatPhone(undefined, undefined)).toBeUndefined();
  });
});

test("roles in words", () => {
  expect(roleLabel("PRINCIPAL_INVESTIGATOR")).toBe("Principal investigator");
  expect(roleLabel("STUDY_CHAIR")).toBe("Study chair");
  expect(roleLabel("STUDY_DIRECTOR")).toBe("Study director");
  expect(roleLabel("SUB_INVESTIGATOR")).toBe("Sub-investigator");
  expect(roleLabel("CONTACT")).toBe("Contact");
  expect(roleLabel(undefined)).toBeUndefined();
});

describe("toContactViews", () => {
  test("one person listed as contact and as investigator becomes one entry (NCT06223893)", () => {
    const site = corpus.byId("NCT06223893")?.protocolSection?.contactsLocationsModule?.locations?.[0];
    if (!site) return;
    const name = site.contacts?.[0]?.name;
    expect(site.contacts?.filter((c) => c.name === name)).toHaveLength(2);
    const views = toContactViews(site.contacts);
    expect(views.filter((v) => v.name === name)).toEqual([
      { name, roles: ["Contact", "Principal investigator"], phone: undefined, email: site.contacts?.[0]?.email },
    ]);
  });

  test("same name with different numbers stays two entries; empty entries go", () => {
    const views = toContactViews([
      { name: "A B", phone: "111 111" },
      { name: "a b", phone: "222 222" },
      { name: " ", role: "CONTACT" },
      { role: "CONTACT", email: "x@y.org" },
    ]);
    expect(views.map((v) => v.phone?.text ?? v.email)).toEqual(["111 111", "222 222", "x@y.org"]);
  });
});
