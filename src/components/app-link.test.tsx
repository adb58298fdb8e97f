import { fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { Link } from "./app-link";

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.search}${location.hash} ${JSON.stringify(location.state)}`}</p>;
}

function renderAt(link: React.ReactNode, at = "/start") {
  return render(
    <MemoryRouter initialEntries={[at]}>
      {link}
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe("Link", () => {
  it("is a plain link with the router's address, and a click goes there in the app", () => {
    renderAt(<Link to="/study/NCT01234567#prescreen" className="x">Study</Link>);
    const link = screen.getByRole("link", { name: "Study" });
    expect(link.getAttribute("href")).toBe("/study/NCT01234567#prescreen");
    expect(link.className).toBe("x");
    fireEvent.click(link);
    expect(screen.getByTestId("where").textContent).toBe("/study/NCT01234567#prescreen null");
  });

  it("passes state along", () => {
    renderAt(<Link to="/search?q=asthma" state={{ from: "card" }}>Search</Link>);
    fireEvent.click(screen.getByRole("link", { name: "Search" }));
    expect(screen.getByTestId("where").textContent).toBe('/search?q=asthma {"from":"card"}');
  });

  it("leaves a modified click (new tab, new window) to the browser", () => {
    renderAt(<Link to="/saved">Saved</Link>);
    const link = screen.getByRole("link", { name: "Saved" });
    for (const modifier of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
      expect(fireEvent.click(link, modifier)).toBe(true); // not prevented: the browser follows the href
    }
    expect(screen.getByTestId("where").textContent).toBe("/start null");
  });

  it("runs the caller's onClick first, which may keep the app from following the link", () => {
    const onClick = vi.fn((event: React.MouseEvent) => event.preventDefault());
    renderAt(<Link to="/saved" onClick={onClick}>Saved</Link>);
    fireEvent.click(screen.getByRole("link", { name: "Saved" }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId("where").textContent).toBe("/start null");
  });
});
