import { useRef, useState } from "react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { act, render, screen, waitFor } from "@testing-library/react";
import { Providers } from "../../app/providers";
import { printWhenReady, usePrintExpand, usePrinting, usePrintPreparation, type PrintPreparation } from "./use-print-expand";

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

  test("a <details> that arrives while printing (fetched late) opens too, and closes afterwards", async () => {
    function Late() {
      const ref = useRef<HTMLElement>(null);
      const [here, setHere] = useState(false);
      usePrintExpand(ref);
      return (
        <>
          <button type="button" onClick={() => setHere(true)}>
            Arrive
          </button>
          <article ref={ref}>
            {here && (
              <details data-testid="late">
                <summary>Results</summary>
              </details>
            )}
          </article>
        </>
      );
    }
    render(<Late />);
    fire("beforeprint");
    act(() => screen.getByRole("button", { name: "Arrive" }).click());
    await waitFor(() => expect(isOpen("late")).toBe(true));
    fire("afterprint");
    expect(isOpen("late")).toBe(false);
  });
});

describe("printing once the page holds everything", () => {
  afterEach(() => vi.restoreAllMocks());

  function Preparing({ prepare }: { prepare: PrintPreparation }) {
    usePrintPreparation(prepare);
    return null;
  }

  test("the Print button's printWhenReady waits for a preparation still under way", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    let finish = () => {};
    const pending = new Promise<void>((resolve) => (finish = resolve));
    render(<Preparing prepare={() => pending} />);
    const done = printWhenReady();
    await Promise.resolve();
    expect(print).not.toHaveBeenCalled();
    finish();
    await done;
    expect(print).toHaveBeenCalledOnce();
  });

  test("with nothing to wait for it prints at once, and Ctrl+P is left to the browser", () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    render(<Preparing prepare={() => undefined} />);
    void printWhenReady();
    expect(print).toHaveBeenCalledOnce();
    const key = new KeyboardEvent("keydown", { key: "p", ctrlKey: true, cancelable: true });
    window.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(false);
  });

  test("Ctrl+P and Cmd+P wait for a preparation under way, then print", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    let finish = () => {};
    const pending = new Promise<void>((resolve) => (finish = resolve));
    render(<Preparing prepare={() => pending} />);
    for (const modifier of [{ ctrlKey: true }, { metaKey: true }]) {
      const key = new KeyboardEvent("keydown", { key: "P", ...modifier, cancelable: true });
      window.dispatchEvent(key);
      expect(key.defaultPrevented).toBe(true);
    }
    expect(print).not.toHaveBeenCalled();
    finish();
    await waitFor(() => expect(print).toHaveBeenCalledTimes(2));
  });
});
