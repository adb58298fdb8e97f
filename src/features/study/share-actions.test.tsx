import { afterEach, describe, expect, test, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Providers } from "../../app/providers";
import { ShareActions } from "./share-actions";

const URL_ = "http://localhost/study/NCT02513394";
const TITLE = "Pembrolizumab trial";

function setNavigator(props: Partial<Record<"clipboard" | "share", unknown>>) {
  for (const [key, value] of Object.entries(props)) {
    Object.defineProperty(navigator, key, { value, configurable: true, writable: true });
  }
}

function renderShare() {
  const user = userEvent.setup(); // installs its own clipboard stub: set ours afterwards
  render(
    <Providers>
      <ShareActions title={TITLE} url={URL_} />
    </Providers>,
  );
  return user;
}

afterEach(() => {
  setNavigator({ share: undefined });
  vi.restoreAllMocks();
});

describe("share actions", () => {
  test("Copy link writes the link to the clipboard and says so politely", async () => {
    const user = renderShare();
    const writeText = vi.fn(() => Promise.resolve());
    setNavigator({ clipboard: { writeText } });
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("");
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(writeText).toHaveBeenCalledWith(URL_);
    expect(status.textContent).toBe("Link copied");
    expect(screen.queryByRole("textbox")).toBeNull();
  });

  test.each([
    ["the clipboard refuses", { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) }],
    ["there is no clipboard", undefined],
  ])("when %s, the link appears selected in a read-only field", async (_, clipboard) => {
    const user = renderShare();
    setNavigator({ clipboard });
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    const field = screen.getByRole<HTMLInputElement>("textbox", { name: "Link to this study" });
    expect(field.value).toBe(URL_);
    expect(field.readOnly).toBe(true);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, URL_.length]);
    expect(screen.getByRole("status").textContent).toBe("Copy the selected link below");
  });

  test("Share… appears only with the Web Share API", () => {
    renderShare();
    expect(screen.queryByRole("button", { name: "Share…" })).toBeNull();
  });

  test("Share… hands title and link to the system share sheet; closing it is not an error", async () => {
    const share = vi.fn(() => Promise.reject(new DOMException("cancelled", "AbortError")));
    setNavigator({ share });
    const user = renderShare();
    const writeText = vi.fn(() => Promise.resolve());
    setNavigator({ clipboard: { writeText } });
    await user.click(screen.getByRole("button", { name: "Share…" }));
    expect(share).toHaveBeenCalledWith({ title: TITLE, url: URL_ });
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole("status").textContent).toBe("");
  });

  test("if sharing fails, the link is copied instead", async () => {
    setNavigator({ share: vi.fn(() => Promise.reject(new DOMException("no", "NotAllowedError"))) });
    const user = renderShare();
    const writeText = vi.fn(() => Promise.resolve());
    setNavigator({ clipboard: { writeText } });
    await user.click(screen.getByRole("button", { name: "Share…" }));
    expect(writeText).toHaveBeenCalledWith(URL_);
    expect(screen.getByRole("status").textContent).toBe("Link copied");
  });

  test("Print opens the print dialog", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    const user = renderShare();
    await user.click(screen.getByRole("button", { name: "Print" }));
    expect(print).toHaveBeenCalledOnce();
  });

  test("every button has the shared target size and the group is left out of printouts", () => {
    setNavigator({ share: () => Promise.resolve() });
    const { container } = render(<ShareActions title={TITLE} url={URL_} />);
    const buttons = screen.getAllByRole("button");
    expect(buttons).toHaveLength(3);
    for (const button of buttons) expect(button.className).toContain("min-h-target");
    expect(container.firstElementChild?.className).toContain("print:hidden");
  });
});
