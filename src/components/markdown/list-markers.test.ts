import { describe, expect, test } from "vitest";
import { corpus, requireCorpus } from "../../testing/server";
import { tidyListMarkers } from "./list-markers";
import { toSafeHtml } from "./to-safe-html";

requireCorpus();

/** The rendered HTML as lines: each list item prefixed by its lists ("ol(2)> ul> "), each paragraph by "p: ". */
function outline(markdown: string): string[] {
  const box = document.createElement("div");
  box.innerHTML = toSafeHtml(markdown);
  const lines: string[] = [];
  const walk = (el: Element, path: string) => {
    for (const child of el.children) {
      const tag = child.tagName.toLowerCase();
      if (tag === "ul" || tag === "ol") {
        const start = tag === "ol" ? `(${child.getAttribute("start") ?? "1"})` : "";
        for (const li of child.children) {
          lines.push(`${path}${tag}${start}> ${ownText(li)}`);
          walk(li, `${path}${tag}${start}> `);
        }
      } else if (tag === "p" && !path) lines.push(`p: ${child.textContent?.trim()}`);
      else if (tag !== "li") walk(child, path);
    }
  };
  walk(box, "");
  return lines;
}

/** An item's own text, without the lists nested in it. */
const ownText = (li: Element) =>
  [...li.childNodes]
    .filter((node) => node.nodeName !== "UL" && node.nodeName !== "OL")
    .map((node) => node.textContent)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();

describe("tidyListMarkers", () => {
  test.each([
    ["a bullet symbol (NCT03840928)", "Exclusion Criteria\n\n• Under 19 years old", ["p: Exclusion Criteria", "ul> Under 19 years old"]],
    ["a middle dot against the word", "·No neurological deficit\n·Age 18", ["ul> No neurological deficit", "ul> Age 18"]],
    ["a dash against the word", "-Patients must be adults", ["ul> Patients must be adults"]],
    ["an escaped dash", "\\- Healthy controls", ["ul> Healthy controls"]],
    ["an escaped star with odd spacing", "  \\*   Active hepatitis", ["ul> Active hepatitis"]],
    ["a bullet doubled", "* • Type 2 diabetes\n* • Renal failure", ["ul> Type 2 diabetes", "ul> Renal failure"]],
    ["numbers against the word", "1.Volunteer and sign\n2.Age 20-60", ["ol(1)> Volunteer and sign", "ol(1)> Age 20-60"]],
    ["a bracketed number against the word", "* 1)Age 20-60", ["ol(1)> Age 20-60"]],
    ["a number after a bullet, which CommonMark nests in an empty item", "* 1) Chronic renal insufficiency", ["ol(1)> Chronic renal insufficiency"]],
    ["numbers the converter escaped", "4\\. Has attacks weekly", ["ol(4)> Has attacks weekly"]],
    ["a number after a bullet", "* 1\\. Male or female\n* 2\\. Diagnosed", ["ol(1)> Male or female", "ol(1)> Diagnosed"]],
    ["a number after a symbol", "• 1. The patient has back pain", ["ol(1)> The patient has back pain"]],
  ])("%s becomes a list item", (_, markdown, expected) => {
    expect(outline(tidyListMarkers(markdown))).toEqual(expected);
    expect(outline(markdown)).not.toEqual(expected); // the case is real: CommonMark alone gets it wrong
  });

  test("nesting is kept when a new marker moves the item's text", () => {
    const markdown = "* 1\\. Main criterion\n\n  * a detail of it\n  * another\n* 2\\. Second criterion";
    expect(outline(tidyListMarkers(markdown))).toEqual([
      "ol(1)> Main criterion",
      "ol(1)> ul> a detail of it",
      "ol(1)> ul> another",
      "ol(1)> Second criterion",
    ]);
  });

  test("the next number under an item is its sibling, not a list inside it (NCT06173934)", () => {
    const markdown = "* 1.Volunteer and sign consent.\n\n  2.Patients with type 1 diabetes.\n\n  3.No acute complications.";
    expect(outline(tidyListMarkers(markdown))).toEqual(["ol(1)> Volunteer and sign consent.", "ol(1)> Patients with type 1 diabetes.", "ol(1)> No acute complications."]);
    // A number that does not follow on still nests: it is the author's own sub-list.
    expect(outline(tidyListMarkers("1. Main criterion\n\n   1\\. first part"))).toEqual(["ol(1)> Main criterion", "ol(1)> ol(1)> first part"]);
  });

  test("an escaped bullet under an item nests under it (NCT05078931)", () => {
    const markdown = "* Measurable disease\n\n   \\- Note: Lesions in an irradiated area are not measurable\n* Age 18 or over";
    expect(outline(tidyListMarkers(markdown))).toEqual([
      "ul> Measurable disease",
      "ul> ul> Note: Lesions in an irradiated area are not measurable",
      "ul> Age 18 or over",
    ]);
  });

  test("a bullet on the line under an item's text becomes the next item, not more text", () => {
    expect(outline(tidyListMarkers("* Adults\n• Able to consent"))).toEqual(["ul> Adults", "ul> Able to consent"]);
  });

  test("a marker with nothing after it is dropped (NCT02510729's empty exclusion list)", () => {
    expect(tidyListMarkers("Exclusion Criteria:\n\n\\-")).toBe("Exclusion Criteria:\n\n");
    expect(tidyListMarkers("•")).toBe("");
  });

  test("what CommonMark already reads, and what is no bullet, is left exactly as it was", () => {
    const untouched = [
      "* Adults\n  * over 18\n\n    more about it\n1. First\n2) Second",
      "\\*Moderate illness: see above", // a footnote mark
      "*emphasis* at the start",
      "* * *",
      "- -5 degrees",
      "1.5 mg daily\n2019. A year\n123. Not a list number",
      "-5 degrees or colder",
      "Age \\> 18 - 65 • in good health",
      "\tindented by a tab",
    ];
    for (const text of untouched) expect(tidyListMarkers(text)).toBe(text);
  });
});

const criteria = corpus.studies
  .map((study) => [study.protocolSection?.identificationModule?.nctId ?? "", study.protocolSection?.eligibilityModule?.eligibilityCriteria ?? ""] as const)
  .filter(([, text]) => text.trim());
const letters = (html: string) => (html.replace(/<[^>]*>/g, " ").match(/\p{L}+/gu) ?? []).join(" ");
/** Items with text of their own and a list under them ("* 1. x" nests a list in an empty item: no nesting to keep). */
function nestedLists(html: string): number {
  const box = document.createElement("div");
  box.innerHTML = html;
  return [...box.querySelectorAll("li")].filter((li) => ownText(li) && li.querySelector(":scope > ul, :scope > ol")).length;
}

describe.skipIf(criteria.length === 0)(`over the real eligibility criteria (${criteria.length} records)`, () => {
  const changed = criteria.filter(([, text]) => tidyListMarkers(text) !== text);

  test("some records need it, and NCT03840928's bullet is one", () => {
    expect(changed.length).toBeGreaterThan(10);
    if (corpus.byId("NCT03840928")) expect(changed.map(([id]) => id)).toContain("NCT03840928");
  });

  test("every word stays, in order; no list loses its nesting; a second pass changes nothing", () => {
    for (const [id, text] of changed) {
      const tidy = tidyListMarkers(text);
      const before = toSafeHtml(text);
      const after = toSafeHtml(tidy);
      expect(letters(after), id).toBe(letters(before));
      expect(nestedLists(after), id).toBeGreaterThanOrEqual(nestedLists(before));
      expect(tidyListMarkers(tidy), id).toBe(tidy);
    }
  }, 60_000);
});
