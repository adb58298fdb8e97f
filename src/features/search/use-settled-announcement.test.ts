import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { ANNOUNCE_AFTER_TYPING_MS, useSettledAnnouncement } from "./use-settled-announcement";

type Props = { settled: string | undefined; typingKey: string | undefined };
const render = (initial: Props) => renderHook(({ settled, typingKey }: Props) => useSettledAnnouncement(settled, typingKey), { initialProps: initial });
const advance = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

describe("useSettledAnnouncement", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  test("a settled result that did not come from typing is said at once; loading says nothing new", () => {
    const { result, rerender } = render({ settled: "12 studies found.", typingKey: undefined });
    advance(0);
    expect(result.current).toBe("12 studies found.");
    rerender({ settled: undefined, typingKey: undefined });
    advance(5_000);
    expect(result.current).toBe("12 studies found.");
  });

  test("while typing, only the result after a pause is said, timed from the last keystroke", () => {
    const { result, rerender } = render({ settled: "12 studies found.", typingKey: undefined });
    advance(0);
    for (const [i, key] of ["b", "br", "bre", "brest"].entries()) {
      rerender({ settled: undefined, typingKey: key });
      advance(200);
      rerender({ settled: i % 2 ? "No studies match this search." : "3 studies found.", typingKey: key });
      advance(400);
    }
    expect(result.current).toBe("12 studies found.");
    advance(ANNOUNCE_AFTER_TYPING_MS - 600 - 1);
    expect(result.current).toBe("12 studies found.");
    advance(1);
    expect(result.current).toBe("No studies match this search.");
  });
});
