import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { render, waitFor } from "@testing-library/react";
import { Markdown } from "./markdown";

// The renderer gives up gracefully on any text (pathological.test.ts); should it still throw (a bug),
// the field shows as plain paragraphs instead of taking the section or the page down with it.
vi.mock("./to-safe-html", () => ({
  toSafeHtml: (text: string) => {
    if (text.includes("boom")) throw new Error("renderer bug");
    return `<p data-rendered="">${text}</p>`;
  },
}));
beforeEach(() => void vi.spyOn(console, "error").mockImplementation(() => {})); // React reports the caught error
afterEach(() => vi.restoreAllMocks());

test("a renderer that throws leaves the text as plain paragraphs", async () => {
  const { container } = render(<Markdown text={"**boom** first\n\nsecond"} />);
  await waitFor(() => expect(container.querySelector("[data-markdown-pending]")).toBeNull());
  expect([...container.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["**boom** first", "second"]);
  expect(container.querySelector("[data-rendered]")).toBeNull();
});

test("the next text gets the renderer again", async () => {
  const { container, rerender } = render(<Markdown text="**boom**" />);
  await waitFor(() => expect(container.querySelector("[data-markdown-pending]")).toBeNull());
  expect(container.querySelector("[data-rendered]")).toBeNull();
  rerender(<Markdown text="**fine**" />);
  expect(container.querySelector("[data-rendered]")?.textContent).toBe("**fine**");
});
