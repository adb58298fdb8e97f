import { describe, expect, it } from "vitest";
import { browserLang, initialLang, langFromTag, langOf, withLang } from "./languages";

describe("the language in an address", () => {
  it("reads ?lang= by its primary subtag, in any case, and ignores languages we don't have", () => {
    expect(langOf("?lang=es")).toBe("es");
    expect(langOf("?cond=x&lang=ES-mx")).toBe("es");
    expect(langOf("?lang=es_US")).toBe("es");
    expect(langOf("?lang=en")).toBe("en");
    expect(langOf("?lang=fr")).toBeUndefined();
    expect(langOf("?lang=")).toBeUndefined();
    expect(langOf("?cond=lang")).toBeUndefined();
    expect(langFromTag("  Es ")).toBe("es");
  });

  it("writes lang for Spanish and leaves English out, keeping the rest exactly as written", () => {
    expect(withLang("/search?cond=breast cancer&status=recruiting,completed#results", "es")).toBe(
      "/search?cond=breast cancer&status=recruiting,completed&lang=es#results",
    );
    expect(withLang("/study/NCT02513394", "es")).toBe("/study/NCT02513394?lang=es");
    expect(withLang("/search?lang=es&cond=x", "en")).toBe("/search?cond=x");
    expect(withLang("/search?LANG=fr&cond=x", "es")).toBe("/search?cond=x&lang=es");
    expect(withLang("/?lang=es", "en")).toBe("/");
    expect(withLang("?cond=x", "es")).toBe("?cond=x&lang=es");
  });

  it("writes English when asked to, for the switch's English link to win over a stored choice", () => {
    expect(withLang("/saved?lang=es", "en", true)).toBe("/saved?lang=en");
  });

  it("keeps other parameters, even malformed ones, as they were", () => {
    expect(withLang("/search?%E0%A4%A=1", "es")).toBe("/search?%E0%A4%A=1&lang=es");
  });
});

describe("the first language", () => {
  it("is the address's, then the stored choice, then the browser's, then English", () => {
    expect(initialLang({ search: "?lang=en", stored: "es", kiosk: false, browser: ["es-MX"] })).toBe("en");
    expect(initialLang({ search: "", stored: "es", kiosk: false, browser: ["en-US"] })).toBe("es");
    expect(initialLang({ search: "", kiosk: false, browser: ["fr-FR", "es-419", "en"] })).toBe("es");
    expect(initialLang({ search: "", kiosk: false, browser: ["fr-FR"] })).toBe("en");
    expect(initialLang({ search: "", kiosk: false, browser: [] })).toBe("en");
  });

  it("in a kiosk, the clinic's language (English unless VITE_KIOSK_LANG says otherwise), never the browser's", () => {
    expect(initialLang({ search: "", kiosk: true, browser: ["es-MX"] })).toBe("en");
    expect(initialLang({ search: "?lang=es", kiosk: true, browser: [] })).toBe("es");
  });

  it("takes the browser's languages in order", () => {
    expect(browserLang(["de", "en-GB", "es"])).toBe("en");
    expect(browserLang(["de"])).toBeUndefined();
  });
});
