import { useRef } from "react";
import { describe, expect, test } from "vitest";
import { act, render, screen } from "@testing-library/react";
import { Providers } from "../../app/providers";
import { usePrintExpand, usePrinting } from "./use-print-expand";

function Article() {
  const ref = useRef<HTMLElement>(null);
  usePrintExpand(ref);
  const printing = usePrinting();
  return (
    <>
      <article ref={ref}>
        <details data-testid="closed">
          <summary>Closed part</summary>
          <p>Hidden on screen</p>
        </details>
        <details data-testid="open" open>
          <summary>Open part</summary>
        </details>
        {/* Content shown on demand: rendered for print, and its <details> opened as well. */}
        {printing && (
          <details data-testid="on-demand">
            <summary>All 437 sites</summary>
          </details>
        )}
      </article>
      <details data-testid="outside">
        <summary>Not part of the record</summary>
      </details>
    </>
  );
}

const isOpen = (testId: string) => (screen.getByTestId(testId) as HTMLDetailsElement).open;
const fire = (type: "beforeprint" | "afterprint") => act(() => void window.dispatchEvent(new Event(type)));

describe("print expansion", () => {
  test("opens every closed <details> in the record for printing, and restores them afterwards", () => {
    render(
      <Providers>
        <Article />
      </Providers>,
    );
    expect(isOpen("closed")).toBe(false);
    fire("beforeprint");
    expect(isOpen("closed")).toBe(true);
    expect(isOpen("open")).toBe(true);
    expect(isOpen("outside")).toBe(false);
    fire("afterprint");
    expect(isOpen("closed")).toBe(false);
    expect(isOpen("open")).toBe(true); // it was open before printing: left alone
  });

  test("content shown on demand renders before printing starts, and its <details> open too", () => {
    render(<Article />);
    expect(screen.queryByTestId("on-demand")).toBeNull();
    fire("beforeprint");
    expect(isOpen("on-demand")).toBe(true);
    fire("afterprint");
    expect(screen.queryByTestId("on-demand")).toBeNull();
  });

  test("stops listening when the page goes away", () => {
    const { unmount } = render(<Article />);
    const closed = screen.getByTestId("closed") as HTMLDetailsElement;
    unmount();
    fire("beforeprint");
    expect(closed.open).toBe(false);
    fire("afterprint");
  });
});
