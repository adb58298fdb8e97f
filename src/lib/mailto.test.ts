import { describe, expect, test } from "vitest";
import { corpus } from "../testing/server";
import { emailAddress, mailtoHref } from "./mailto";

/** The site contacts' email fields of a real record, read from the corpus at test time. */
const siteEmails = (nctId: string) =>
  (corpus.byId(nctId)?.protocolSection?.contactsLocationsModule?.locations ?? []).flatMap((site) =>
    (site.contacts ?? []).flatMap((contact) => (contact.email ? [contact.email] : [])),
  );

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
      "first@second@example.org",
      "https://www.example.org/contact-us@example.org",
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

describe.skipIf(corpus.studies.length === 0)("mailtoHref on real records", () => {
  test.each([
    ["NCT06620835", "two @ signs", (email: string) => email.split("@").length > 2],
    ["NCT05978258", "a web address", (email: string) => /^https?:\/\//.test(email)],
  ])("%s: an email field holding %s gets no link", (nctId, _, isOdd) => {
    const odd = siteEmails(nctId).filter(isOdd);
    expect(odd.length, `${nctId} still has such a field`).toBeGreaterThan(0);
    for (const email of odd) expect(mailtoHref(email), email).toBeUndefined();
  });
});
