import { afterEach, describe, expect, test } from "vitest";
import { installAutofillGuard } from "./autofill-guard";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0)); // MutationObserver callbacks run as microtasks
const hints = () => Array.from(document.querySelectorAll("form, input, textarea, select")).map((el) => el.getAttribute("autocomplete"));

describe("installAutofillGuard", () => {
  let remove = () => {};
  afterEach(() => {
    remove();
    document.body.innerHTML = "";
  });

  test("fields already there, fields added later, and a hint set again all end up off", async () => {
    document.body.innerHTML = '<form><input autocomplete="postal-code"><select></select></form>';
    remove = installAutofillGuard();
    expect(hints()).toEqual(["off", "off", "off"]);

    const later = document.createElement("div");
    later.innerHTML = "<textarea></textarea><input type='search'>";
    document.body.append(later);
    const alone = document.createElement("input");
    document.body.append(alone);
    await settle();
    expect(hints()).toEqual(["off", "off", "off", "off", "off", "off"]);

    alone.setAttribute("autocomplete", "postal-code");
    await settle();
    expect(alone.getAttribute("autocomplete")).toBe("off");
  });

  test("once removed, it leaves fields alone", async () => {
    remove = installAutofillGuard();
    remove();
    document.body.innerHTML = '<input autocomplete="postal-code">';
    await settle();
    expect(hints()).toEqual(["postal-code"]);
  });
});
