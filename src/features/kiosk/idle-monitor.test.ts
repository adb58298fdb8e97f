import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { startIdleMonitor, type IdleState } from "./idle-monitor";

function start(idleMs = 120_000, warningMs = 30_000) {
  const changes: IdleState[] = [];
  const onExpire = vi.fn();
  const monitor = startIdleMonitor({ idleMs, warningMs, onChange: (s) => changes.push(s), onExpire });
  return { monitor, changes, onExpire };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("idle monitor", () => {
  test("warns after the idle time, counts every second down, and expires at zero", () => {
    const { monitor, changes, onExpire } = start();
    vi.advanceTimersByTime(119_999);
    expect(changes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(monitor.state()).toEqual({ warning: true, secondsLeft: 30 });
    vi.advanceTimersByTime(1_000);
    expect(monitor.state()).toEqual({ warning: true, secondsLeft: 29 });
    vi.advanceTimersByTime(28_999);
    expect(monitor.state()).toEqual({ warning: true, secondsLeft: 1 });
    expect(onExpire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(changes.map((s) => (s.warning ? s.secondsLeft : "end"))).toEqual([
      ...Array.from({ length: 30 }, (_, i) => 30 - i),
      "end",
    ]);
  });

  test("input restarts the idle time; passive input (scrolling) too while active", () => {
    const { monitor, onExpire } = start();
    vi.advanceTimersByTime(100_000);
    monitor.input();
    vi.advanceTimersByTime(100_000);
    expect(monitor.state().warning).toBe(false);
    monitor.input("passive");
    vi.advanceTimersByTime(119_000);
    expect(monitor.state().warning).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(monitor.state().warning).toBe(true);
    expect(onExpire).not.toHaveBeenCalled();
  });

  test("deliberate input ends the warning and gives a full idle time again; passive input does not", () => {
    const { monitor, changes, onExpire } = start();
    vi.advanceTimersByTime(125_000);
    expect(monitor.state()).toEqual({ warning: true, secondsLeft: 25 });
    monitor.input("passive");
    expect(monitor.state().warning).toBe(true);
    monitor.input();
    expect(monitor.state()).toEqual({ warning: false });
    expect(changes.at(-1)).toEqual({ warning: false });
    vi.advanceTimersByTime(119_999);
    expect(monitor.state().warning).toBe(false);
    vi.advanceTimersByTime(1);
    expect(monitor.state()).toEqual({ warning: true, secondsLeft: 30 });
    expect(onExpire).not.toHaveBeenCalled();
  });

  test("asleep after expiring (or sleep()) until someone uses the screen", () => {
    const { monitor, onExpire } = start(10_000, 20_000);
    vi.advanceTimersByTime(30_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(600_000);
    monitor.input("passive"); // the page scrolling itself wakes nothing
    vi.advanceTimersByTime(600_000);
    expect(monitor.state().warning).toBe(false);
    expect(onExpire).toHaveBeenCalledTimes(1);
    monitor.input();
    vi.advanceTimersByTime(10_000);
    expect(monitor.state().warning).toBe(true);
    monitor.sleep();
    expect(monitor.state().warning).toBe(false);
    vi.advanceTimersByTime(600_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  test("stop() cancels the clock", () => {
    const { monitor, onExpire } = start(10_000, 20_000);
    monitor.stop();
    vi.advanceTimersByTime(600_000);
    expect(onExpire).not.toHaveBeenCalled();
  });
});
