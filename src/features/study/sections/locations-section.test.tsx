import { describe, expect, test } from "vitest";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Location, Study } from "../../../api/types";
import { Providers } from "../../../app/providers";
import { corpus, requireCorpus } from "../../../testing/server";
import { locationsSection } from "./locations-section";

requireCorpus();
const study = (id: string): Study => corpus.byId(id) ?? {};
const locationsOf = (id: string): Location[] => study(id).protocolSection?.contactsLocationsModule?.locations ?? [];
const available = (...ids: string[]) => ids.every((id) => corpus.byId(id));

// Role queries walk the whole accessibility tree, which is slow over 437 sites in jsdom, so controls
// are looked up inside the filter form and the live count by its aria-live attribute.
function renderSection(id: string) {
  const record = study(id);
  const started = performance.now();
  const view = render(
    <Providers>
      <locationsSection.Component study={record} />
    </Providers>,
  );
  const ms = performance.now() - started;
  let formElement: HTMLElement | undefined;
  const form = () => (formElement ??= screen.getByRole("form", { name: "Filter sites" }));
  return {
    ...view,
    ms,
    sites: () => view.container.querySelectorAll("[data-site]"),
    live: () => view.container.querySelector('[aria-live="polite"]')?.textContent,
    control: (name: string) => within(form()).getByRole<HTMLSelectElement>("combobox", { name }),
    queryControl: (name: string) => within(form()).queryByRole("combobox", { name }),
  };
}
const countOf = (n: number, total: number) => `Showing ${n} of ${total} sites`;

