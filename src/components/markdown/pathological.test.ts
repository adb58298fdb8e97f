import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { toSafeHtml } from "./to-safe-html";
import { MAX_BARE_URL, trimUrlEnd } from "./links";
import { MAX_PARAGRAPHS } from "./paragraphs";

// Registry markup fields are legal CommonMark up to 32,000 characters, so a field may be anything:
// every input renders, as markdown or (when the parser gives up) as escaped plain paragraphs.
// Timings are not asserted here (see `npm run bench`); what each input renders to is.

const LIMIT = 32_000;
const fill = (unit: string, prefix = "", suffix = "") =>
  prefix + unit.repeat(Math.floor((LIMIT - prefix.length - suffix.length) / unit.length)) + suffix;
const nestedList = (levels: number) => Array.from({ length: levels }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n");

function render(markdown: string): HTMLElement {
  const box = document.createElement("div");
  box.innerHTML = toSafeHtml(markdown);
  return box;
}

/** Only the allowed elements and attributes, and links only to http(s) and mailto. */
function expectInert(box: HTMLElement) {
  for (const el of box.querySelectorAll("*")) {
    expect(["P", "BR", "HR", "STRONG", "EM", "CODE", "PRE", "BLOCKQUOTE", "UL", "OL", "LI", "A", "SPAN"]).toContain(el.tagName);
    for (const { name } of el.attributes) expect(["href", "title", "start", "target", "rel", "class", "data-url-text"]).toContain(name);
  }
  for (const a of box.querySelectorAll("a")) expect(a.getAttribute("href")).toMatch(/^(https?:\/\/|mailto:)/);
}

const squash = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();

describe("inputs the parser gives up on become escaped plain paragraphs", () => {
  test.each([
    ["a list nested 1,500 deep (marked overflows its stack)", "- ".repeat(1500) + "x"],
    ["a list nested 16,000 deep", fill("- ", "", "x")],
    ["a quote nested 16,000 deep", fill("> ", "", "x")],
    ["quotes and lists nested in turn", fill("> - ", "", "x")],
    ["a list indented one level more on each line", nestedList(200)],
    ["32,000 characters of unmatched emphasis (quadratic in marked)", fill("a*_")],
    ["the same with underscores first", fill("a_*")],
    ["nested strong and emphasis openers", fill("**a* ")],
  ])("%s", (_, input) => {
    const box = render(input);
    expectInert(box);
    expect(box.querySelector("li, blockquote, em, strong")).toBeNull();
    expect(box.firstElementChild?.tagName).toBe("P");
    expect(squash(box.textContent)).toBe(squash(input));
  });

  test("the fallback escapes markup and keeps the paragraphs", () => {
    const input = "- ".repeat(1500) + "<b>x</b> & y\n\nsecond paragraph https://example.org/a.";
    const box = render(input);
    expectInert(box);
    expect(box.querySelectorAll("p")).toHaveLength(2);
    expect(box.querySelector("b")).toBeNull();
    expect(box.textContent).toContain("<b>x</b> & y");
    expect(box.querySelector("a")?.getAttribute("href")).toBe("https://example.org/a"); // bare URLs still link
  });
});

describe("inputs that would make too many elements become fewer paragraphs", () => {
  test.each([
    ["8,000 headings", fill("# a\n")],
    ["16,000 empty list items", fill("-\n")],
    ["10,000 reference links", fill("[x]", "[x]: https://a.org\n\n")],
  ])("%s", (_, input) => {
    const box = render(input);
    expect(box.querySelector("li, strong")).toBeNull();
    expect(box.querySelectorAll("*").length).toBeLessThan(10);
  });

  test(`10,001 paragraphs: the first ${MAX_PARAGRAPHS - 1} stay paragraphs, the rest share the last one`, () => {
    const box = render("a*\n\n" + "*\n\n".repeat(10_000));
    const paragraphs = box.querySelectorAll("p");
    expect(paragraphs).toHaveLength(MAX_PARAGRAPHS);
    expect(paragraphs[MAX_PARAGRAPHS - 1]?.textContent?.replace(/\s/g, "")).toBe("*".repeat(10_001 - (MAX_PARAGRAPHS - 1)));
  });
});

describe("ordinary structure is not mistaken for pathological", () => {
  test("a list nested 6 deep (as deep as real records go) keeps its nesting", () => {
    const box = render(nestedList(6));
    expect(box.querySelectorAll("ul")).toHaveLength(6);
    expect(box.querySelectorAll("li")).toHaveLength(6);
  });

  test.each(["- - - - - - - - - - - - - - - - - - - - - - - -", "* * * * * * * * * * * * * * * * * * * *", "*".repeat(LIMIT), "_".repeat(LIMIT), "-".repeat(LIMIT)])(
    "a long rule (%#) is a rule, not deep nesting",
    (rule) => {
      const box = render(`Above\n\n${rule}\n\nBelow`);
      expect(box.querySelector("hr")).not.toBeNull();
      expect(squash(box.textContent)).toBe("Above Below");
    },
  );

  test("a long paragraph with plenty of emphasis still renders it", () => {
    const sentence = "Participants take the **study drug** or a *placebo* every day for twelve weeks, as the protocol says. ";
    const box = render(sentence.repeat(40)); // 4,000 characters, 80 bold and 80 italic runs
    expect(box.querySelectorAll("p")).toHaveLength(1);
    expect(box.querySelectorAll("strong")).toHaveLength(40);
    expect(box.querySelectorAll("em")).toHaveLength(40);
  });

  test("underscores inside words are not emphasis and cost nothing", () => {
    const box = render(fill("snake_case_name "));
    expect(box.querySelector("em, strong")).toBeNull();
    expect(box.textContent?.trim()).toBe(fill("snake_case_name ").trim());
  });
});

describe("long runs of one character render as their text", () => {
  test.each([
    ["[", fill("[")],
    ["<", fill("<")],
    ["\\", fill("\\")],
    ["a single 32,000-character word", fill("a")],
    ["a single 32,000-character line of words", fill("word ")],
    ["[a](", fill("[a](")],
    ["<http://", fill("<http://")],
  ])("%s", (_, input) => {
    const box = render(input);
    expectInert(box);
    expect(box.textContent?.length).toBeGreaterThan(1_000);
  });

  test("a run of character references decodes to the characters", () => {
    const box = render(fill("&amp;"));
    expect(box.textContent?.trim()).toBe("&".repeat(LIMIT / 5));
  });

  test("a run of backticks is an empty code block; backtick runs of every length stay inert", () => {
    expectInert(render(fill("`")));
    let ladder = "";
    for (let i = 1; ladder.length < LIMIT; i++) ladder += "`".repeat(i) + "a";
    expectInert(render(ladder));
  });
});

describe("bare URLs", () => {
  test("a URL followed by 30,000 ')' links the URL; the brackets stay as text", () => {
    const box = render("https://example.org/a" + ")".repeat(30_000));
    const links = box.querySelectorAll("a");
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute("href")).toBe("https://example.org/a");
    expect(links[0]?.nextSibling?.textContent).toBe(")".repeat(30_000));
  });

  test("a balanced '(…)' inside the URL is kept, the unbalanced rest is not", () => {
    const box = render("https://en.wikipedia.org/wiki/Phase_(pharmacology)" + ")".repeat(5_000) + ".");
    expect(box.querySelector("a")?.getAttribute("href")).toBe("https://en.wikipedia.org/wiki/Phase_(pharmacology)");
    expect(box.querySelector("a")?.nextSibling?.textContent).toBe(")".repeat(5_000) + ".");
  });

  test("trimming: punctuation and unmatched closers at the end go, whatever their order", () => {
    expect(trimUrlEnd("https://x.org/a).")).toBe("https://x.org/a");
    expect(trimUrlEnd("https://x.org/a_(b)).")).toBe("https://x.org/a_(b)");
    expect(trimUrlEnd("https://x.org/[a]];")).toBe("https://x.org/[a]");
    expect(trimUrlEnd("https://x.org/a" + ")]".repeat(10_000))).toBe("https://x.org/a");
    expect(trimUrlEnd("https://x.org/" + "(".repeat(10) + ")".repeat(12))).toBe("https://x.org/" + "(".repeat(10) + ")".repeat(10));
  });

  test(`a "URL" longer than ${MAX_BARE_URL} characters stays text`, () => {
    const long = "https://example.org/" + "a".repeat(MAX_BARE_URL);
    const box = render(`see ${long} and https://example.org/b`);
    expect([...box.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["https://example.org/b"]);
    expect(box.textContent).toContain(long);
  });

  test("a text made of URLs makes every one a link", () => {
    const box = render("https://a.org/x ".repeat(500));
    expect(box.querySelectorAll("a")).toHaveLength(500);
  });
});

test("any mix of markup renders to inert HTML (property)", () => {
  const pieces = ["- ", "* ", "> ", "1. ", "  ", "\n", "\n\n", "*", "_", "**", "`", "[", "]", "(", ")", "<", ">", "&", "#", "\\", "!", "a", "word", " ", "https://x.org/", "javascript:", "<img src=x onerror=alert(1)>"];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
      const box = render(parts.join(""));
      expectInert(box);
      expect(box.querySelector("img, script")).toBeNull();
    }),
    { numRuns: 100 },
  );
});
