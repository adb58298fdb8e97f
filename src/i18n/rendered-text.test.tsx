// In Spanish, no English from the catalogues appears on any page (issue 16's rendered-text test). Registry
// text is English on purpose and is marked lang="en"; everything outside such marks is the app's own.
import { readdirSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, test } from "vitest";
import { screen, waitFor } from "@testing-library/react";
import { formatter } from "@lingui/format-po";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import { renderRoute } from "../testing/render-route";

type Catalogue = Record<string, { message?: string; translation?: string; obsolete?: boolean }>;
const po = formatter({ lineNumbers: false });
const read = (file: string) => po.parse(readFileSync(file, "utf8"), {} as never) as Catalogue;
const areas = readdirSync("src/locales/en").filter((file) => file.endsWith(".po"));

/** The literal text of a message (placeholders, tags and plural choices dropped), in the pieces between them. */
function pieces(message: string): string[] {
  const out: string[] = [];
  const walk = (tokens: unknown) => {
    if (typeof tokens === "string") return void out.push(...tokens.split(/<\/?\d+\/?>/));
    if (!Array.isArray(tokens)) return;
    for (const token of tokens) {
      if (typeof token === "string") out.push(...token.split(/<\/?\d+\/?>/));
      else if (Array.isArray(token) && token[2]) Object.values(token[2] as Record<string, unknown>).forEach(walk);
      else out.push("\u0000"); // a placeholder splits the text around it
    }
  };
  walk(compileMessage(message));
  return out.join("").split("\u0000").map((piece) => piece.replace(/\s+/g, " ").trim());
}

/**
 * English that must not show in Spanish: every message whose Spanish differs, by its pieces of two words
 * or more (one English word can be a Spanish one too, or a registry name).
 */
const ENGLISH = [
  ...new Set(
    areas.flatMap((area) => {
      const english = read(`src/locales/en/${area}`);
      const spanish = read(`src/locales/es/${area}`);
      return Object.entries(english)
        .filter(([id, entry]) => !entry.obsolete && spanish[id]?.translation && spanish[id]!.translation !== entry.message)
        // English a translation keeps on purpose (an example of what to type, in the registry's language) is not a leak.
        .flatMap(([id, entry]) => pieces(entry.message!).filter((piece) => !spanish[id]!.translation!.includes(piece)))
        .filter((piece) => /\p{L}+\s+\p{L}+/u.test(piece) && piece.length >= 8);
    }),
  ),
];

/** One-word messages ("Recruiting", "Save"), found only as a whole text or attribute: as a word they could be Spanish too. */
const ENGLISH_WORDS = new Set(
  areas.flatMap((area) => {
    const english = read(`src/locales/en/${area}`);
    const spanish = read(`src/locales/es/${area}`);
    return Object.entries(english)
      .filter(([id, entry]) => !entry.obsolete && /^\p{L}{3,}$/u.test(entry.message ?? "") && spanish[id]?.translation && spanish[id]!.translation !== entry.message)
      .map(([, entry]) => entry.message!);
  }),
);

/** Every text node and labelling attribute outside registry text, each trimmed. */
function appTexts(): string[] {
  const clone = document.body.cloneNode(true) as HTMLElement;
  for (const element of clone.querySelectorAll('[lang="en"], script, style')) element.remove();
  const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent?.trim() ?? "");
  for (const element of clone.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
    for (const name of ["aria-label", "title", "placeholder", "alt"]) texts.push(element.getAttribute(name)?.trim() ?? "");
  }
  return texts.filter(Boolean);
}

/** The page's text outside registry text (lang="en"), hidden text for screen readers included. */
function appText(): string {
  const clone = document.body.cloneNode(true) as HTMLElement;
  for (const element of clone.querySelectorAll('[lang="en"], script, style')) element.remove();
  const attributes = [...clone.querySelectorAll("[aria-label], [title], [placeholder], [alt]")].flatMap((element) =>
    ["aria-label", "title", "placeholder", "alt"].map((name) => element.getAttribute(name) ?? ""),
  );
  return [clone.textContent ?? "", ...attributes, document.title].join("\n").replace(/\s+/g, " ");
}

afterEach(() => localStorage.clear());

describe("Spanish pages show no English of the app's own", () => {
  test("the catalogues give enough English to look for", () => {
    expect(ENGLISH.length).toBeGreaterThan(100);
    expect(ENGLISH_WORDS.size).toBeGreaterThan(20);
  });

  test.each([
    ["/?lang=es"],
    ["/search?cond=asthma&lang=es"],
    ["/search?cond=zzzzqqq&lang=es"],
    ["/study/NCT02513394?lang=es"],
    ["/study/NCT00000000?lang=es"],
    ["/saved?lang=es"],
    ["/list?ids=NCT02513394,NCT04814381&lang=es"],
    ["/kiosk?lang=es"],
    ["/no-such-page?lang=es"],
  ])("%s", async (path) => {
    renderRoute(path);
    await waitFor(() => expect(document.documentElement.lang).toBe("es"));
    await screen.findByRole("heading", { level: 1 });
    // Whatever the page loads after its heading (results, record sections) has its moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const text = appText();
    expect(ENGLISH.filter((piece) => text.includes(piece))).toEqual([]);
    expect(appTexts().filter((t) => ENGLISH_WORDS.has(t))).toEqual([]);
  }, 30_000);
});