describe.skipIf(!available("NCT02513394", "NCT06620835", "NCT05989841", "NCT01213277", "NCT03798535"))("locations section", () => {
  test("spec: id, title, and no section for a study without locations", () => {
    expect(locationsSection).toMatchObject({ id: "locations", title: "Where the study runs" });
    expect(locationsSection.has(study("NCT01213277"))).toBe(false);
    expect(locationsSection.has(study("NCT02513394"))).toBe(true);
  });

  test("437 sites: counted, listed in steps of 20, filterable by country and state over all of them", async () => {
    const user = userEvent.setup();
    const locations = locationsOf("NCT02513394");
    const { sites, ms, container, live, control } = renderSection("NCT02513394");
    console.info(`locations section, NCT02513394 (${locations.length} sites): first render ${ms.toFixed(0)} ms in jsdom`);
    const countries = new Set(locations.map((l) => l.country)).size;
    expect(screen.getByText(`${locations.length} sites in ${countries} countries`)).toBeTruthy();
    // The first step: 20 sites, in the list's order (countries alphabetically), their groups open.
    expect(sites()).toHaveLength(20);
    expect(live()).toBe(`Showing 20 of ${locations.length} sites`);
    const australia = locations.filter((l) => l.country === "Australia").length; // 21: the first group, cut short
    expect(container.querySelectorAll("details")).toHaveLength(1);
    expect(container.querySelector("details h3")?.textContent).toBe(`Australia, ${australia} sites, 20 shown`);
    expect(container.querySelectorAll("details:not([open])")).toHaveLength(0);

    const state = control("State or region");
    expect(state.disabled).toBe(true);
    const t0 = performance.now();
    // The filters work over every site, not only the 20 listed.
    await user.selectOptions(control("Country"), "United States");
    const us = locations.filter((l) => l.country === "United States");
    expect(live()).toBe(`Showing 20 of ${us.length} matching sites (${locations.length} in all)`);
    console.info(`  choosing a country: ${(performance.now() - t0).toFixed(0)} ms`);
    expect(sites()).toHaveLength(20);
    expect(container.querySelector("details h3")?.textContent).toBe(`United States, ${us.length} sites, 20 shown`);
    // The state list now holds only the states of the United States.
    expect(state.disabled).toBe(false);
    expect(state.options).toHaveLength(1 + new Set(us.map((l) => l.state)).size);
    await user.selectOptions(state, "California");
    const california = us.filter((l) => l.state === "California").length;
    expect(live()).toBe(`Showing 20 of ${california} matching sites (${locations.length} in all)`);
    await user.click(screen.getByRole("button", { name: `Show ${california - 20} more sites` }));
    expect(live()).toBe(countOf(california, locations.length));
    expect(sites()).toHaveLength(california);
    expect(screen.queryByRole("button", { name: /^Show .* more/ })).toBeNull();
    // Choosing another country clears the state, and the list starts again at the first step.
    await user.selectOptions(control("Country"), "Spain");
    expect(state.value).toBe("");
    expect(sites()).toHaveLength(20);
    expect(live()).toBe(`Showing 20 of ${locations.filter((l) => l.country === "Spain").length} matching sites (${locations.length} in all)`);
  });

  test("Show more adds 20 sites and moves focus to the first of them; Show all lists every site", async () => {
    const user = userEvent.setup();
    const locations = locationsOf("NCT02513394");
    const { sites, live } = renderSection("NCT02513394");
    await user.click(screen.getByRole("button", { name: "Show 20 more sites" }));
    expect(sites()).toHaveLength(40);
    expect(live()).toBe(`Showing 40 of ${locations.length} sites`);
    expect(document.activeElement).toBe(sites()[20]);
    await user.click(screen.getByRole("button", { name: `Show all ${locations.length} sites` }));
    expect(sites()).toHaveLength(locations.length);
    expect(live()).toBe(`Showing all ${locations.length} sites`);
    expect(document.activeElement).toBe(sites()[40]);
    // Every site of the record is in the list now, once each.
    expect(new Set([...sites()].map((el) => Number(el.getAttribute("data-site"))))).toEqual(new Set(locations.map((_, i) => i)));
    expect(screen.queryByRole("button", { name: /^Show (all|\d+ more)/ })).toBeNull();
    expect(screen.getAllByText("Site status not stated")).toHaveLength(locations.length);
  });

  test("printing lists every site, and the list returns to its step afterwards", () => {
    const locations = locationsOf("NCT02513394");
    const { sites, live } = renderSection("NCT02513394");
    expect(sites()).toHaveLength(20);
    act(() => {
      window.dispatchEvent(new Event("beforeprint"));
    });
    expect(sites()).toHaveLength(locations.length);
    expect(live()).toBe(`Showing all ${locations.length} sites`);
    act(() => {
      window.dispatchEvent(new Event("afterprint"));
    });
    expect(sites()).toHaveLength(20);
  });

  test("text search, then Clear filters brings every site back", async () => {
    const user = userEvent.setup();
    const locations = locationsOf("NCT02513394");
    const { sites, live, container } = renderSection("NCT02513394");
    const search = screen.getByLabelText("Search sites");
    await user.type(search, "boston");
    const boston = locations.filter((l) => `${l.facility} ${l.city}`.toLowerCase().includes("boston")).length;
    await waitFor(() => expect(live()).toBe(countOf(boston, locations.length)));
    expect(sites()).toHaveLength(boston);
    await user.type(search, "zz");
    await waitFor(() => expect(live()).toMatch(/No site matches these filters/));
    expect(sites()).toHaveLength(0);
    await user.click(screen.getByText("Clear filters"));
    await waitFor(() => expect(live()).toBe(`Showing 20 of ${locations.length} sites`));
    expect(sites()).toHaveLength(20);
    expect(container.textContent).toContain(`Show all ${locations.length} sites`);
    expect(document.activeElement).toBe(search);
  });

  test("site status in words, and a status filter when sites differ (NCT06620835)", async () => {
    const user = userEvent.setup();
    const locations = locationsOf("NCT06620835");
    const { sites, container, control, queryControl } = renderSection("NCT06620835");
    // A single country: no country select, and its group is open.
    expect(queryControl("Country")).toBeNull();
    expect(container.querySelectorAll("details[open]")).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: `Show ${locations.length - 20} more sites` }));
    const recruiting = locations.filter((l) => l.status === "RECRUITING").length;
    expect(screen.getAllByText("Recruiting")).toHaveLength(recruiting);
    const status = control("Site status");
    expect([...status.options].map((o) => o.textContent)).toEqual([
      "Any status",
      `Recruiting (${recruiting})`,
      `Not yet recruiting (${locations.filter((l) => l.status === "NOT_YET_RECRUITING").length})`,
      `Withdrawn (${locations.filter((l) => l.status === "WITHDRAWN").length})`,
    ]);
    await user.selectOptions(status, "WITHDRAWN");
    expect(sites()).toHaveLength(locations.filter((l) => l.status === "WITHDRAWN").length);
  });

  test("studies without any site status offer no status select", () => {
    const { queryControl } = renderSection("NCT03798535");
    expect(queryControl("Site status")).toBeNull();
    expect(queryControl("Country")).not.toBeNull();
  });

  test("a few sites: a plain list with contacts as links (NCT05989841)", () => {
    const locations = locationsOf("NCT05989841");
    expect(locations.length).toBeLessThan(10);
    const { sites } = renderSection("NCT05989841");
    expect(sites()).toHaveLength(locations.length);
    expect(screen.queryByRole("form", { name: "Filter sites" })).toBeNull();
    expect(screen.getByText(locations.length === 1 ? "1 site in United States" : `${locations.length} sites in United States`)).toBeTruthy();
    const first = locations[0]!;
    const contact = first.contacts![0]!;
    const card = sites()[0] as HTMLElement;
    expect(within(card).getByText(first.facility!)).toBeTruthy();
    expect(card.textContent).toContain(`${first.city}, ${first.state} ${first.zip}, ${first.country}`);
    const phone = within(card).getByRole("link", { name: new RegExp(`Phone: .*ext\\. ${contact.phoneExt}`) });
    expect(phone.getAttribute("href")).toBe(`tel:${contact.phone!.replace(/\D/g, "")};ext=${contact.phoneExt}`);
    expect(within(card).getByRole("link", { name: `Email: ${contact.email}` }).getAttribute("href")).toBe(`mailto:${contact.email}`);
    expect(card.textContent).toContain(`${contact.name}, Contact`);
  });
});
