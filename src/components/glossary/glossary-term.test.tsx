import { describe, expect, test } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GlossaryTerm } from "./glossary-term";
import { GLOSSARY, findGlossaryKey, glossaryDefinition } from "./glossary";

function setup() {
  const user = userEvent.setup();
  render(
    <>
      <p>
        Allocation: <GlossaryTerm term="randomized">Randomized</GlossaryTerm>
      </p>
      <button type="button">Elsewhere</button>
    </>,
  );
  const button = screen.getByRole("button", { name: "Randomized" });
  return { user, button };
}

const definition = glossaryDefinition("randomized");

describe("GlossaryTerm", () => {
  test("is a collapsed button described by its definition", () => {
    const { button } = setup();
    expect(button.getAttribute("aria-expanded")).toBe("false");
    const tipId = button.getAttribute("aria-describedby");
    expect(tipId).toBeTruthy();
    expect(button.getAttribute("aria-controls")).toBe(tipId);
    expect(document.getElementById(tipId!)?.textContent).toBe(definition);
    expect(screen.queryByRole("tooltip")).toBeNull();
  });

  test("a tap opens it and keeps it open; a second tap closes it", async () => {
    const { user, button } = setup();
    await user.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("tooltip").textContent).toBe(definition);
    await user.unhover(button); // the pointer moving away does not close a pinned popover
    expect(screen.getByRole("tooltip")).toBeTruthy();
    await user.click(button);
    expect(screen.queryByRole("tooltip")).toBeNull();
  });

  test("hover opens it, the popover itself is hoverable, leaving closes it", async () => {
    const { user, button } = setup();
    await user.hover(button);
    const tip = screen.getByRole("tooltip");
    await user.hover(tip);
    expect(screen.getByRole("tooltip")).toBeTruthy();
    await user.unhover(tip);
    expect(screen.queryByRole("tooltip")).toBeNull();
  });

  test("keyboard focus opens it, Escape dismisses it, moving focus closes it", async () => {
    const { user, button } = setup();
    await user.tab();
    expect(document.activeElement).toBe(button);
    expect(screen.getByRole("tooltip").textContent).toBe(definition);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("tooltip")).toBeNull();
    expect(document.activeElement).toBe(button); // dismissed without moving focus
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tooltip")).toBeTruthy();
    await user.tab();
    expect(screen.queryByRole("tooltip")).toBeNull();
  });

  test("Escape dismisses a hover-opened popover without moving the pointer", async () => {
    const { user, button } = setup();
    await user.hover(button);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("tooltip")).toBeNull();
  });

  test("a tap elsewhere closes a pinned popover", async () => {
    const { user, button } = setup();
    await user.click(button);
    await user.click(screen.getByRole("button", { name: "Elsewhere" }));
    expect(screen.queryByRole("tooltip")).toBeNull();
  });
});

describe("glossary", () => {
  test("every definition is short: at most two sentences", () => {
    for (const [term, text] of Object.entries(GLOSSARY)) {
      const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, term).toBeLessThanOrEqual(2);
      expect(text.length, term).toBeLessThan(200);
    }
  });

  test("the terms the brief names are all there", () => {
    const needed = ["phase", "phase 1", "phase 2", "phase 3", "phase 4", "early phase 1", "randomized", "placebo", "sham",
      "masking", "blinding", "open label", "double-blind", "inclusion criteria", "exclusion criteria", "interventional",
      "observational", "expanded access", "healthy volunteer", "arm", "crossover", "control", "active comparator",
      "primary outcome", "secondary outcome", "enrollment", "sponsor", "principal investigator", "recruiting",
      "not yet recruiting", "active, not recruiting", "adverse event", "serious adverse event", "informed consent", "cohort"];
    for (const term of needed) expect(findGlossaryKey(term), term).toBe(term);
  });

  test("findGlossaryKey matches registry text loosely, and only real terms", () => {
    expect(findGlossaryKey(" Phase  2 ")).toBe("phase 2");
    expect(findGlossaryKey("Open Label")).toBe("open label");
    expect(findGlossaryKey("toString")).toBeUndefined();
    expect(findGlossaryKey("banana")).toBeUndefined();
  });
});
