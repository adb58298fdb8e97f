import { afterEach, describe, expect, test } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Providers } from "../../../app/providers";
import { corpus, requireCorpus } from "../../../testing/server";
import { outcomesSection } from "./outcomes-section";

requireCorpus();
const byId = (id: string) => corpus.byId(id)!;
const outcomesOf = (id: string) => byId(id).protocolSection?.outcomesModule;

function renderOutcomes(nctId: string) {
  return render(
    <Providers>
      <outcomesSection.Component study={byId(nctId)} />
    </Providers>,
  );
}

// jsdom loads no Tailwind: give it the one rule that decides what the screen shows, so role queries
// (which skip display:none) see what a reader sees.
function withScreenCss() {
  const style = document.head.appendChild(document.createElement("style"));
  style.textContent = ".hidden { display: none; }";
  return style;
}
let style: HTMLStyleElement | undefined;
afterEach(() => style?.remove());

const list = (name: RegExp) => screen.getByRole("list", { name });
const shownItems = (el: HTMLElement) => within(el).getAllByRole("listitem").filter((li) => li.parentElement === el);

describe.skipIf(corpus.studies.length === 0)("outcomes section", () => {
  test("primary, secondary and other outcomes each get a list under an h3, with time frames (NCT05477459)", async () => {
    const module = outcomesOf("NCT05477459");
    renderOutcomes("NCT05477459");
    const primary = list(/^Primary outcomes/);
    expect(shownItems(primary)).toHaveLength(module?.primaryOutcomes?.length ?? -1);
    expect(shownItems(list(/^Secondary outcomes/))).toHaveLength(module?.secondaryOutcomes?.length ?? -1);
    expect(shownItems(list(/^Other outcomes/))).toHaveLength(module?.otherOutcomes?.length ?? -1);
    const first = module?.primaryOutcomes?.[0];
    expect(within(primary).getByText(first!.measure!)).toBeTruthy();
    expect(within(primary).getByText(`Time frame: ${first!.timeFrame}`)).toBeTruthy();
    expect(await within(primary).findByText(first!.description!.trim())).toBeTruthy();
    // "Primary outcome" is a glossary term; the heading still reads plainly.
    expect(screen.getByRole("heading", { level: 3, name: `Primary outcomes (${module?.primaryOutcomes?.length})` })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Primary outcomes" })).toBeTruthy();
  });

  test("89 secondary outcomes (NCT06113666): the first 10 on screen, all on request, all in print", async () => {
    style = withScreenCss();
    const secondary = outcomesOf("NCT06113666")?.secondaryOutcomes ?? [];
    expect(secondary.length).toBeGreaterThan(12);
    renderOutcomes("NCT06113666");
    const user = userEvent.setup();
    const ol = list(/^Secondary outcomes/);
    expect(shownItems(ol)).toHaveLength(10);
    // Print: the rest are in the page, hidden on screen only (print:list-item undoes `hidden` in print).
    const rest = [...ol.children].slice(10);
    expect(rest).toHaveLength(secondary.length - 10);
    expect(rest.every((li) => li.classList.contains("hidden") && li.classList.contains("print:list-item"))).toBe(true);

    const button = screen.getByRole("button", { name: `Show all ${secondary.length} secondary outcomes` });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(button.getAttribute("aria-controls")).toBe(ol.id);
    expect(button.className).toContain("print:hidden");
    await user.click(button);
    expect(shownItems(ol)).toHaveLength(secondary.length);
    expect(document.activeElement).toBe(ol.children[10]);
    expect(document.activeElement?.textContent).toContain(secondary[10]!.measure!);
    expect(button.getAttribute("aria-expanded")).toBe("true");

    await user.click(screen.getByRole("button", { name: "Show only the first 10" }));
    expect(shownItems(ol)).toHaveLength(10);
    // The single primary outcome is never collapsed.
    expect(shownItems(list(/^Primary outcomes/))).toHaveLength(outcomesOf("NCT06113666")?.primaryOutcomes?.length ?? -1);
  });

  test("short lists have no button (NCT05120609)", () => {
    const module = outcomesOf("NCT05120609");
    expect(Math.max(module?.primaryOutcomes?.length ?? 0, module?.secondaryOutcomes?.length ?? 0)).toBeLessThanOrEqual(12);
    renderOutcomes("NCT05120609");
    expect(screen.queryByRole("button", { name: /Show all/ })).toBeNull();
  });

  test("a record without outcomes has no section (NCT00258583)", () => {
    expect(outcomesOf("NCT00258583")).toBeUndefined();
    expect(outcomesSection.has(byId("NCT00258583"))).toBe(false);
    expect(outcomesSection.has({ protocolSection: { outcomesModule: { primaryOutcomes: [] } } })).toBe(false);
  });
});
