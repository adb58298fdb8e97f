// Touch-target measurement shared by the kiosk and phone specs.
import type { Page } from "@playwright/test";

/**
 * Every visible control in the header and main smaller than 44 × 44 CSS px. Exempt, as WCAG 2.5.5 / 2.5.8
 * allow: targets inline in running text (a link or a glossary term inside a sentence, whose size is set by
 * the line height of the text around it), and map markers, under the "equivalent" exception: every marker's
 * site is also in the site list beside the map, with full-size controls. Radio buttons and checkboxes are
 * measured with their label, which is part of their target (a tap on the label ticks them).
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 44 - 0.5; // sub-pixel rounding
    const SELECTOR = ":is(header, main) :is(a, button, input, select, summary, [role=button])";
    const describe = (el: Element, r: DOMRect) =>
      `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute("aria-label") || (el as HTMLInputElement).name || "").trim().slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`;
    const blockOf = (el: Element): Element => {
      let block = el.parentElement;
      while (block && getComputedStyle(block).display.startsWith("inline")) block = block.parentElement;
      return block ?? document.body;
    };
    // innerText: only the words on screen (not a closed popover's definition).
    const inRunningText = (el: HTMLElement): boolean => {
      if (!getComputedStyle(el).display.startsWith("inline")) return false;
      const block = blockOf(el);
      const around = block instanceof HTMLElement ? block.innerText.replace(el.innerText, "") : "";
      return /\p{L}{2,}/u.test(around);
    };
    const problems: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(SELECTOR))) {
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const own = el.getBoundingClientRect();
      if (own.width === 0 || own.height === 0) continue; // sr-only and collapsed
      if (el.closest(".sr-only") || el.closest(".leaflet-marker-pane")) continue;
      const input = el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox") ? el : undefined;
      const label = input?.closest("label");
      const r = label ? label.getBoundingClientRect() : own;
      if (r.height >= MIN && r.width >= MIN) continue;
      if (inRunningText(el)) continue;
      problems.push(describe(el, r));
    }
    return problems;
  });
}

/**
 * Opens every closed disclosure in main, so their controls are measured too. In the page, not by pointer:
 * long site lists (content-visibility: auto) shift while scrolled, and a moving summary can't be tapped.
 */
export const openDisclosures = (page: Page) =>
  page.locator("main details:not([open]) > summary").evaluateAll((summaries) => summaries.forEach((s) => (s as HTMLElement).click()));
