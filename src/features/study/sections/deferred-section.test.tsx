import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import type { Study } from "../../../api/types";
import { Providers } from "../../../app/providers";
import { corpus, requireCorpus } from "../../../testing/server";

// The sections after the summary: heading at once, body when the reader nears it, follows a link into
// the page, searches it (Ctrl+F) or prints. IntersectionObserver is faked: jsdom has none (and without
// one the code loads at once, which the route tests rely on). Each test starts from fresh modules: a
// first visit, before the sections' code has loaded.
requireCorpus();
const ID = "NCT02513394";

let observed: { target: Element; callback: IntersectionObserverCallback }[] = [];
class FakeObserver {
  constructor(private callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    observed.push({ target, callback: this.callback });
  }
  disconnect() {
    observed = observed.filter((entry) => entry.callback !== this.callback);
  }
}
beforeEach(() => vi.stubGlobal("IntersectionObserver", FakeObserver));
afterEach(() => {
  vi.unstubAllGlobals();
  observed = [];
});

async function renderPage(url = `/study/${ID}`) {
  vi.resetModules();
  const { StudyRecord } = await import("../study-record");
  const study = corpus.byId(ID) as Study;
  return render(
    <Providers>
      <MemoryRouter initialEntries={[url]}>
        <StudyRecord study={study} nctId={ID} />
      </MemoryRouter>
    </Providers>,
  );
}
const placeholders = (container: HTMLElement) => [...container.querySelectorAll("[data-deferred]")].map((el) => el.getAttribute("data-deferred"));
function bringNear(id: string) {
  const entry = observed.find(({ target }) => target.getAttribute("data-deferred") === id);
  if (!entry) throw new Error(`${id} is not observed`);
  act(() => entry.callback([{ isIntersecting: true, target: entry.target } as IntersectionObserverEntry], {} as IntersectionObserver));
}

describe.skipIf(!corpus.byId(ID))(`${ID}: sections after the summary`, () => {
  test("start as headings with reserved space; nearing one renders them all, the sites in steps", async () => {
    const { container } = await renderPage();
    const deferred = placeholders(container);
    expect(deferred).toEqual(["participation", "eligibility", "prescreen", "locations", "contacts", "arms", "design", "outcomes", "results", "sponsor", "dates", "references", "documents", "terms"]);
    for (const id of deferred) expect(container.querySelector(`section#${id} > h2`)).not.toBeNull();
    expect(container.querySelector('[data-deferred="locations"]')?.getAttribute("style")).toMatch(/min-height: \d+rem/);
    expect(container.querySelector("#locations [data-site]")).toBeNull();
    bringNear("locations");
    await waitFor(() => expect(placeholders(container)).toEqual([]));
    expect(container.querySelectorAll("#locations [data-site]")).toHaveLength(20);
  });

  test("a link into the page renders every section", async () => {
    Element.prototype.scrollIntoView ??= () => {}; // jsdom has none; the hash scroll calls it
    const { container } = await renderPage(`/study/${ID}#outcomes`);
    await waitFor(() => expect(placeholders(container)).toEqual([]));
    expect(screen.getByRole("region", { name: "What the study measures" }).textContent).toMatch(/Primary outcome/i);
  });

  test("printing renders every section and every site", async () => {
    const { container } = await renderPage();
    act(() => void window.dispatchEvent(new Event("beforeprint")));
    await waitFor(() => expect(placeholders(container)).toEqual([]));
    expect(container.querySelectorAll("#locations [data-site]")).toHaveLength(corpus.byId(ID)?.protocolSection?.contactsLocationsModule?.locations?.length ?? -1);
    act(() => void window.dispatchEvent(new Event("afterprint")));
  });

  test("the reader's first interaction with the page renders every section (find-in-page and print then see them)", async () => {
    const { container } = await renderPage();
    expect(placeholders(container).length).toBeGreaterThan(0);
    fireEvent.pointerMove(window);
    await waitFor(() => expect(placeholders(container)).toEqual([]));
  });
});
