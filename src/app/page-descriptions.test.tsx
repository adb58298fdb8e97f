import { afterEach, describe, expect, test } from "vitest";
import { cleanup, screen, waitFor } from "@testing-library/react";
import { renderRoute } from "../testing/render-route";

// Every page a link can land on describes itself for link previews and search engines (one description,
// in words), not only the start and study pages (Lighthouse's SEO audit found none on the others).
const descriptions = () => [...document.head.querySelectorAll('meta[name="description"]')].map((meta) => meta.getAttribute("content") ?? "");

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe("page descriptions", () => {
  test.each([
    ["/", "Find clinical trials on ClinicalTrials.gov"],
    ["/search?cond=asthma", "Search: asthma. Clinical trials from ClinicalTrials.gov"],
    ["/saved", "The clinical trials you saved"],
    ["/kiosk", "Find a clinical trial on ClinicalTrials.gov"],
  ])("%s has one", async (path, start) => {
    renderRoute(path);
    await screen.findByRole("heading", { level: 1 });
    await waitFor(() => expect(descriptions()).toHaveLength(1));
    expect(descriptions()[0]).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  });
});
