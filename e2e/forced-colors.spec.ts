// Forced colours / Windows high contrast (issue 11, item 5): forced colours repaint every background as
// Canvas, so a control whose only edge was its fill shows as bare text. Every visible button, button-like
// link, disclosure summary and dialog must keep a visible border there. Axe runs in the same mode.
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { briefTitle } from "./corpus";

test.use({ forcedColors: "active" });

/** 437 sites: the largest record, with every kind of control on its page. */
const BIG_STUDY = "NCT02513394";
const SAVED_STUDY = "NCT04814381";

test.afterEach(({ pageErrors, externalRequests }) => {
  expect(externalRequests, "requests that left the machine").toEqual([]);
  expect(pageErrors, "page errors").toEqual([]);
});

/** How many visible controls must keep an edge, and those that lack one ("what: the side without"). */
async function controlEdges(page: Page): Promise<{ checked: number; problems: string[] }> {
  return page.evaluate(() => {
    if (!matchMedia("(forced-colors: active)").matches) return { checked: 0, problems: ["forced colours are not active"] };
    const selector = [
      "button",
      "summary",
      "dialog",
      '[role="button"]',
      '[role="dialog"]',
      '[role="alertdialog"]',
      'a[class*="rounded-md"][class*="bg-brand"]',
      'a[class*="rounded-md"][class*="border-brand"]',
    ].join(",");
    const alpha = (color: string) => {
      if (color === "transparent") return 0;
      const parts = /rgba?\(([^)]*)\)/.exec(color)?.[1]?.split(/[\s,/]+/).filter(Boolean) ?? [];
      return parts.length === 4 ? Number(parts[3]) : 1;
    };
    const problems: string[] = [];
    let checked = 0;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      const box = el.getBoundingClientRect();
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) || box.width <= 1 || box.height <= 1) continue;
      checked++;
      const style = getComputedStyle(el);
      const what = `<${el.localName}> "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`;
      for (const side of ["Top", "Right", "Bottom", "Left"] as const) {
        const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
        const lineStyle = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
        const color = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
        if (!(width >= 1) || lineStyle === "none" || lineStyle === "hidden" || !(alpha(color) > 0)) {
          problems.push(`${what}: ${side.toLowerCase()} border ${width}px ${lineStyle} ${color}`);
          break;
        }
      }
    }
    return { checked, problems };
  });
}

/** Checks the page once it is ready: the controls' edges (with how many were checked), then axe. */
async function expectEdges(page: Page, atLeast: number): Promise<void> {
  const { checked, problems } = await controlEdges(page);
  expect(problems, `controls without an edge on ${page.url()}`).toEqual([]);
  expect(checked, "controls checked").toBeGreaterThanOrEqual(atLeast);
  await expectNoAxeViolations(page);
}

test("home: Search, Go to study and the filter disclosures keep their edges", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Find a clinical trial" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Search", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Go to study" })).toBeVisible();
  await expectEdges(page, 3);

  // The focus ring uses Highlight, the colour the person chose for focus and selection.
  await page.getByLabel("Study number").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Go to study" })).toBeFocused();
  const { highlight, ring } = await page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement("span"));
    probe.style.color = "Highlight";
    const highlight = getComputedStyle(probe).color;
    probe.remove();
    const style = getComputedStyle(document.activeElement as Element);
    return { highlight, ring: { color: style.outlineColor, style: style.outlineStyle, width: style.outlineWidth } };
  });
  expect(ring).toEqual({ color: highlight, style: "solid", width: "3px" });
});

test("search results: Search, the cards' Save buttons and the filter disclosures keep their edges", async ({ page }) => {
  await page.goto("/search?cond=asthma");
  await expect(page.locator('ol[aria-label="Search results"] article').first()).toBeVisible();
  await expectEdges(page, 4);
});

test("a study page keeps its controls' edges", async ({ page }) => {
  test.slow(); // hundreds of sites: axe and the element-by-element check take a while
  await page.goto(`/study/${BIG_STUDY}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle(BIG_STUDY), { timeout: 15_000 });
  await expect(page.getByRole("button", { name: /^Save\b/ }).first()).toBeVisible();
  // The lower sections (sites, results) render as the reader nears them: bring them in, then check all.
  await page.locator("section#results").scrollIntoViewIfNeeded();
  await expect(page.getByRole("button", { name: "Posted results" })).toBeVisible();
  await expectEdges(page, 4);
});

test("/saved with a saved study keeps its controls' edges", async ({ page }) => {
  // The stored list as shortlist.spec.ts writes it; on the first load only, so Remove all can clear it.
  const saved = { version: 1, items: [{ nctId: SAVED_STUDY, savedAt: "2025-01-15T12:00:00.000Z", seen: { status: "RECRUITING", lastUpdate: "2020-01-01", sites: 1 } }] };
  await page.addInitScript((raw) => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    localStorage.setItem("trial-finder:saved", raw);
  }, JSON.stringify(saved));
  await page.goto("/saved");
  await expect(page.getByRole("link", { name: briefTitle(SAVED_STUDY), exact: false })).toBeVisible();
  await expectEdges(page, 2);
  await page.getByRole("button", { name: "Remove all" }).click(); // asks with a primary button
  await expect(page.getByRole("button", { name: "Yes, remove all" })).toBeFocused();
  await expectEdges(page, 3);
});

test("kiosk: Take it with you, Start over and both dialogs keep their edges", async ({ page }) => {
  await page.goto("/kiosk");
  await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();
  await expectEdges(page, 4);

  await page.getByRole("banner").getByRole("button", { name: "Take it with you" }).click();
  const take = page.getByRole("dialog", { name: "Take your list with you" });
  await expect(take).toBeVisible();
  await expectEdges(page, 1);
  await take.getByRole("button", { name: "Close" }).click();
  await expect(take).toBeHidden();

  await page.getByRole("banner").getByRole("button", { name: "Start over" }).click();
  const ask = page.getByRole("dialog", { name: "Start over?" });
  await expect(ask.getByRole("button", { name: "Yes, start over" })).toBeVisible();
  await expectEdges(page, 3);
});

test.describe("without forced colours", () => {
  test.use({ forcedColors: "none" });

  test("a primary button's border is its fill colour, also on hover, so the normal look is unchanged", async ({ page }) => {
    await page.goto("/");
    const search = page.getByRole("button", { name: "Search", exact: true });
    const edge = () =>
      search.evaluate((el) => {
        const style = getComputedStyle(el);
        return { width: style.borderTopWidth, style: style.borderTopStyle, color: style.borderTopColor, fill: style.backgroundColor };
      });
    const normal = await edge();
    expect(normal).toEqual({ width: "1px", style: "solid", color: normal.fill, fill: normal.fill });
    await search.hover();
    const hovered = await edge();
    expect(hovered.fill).not.toBe(normal.fill);
    expect(hovered).toEqual({ width: "1px", style: "solid", color: hovered.fill, fill: hovered.fill });
  });
});
