import { describe, expect, test } from "vitest";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, useLocation } from "react-router";
import type { Location, Study } from "../../../api/types";
import { Providers } from "../../../app/providers";
import { corpus, requireCorpus } from "../../../testing/server";
import { ContactTeam } from "../contact-team";
import { locationsSection } from "../sections/locations-section";
import { SITE_STEP } from "./site-browser";
import { StudyNearProvider } from "./study-near";

// The study page's `?near=`: the nearest sites lead, the list runs nearest first, and whom to call sits
// near the top. The nearest site is worked out here from the record's own geoPoints, not hard-coded.
requireCorpus();
const BOSTON = { lat: 42.36, lon: -71.06 };
const study = (id: string): Study => corpus.byId(id) ?? {};
const locationsOf = (id: string): Location[] => study(id).protocolSection?.contactsLocationsModule?.locations ?? [];

/** Haversine in miles, written out again so the test does not trust the code it checks. */
function miles(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return (2 * 6371.0088 * Math.asin(Math.sqrt(h))) / 1.609344;
}
const nearestMiles = (id: string) =>
  Math.min(...locationsOf(id).flatMap((l) => (l.geoPoint ? [miles(BOSTON, { lat: l.geoPoint.lat, lon: l.geoPoint.lon })] : [])));

function renderPage(id: string, search = "") {
  const record = study(id);
  let current = "";
  function PathProbe() {
    const location = useLocation();
    current = `${location.pathname}${location.search}`;
    return null;
  }
  const view = render(
    <Providers>
      <MemoryRouter initialEntries={[`/study/${id}${search}`]}>
        <StudyNearProvider study={record}>
          <ContactTeam study={record} />
          <locationsSection.Component study={record} />
        </StudyNearProvider>
        <PathProbe />
      </MemoryRouter>
    </Providers>,
  );
  return { ...view, path: () => current };
}
const siteOrder = (container: HTMLElement) => [...container.querySelectorAll("[data-site]")].map((el) => Number(el.getAttribute("data-site")));
const distanceOfSite = (index: number, id: string) => {
  const point = locationsOf(id)[index]?.geoPoint;
  return point ? miles(BOSTON, { lat: point.lat, lon: point.lon }) : Number.POSITIVE_INFINITY;
};

describe.skipIf(!corpus.byId("NCT02513394") || !corpus.byId("NCT06791122"))("the study page near a place", () => {
  test("437 sites near 42.36,-71.06: the nearest leads, with its distance, and the list runs nearest first", () => {
    const { container } = renderPage("NCT02513394", "?near=42.36,-71.06");
    const closest = screen.getByRole("region", { name: "Closest to you" });
    const first = Number(closest.querySelector("[data-closest-site]")?.getAttribute("data-closest-site"));
    expect(distanceOfSite(first, "NCT02513394")).toBeCloseTo(nearestMiles("NCT02513394"), 6);
    expect(locationsOf("NCT02513394")[first]?.state).toBe("Massachusetts");
    expect(closest.textContent).toContain(nearestMiles("NCT02513394") < 1 ? "less than 1 mi" : `${Math.round(nearestMiles("NCT02513394"))} mi`);
    // The list shows its first step, nearest first; "Show all" brings every site, still in that order.
    expect(siteOrder(container)).toHaveLength(SITE_STEP);
    fireEvent.click(screen.getByRole("button", { name: `Show all ${locationsOf("NCT02513394").length} sites` }));
    const order = siteOrder(container);
    expect(order).toHaveLength(locationsOf("NCT02513394").length);
    expect(distanceOfSite(order[0] ?? -1, "NCT02513394")).toBeCloseTo(nearestMiles("NCT02513394"), 6);
    // Within the first country group the sites run nearest first.
    const firstGroup = [...(container.querySelector("details")?.querySelectorAll("[data-site]") ?? [])].map((el) =>
      distanceOfSite(Number(el.getAttribute("data-site")), "NCT02513394"),
    );
    expect(firstGroup).toEqual([...firstGroup].sort((a, b) => a - b));
    // The record has no contacts at all: the block says so rather than leaving the reader guessing.
    expect(screen.getByRole("region", { name: "Contact the study team" }).textContent).toContain("names no one to call");
  });

  test("the contact block holds the central contact and the nearest site's contact, with a tel: link", () => {
    renderPage("NCT06791122", "?near=42.36,-71.06");
    const block = screen.getByRole("region", { name: "Contact the study team" });
    const module = study("NCT06791122").protocolSection?.contactsLocationsModule;
    const central = module?.centralContacts?.[0];
    expect(block.textContent).toContain(central?.name?.trim());
    const withContact = (module?.locations ?? []).filter((l) => l.geoPoint && l.contacts?.length);
    const nearest = withContact.reduce((best, l) =>
      miles(BOSTON, l.geoPoint as { lat: number; lon: number }) < miles(BOSTON, best.geoPoint as { lat: number; lon: number }) ? l : best,
    );
    expect(block.textContent).toContain(nearest.facility?.trim());
    expect(within(block).getAllByRole("link").some((a) => a.getAttribute("href")?.startsWith("tel:"))).toBe(true);
    expect(within(block).getByRole("link", { name: "All contacts" }).getAttribute("href")).toBe("#contacts");
    expect(within(block).getByRole("link", { name: /All sites/ }).getAttribute("href")).toBe("#locations");
  });

  test("without near the page is as before: record order grouped by country, no closest block, no contact block", () => {
    const plain = render(
      <Providers>
        <locationsSection.Component study={study("NCT02513394")} />
      </Providers>,
    );
    const before = siteOrder(plain.container);
    plain.unmount();
    const { container } = renderPage("NCT02513394");
    expect(siteOrder(container)).toEqual(before);
    expect(screen.queryByRole("region", { name: /^Closest to/ })).toBeNull();
    expect(screen.queryByRole("region", { name: "Contact the study team" })).toBeNull();
  });

  test("a bad near gets a short note and is ignored", () => {
    const { container } = renderPage("NCT06791122", "?near=123,456");
    expect(screen.getByText(/near=123,456 was ignored/)).toBeTruthy();
    expect(siteOrder(container)).toEqual(locationsOf("NCT06791122").map((_, i) => i));
    expect(screen.queryByRole("region", { name: "Contact the study team" })).toBeNull();
  });

  test("a town the study has no site in is named once, with one full stop after it", async () => {
    renderPage("NCT06791122", "?near=Nowhere%20St.");
    // (The code that finds a town among the sites loads for such a near: "Finding…" meanwhile.)
    expect(await screen.findByText(/^No site of this study is in Nowhere St\. Try a US ZIP code/)).toBeTruthy();
  });

  test("a town typed into the form sorts the sites and is written to ?near=", async () => {
    const user = userEvent.setup();
    const { container, path } = renderPage("NCT02513394");
    const form = screen.getByRole("form", { name: "Sort sites by distance" });
    await user.type(within(form).getByRole("textbox", { name: /Sort sites by distance from/ }), "Boston, MA");
    await user.click(within(form).getByRole("button", { name: "Sort" }));
    expect(path()).toBe("/study/NCT02513394?near=Boston%2C+MA");
    expect(await screen.findByRole("region", { name: "Closest to Boston, MA" })).toBeTruthy();
    expect(locationsOf("NCT02513394")[siteOrder(container)[0] ?? -1]?.city).toBe("Boston");
  });
});
