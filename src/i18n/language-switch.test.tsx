import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderRoute } from "../testing/render-route";

afterEach(() => localStorage.clear());

const nav = () => within(screen.getByRole("navigation", { name: /^(Main|Principal)$/ }));

describe("choosing the language", () => {
  it("switches to Spanish and back from the header, keeping the address, remembering it, and keeping focus on the switch", async () => {
    const view = renderRoute("/saved");
    await view.user.click(await screen.findByRole("link", { name: "Español" }));
    await waitFor(() => expect(document.documentElement.lang).toBe("es"));
    await waitFor(() => expect(view.location().search).toBe("?lang=es"));
    expect(view.location().pathname).toBe("/saved");
    expect(nav().getByRole("link", { name: "Buscar" })).toBeTruthy();
    expect(document.activeElement?.textContent).toContain("Español");
    expect(document.activeElement?.getAttribute("aria-current")).toBe("true");
    expect(localStorage.getItem("trial-finder:lang")).toBe("es");

    await view.user.click(screen.getByRole("link", { name: "English" }));
    await waitFor(() => expect(document.documentElement.lang).toBe("en"));
    await waitFor(() => expect(view.location().search).toBe(""));
    expect(nav().getByRole("link", { name: "Search" })).toBeTruthy();
    expect(document.activeElement?.textContent).toContain("English");
    expect(localStorage.getItem("trial-finder:lang")).toBe("en");
  });

  it("opens a shared ?lang=es link in Spanish, and in-app links carry the language on", async () => {
    const view = renderRoute("/saved?lang=es");
    await waitFor(() => expect(document.documentElement.lang).toBe("es"));
    const search = await nav().findByRole("link", { name: "Buscar" });
    expect(search?.getAttribute("href")).toBe("/search?lang=es");
    await view.user.click(search);
    await waitFor(() => expect(view.location().pathname).toBe("/search"));
    expect(view.location().search).toBe("?lang=es");
  });

  it("adds the language to an address reached without it (Back to a page read in English before)", async () => {
    const view = renderRoute("/saved?lang=es", ["/list?ids=NCT02513394"]);
    await waitFor(() => expect(document.documentElement.lang).toBe("es"));
    view.go(-1);
    await waitFor(() => expect(view.location().pathname).toBe("/list"));
    await waitFor(() => expect(view.location().search).toBe("?ids=NCT02513394&lang=es"));
    expect(document.documentElement.lang).toBe("es");
  });

  it("says once per page that study information is in English", async () => {
    renderRoute("/saved?lang=es");
    expect(await screen.findByText("La información del estudio viene del registro en inglés.")).toBeTruthy();
  });
});
