import { useEffect, useState } from "react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { Providers } from "../../app/providers";
import { TableOfContents } from "./table-of-contents";
import { useHashScroll } from "./use-hash-scroll";

const SECTIONS = [
  { id: "summary", title: "Summary" },
  { id: "eligibility", title: "Who can join" },
  { id: "locations", title: "Where" },
];

/** A stand-in for the study record: sections that appear some time after the page. */
function Page({ sections, delayMs = 0 }: { sections: typeof SECTIONS; delayMs?: number }) {
  const [ready, setReady] = useState(delayMs === 0);
  useEffect(() => {
    if (delayMs === 0) return;
    const timer = setTimeout(() => setReady(true), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs]);
  useHashScroll();
  return (
    <article>
      <h1>Study</h1>
      <TableOfContents sections={sections} />
      {ready &&
        sections.map((s) => (
          <section key={s.id} id={s.id} aria-labelledby={`${s.id}-title`}>
            <h2 id={`${s.id}-title`}>{s.title}</h2>
          </section>
        ))}
    </article>
  );
}

function renderPage(path: string, sections = SECTIONS, delayMs = 0) {
  const router = createMemoryRouter([{ path: "/study/:id", element: <Page sections={sections} delayMs={delayMs} /> }], {
    initialEntries: [path],
  });
  const view = render(
    <Providers>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, router };
}

const scrolled: Element[] = [];
beforeEach(() => {
  scrolled.length = 0;
  // jsdom has no layout, so no scrollIntoView: record the calls instead.
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});
afterEach(() => {
  vi.useRealTimers();
});

describe("table of contents", () => {
  test("links every section in order under 'On this page'", () => {
    renderPage("/study/NCT02513394");
    const nav = screen.getByRole("navigation", { name: "On this page" });
    const links = within(nav).getAllByRole("link");
    expect(links.map((a) => [a.textContent, a.getAttribute("href")])).toEqual(SECTIONS.map((s) => [s.title, `#${s.id}`]));
  });

  test("is left out when there are fewer than three sections", () => {
    renderPage("/study/NCT02513394", SECTIONS.slice(0, 2));
    expect(screen.queryByRole("navigation")).toBeNull();
  });

  test("on phones the list opens and closes with a button", async () => {
    const user = userEvent.setup();
    renderPage("/study/NCT02513394");
    const toggle = screen.getByRole("button", { name: "On this page" });
    const list = document.getElementById(toggle.getAttribute("aria-controls") ?? "");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(list?.className).toMatch(/(^|\s)hidden(\s|$)/);
    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(list?.className).not.toMatch(/(^|\s)hidden(\s|$)/);
  });

  test("a click updates the hash, scrolls to the section and focuses its heading", async () => {
    const user = userEvent.setup();
    const { router } = renderPage("/study/NCT02513394?x=1");
    await user.click(screen.getByRole("link", { name: "Who can join" }));
    expect(router.state.location.hash).toBe("#eligibility");
    expect(router.state.location.search).toBe("?x=1");
    expect(scrolled).toContain(document.getElementById("eligibility"));
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Who can join" }));
    // Clicking the same link again (the reader scrolled away meanwhile) lands there again.
    screen.getByRole("heading", { name: "Summary" }).focus();
    await user.click(screen.getByRole("link", { name: "Who can join" }));
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Who can join" }));
  });
});

describe("deep links", () => {
  test("land on their section even when it renders after the page", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    renderPage("/study/NCT02513394#locations", SECTIONS, 500);
    expect(document.getElementById("locations")).toBeNull();
    await act(async () => {
      vi.advanceTimersByTime(600);
    });
    const section = document.getElementById("locations");
    expect(section).not.toBeNull();
    expect(scrolled).toContain(section);
    const heading = screen.getByRole("heading", { name: "Where" });
    expect(document.activeElement).toBe(heading);
    expect(heading.getAttribute("tabindex")).toBe("-1");
  });

  test("an unknown anchor is ignored", () => {
    renderPage("/study/NCT02513394#nothing-here");
    expect(scrolled).toEqual([]);
    expect(document.activeElement).toBe(document.body);
  });
});
