import { render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { AlsoTry, preloadAlsoTry } from "./also-try";

const renderIt = (search: Parameters<typeof AlsoTry>[0]["search"]) =>
  render(
    <MemoryRouter>
      <AlsoTry search={search} />
    </MemoryRouter>,
  );

describe("AlsoTry", () => {
  it("offers the medical term for everyday words once its table has loaded, as a link to that search", async () => {
    preloadAlsoTry({ cond: "heart attack" });
    renderIt({ cond: "heart attack", status: [] });
    const link = await screen.findByRole("link", { name: "myocardial infarction" });
    expect(link.getAttribute("href")).toBe("/search?cond=myocardial+infarction&status=all");
    expect(screen.getByText(/Also try the medical term/)).toBeTruthy();
  });

  it("says nothing for words the registry already uses, or for a search without words", async () => {
    // The table is here once a lay word finds its medical term.
    const lay = renderIt({ cond: "high blood pressure" });
    await screen.findByRole("link", { name: "hypertension" });
    lay.unmount();
    const { container } = renderIt({ cond: "hypertension" });
    expect(container.textContent).toBe("");
    const empty = renderIt({ phase: ["2"] });
    expect(empty.container.textContent).toBe("");
  });
});
