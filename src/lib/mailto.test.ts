import { describe, expect, test } from "vitest";
import { emailAddress, mailtoHref } from "./mailto";

describe("mailtoHref", () => {
  test("a plausible address becomes a link to it", () => {
    expect(mailtoHref(" a.b@example.org ")).toBe("mailto:a.b@example.org");
    expect(mailtoHref("first.o'brien+trials@med.uni-koeln.de")).toBe("mailto:first.o'brien+trials@med.uni-koeln.de");
    expect(mailtoHref("müller@uni-köln.de")).toBe("mailto:müller@uni-köln.de");
    expect(mailtoHref("MAILTO:Info@Example.ORG")).toBe("mailto:Info@Example.ORG");
  });

  test("the link carries only the address: no cc, bcc, subject or body", () => {
    expect(mailtoHref("info@example.org?cc=someone@else.org&body=Hello")).toBe("mailto:info@example.org");
    expect(mailtoHref("mailto:info@example.org?subject=Trial")).toBe("mailto:info@example.org");
    expect(emailAddress("info@example.org?bcc=x@y.org")).toBe("info@example.org");
  });

  test("anything that is not one plausible address gets no link", () => {
    for (const text of [
      "rschott@strasbourg@unicancer.fr", // real, NCT06620835
      "https://www.withpower.com/contact-us@withpower.com", // real
      "info@example.org&body=Hello",
      "a@example.org,b@example.org",
      "a@example.org; b@example.org",
      "a@example.org b@example.org",
      "info%40example.org",
      "in%66o@example.org",
      "a/b@example.org",
      "a#b@example.org",
      "a:b@example.org",
      ".a@example.org",
      "a..b@example.org",
      "a@example",
      "a@-example.org",
      "a@example.o",
      "a@example.123",
      "a@exa mple.org",
      "@example.org",
      "a@",
      "not an email",
      `${"a".repeat(250)}@example.org`,
      "",
      undefined,
      null,
    ]) {
      expect(mailtoHref(text), String(text)).toBeUndefined();
    }
  });
});
