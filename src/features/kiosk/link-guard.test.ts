import { afterEach, describe, expect, test, vi } from "vitest";
import { classifyHref, installLinkGuard } from "./link-guard";

const ORIGIN = "http://localhost";

describe("classifyHref", () => {
  test.each([
    ["/study/NCT02513394", "internal"],
    ["#locations", "internal"],
    ["http://localhost/search?cond=asthma", "internal"],
    ["https://clinicaltrials.gov/study/NCT02513394", "external"],
    ["https://pubmed.ncbi.nlm.nih.gov/12345/", "external"],
    ["http://localhost:8080/", "external"], // another port is another origin
    ["https://localhost/", "external"],
    ["tel:+16175551234", "external"],
    ["mailto:trials@example.org", "external"],
    ["javascript:alert(1)", "blocked"],
    ["data:text/html,<p>hi</p>", "blocked"],
    ["file:///etc/passwd", "blocked"],
    ["ftp://example.org/x", "blocked"],
  ])("%s is %s", (href, kind) => {
    expect(classifyHref(href, ORIGIN)).toBe(kind);
  });
});

describe("installLinkGuard", () => {
  let remove = () => {};
  afterEach(() => {
    remove();
    document.body.innerHTML = "";
  });

  function setUp(html: string) {
    document.body.innerHTML = html;
    const onExternal = vi.fn();
    const onInternal = vi.fn();
    remove = installLinkGuard({ onExternal, onInternal });
    return { onExternal, onInternal };
  }

  /** Clicks; true when the guard cancelled the default (jsdom can't follow links, so it is cancelled after). */
  const click = (selector: string, init: MouseEventInit = {}) => {
    const event = new MouseEvent("click", { bubbles: true, cancelable: true, button: 0, ...init });
    let byGuard: boolean | undefined;
    const after = (e: Event) => {
      byGuard = e.defaultPrevented;
      e.preventDefault();
    };
    window.addEventListener("click", after);
    document.querySelector(selector)?.dispatchEvent(event);
    window.removeEventListener("click", after);
    return { defaultPrevented: byGuard ?? event.defaultPrevented };
  };

  test("a plain link to another site, tel: and mailto: are stopped and handed over with their text", () => {
    const { onExternal } = setUp(`
      <div class="markdown"><a id="md" href="https://example.org/paper"><em>the paper</em></a></div>
      <a id="tel" href="tel:+16175551234"><span class="sr-only">Phone:</span> 617-555-1234</a>
      <a id="mail" href="mailto:a@example.org">a@example.org</a>`);
    const bubbled = vi.fn();
    document.body.addEventListener("click", bubbled);
    expect(click("#md em").defaultPrevented).toBe(true);
    expect(click("#tel").defaultPrevented).toBe(true);
    expect(click("#mail").defaultPrevented).toBe(true);
    expect(onExternal.mock.calls).toEqual([
      ["https://example.org/paper", "the paper"],
      ["tel:+16175551234", "Phone: 617-555-1234"],
      ["mailto:a@example.org", "a@example.org"],
    ]);
    expect(bubbled).not.toHaveBeenCalled(); // no other handler acts on it
    document.body.removeEventListener("click", bubbled);
  });

  test("in-app links work as usual; a new tab becomes the same tab; modified and middle clicks do nothing", () => {
    const { onExternal, onInternal } = setUp(`
      <a id="in" href="/study/NCT02513394">study</a>
      <a id="blank" href="/search?cond=asthma#x" target="_blank">search</a>`);
    expect(click("#in").defaultPrevented).toBe(false);
    expect(click("#blank").defaultPrevented).toBe(true);
    expect(onInternal).toHaveBeenCalledWith("/search?cond=asthma#x");
    expect(click("#in", { ctrlKey: true }).defaultPrevented).toBe(true);
    const middle = new MouseEvent("auxclick", { bubbles: true, cancelable: true, button: 1 });
    document.querySelector("#in")?.dispatchEvent(middle);
    expect(middle.defaultPrevented).toBe(true);
    expect(onInternal).toHaveBeenCalledTimes(1);
    expect(onExternal).not.toHaveBeenCalled();
  });

  test("javascript: links do nothing; long-press menus on links are suppressed", () => {
    const { onExternal, onInternal } = setUp(`<a id="js" href="javascript:void 0">x</a><p id="text">text</p>`);
    expect(click("#js").defaultPrevented).toBe(true);
    expect(onExternal).not.toHaveBeenCalled();
    expect(onInternal).not.toHaveBeenCalled();
    const menu = (selector: string) => {
      const event = new MouseEvent("contextmenu", { bubbles: true, cancelable: true });
      document.querySelector(selector)?.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(menu("#js")).toBe(true);
    expect(menu("#text")).toBe(false);
  });

  test("window.open shows other sites and opens in-app pages here, never a window", () => {
    const original = window.open;
    const { onExternal, onInternal } = setUp("");
    expect(window.open("https://example.org/x", "_blank")).toBeNull();
    expect(window.open("/study/NCT02513394")).toBeNull();
    expect(onExternal).toHaveBeenCalledWith("https://example.org/x", "https://example.org/x");
    expect(onInternal).toHaveBeenCalledWith("/study/NCT02513394");
    remove();
    expect(window.open).toBe(original);
  });

  test("forms may submit in the app only", () => {
    setUp(`<form id="in" action="/search"></form><form id="out" action="https://example.org/"></form>`);
    const submit = (selector: string) => {
      const event = new Event("submit", { bubbles: true, cancelable: true });
      document.querySelector(selector)?.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(submit("#in")).toBe(false);
    expect(submit("#out")).toBe(true);
  });
});
