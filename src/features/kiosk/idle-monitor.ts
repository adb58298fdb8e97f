// The idle clock of a kiosk, without React or the DOM: `input()` on every sign of a person, and it
// calls `onChange` when the warning starts, counts down a second, or ends, and `onExpire` at zero.
// Timestamps, not a timer per input: pointer moves arrive 60 times a second.

export type IdleState = { warning: false } | { warning: true; secondsLeft: number };

/**
 * Deliberate input (a key, a tap, a click, the wheel) always counts. `passive` (scrolling) only keeps
 * an active session going: a scroll the page makes itself (scroll restoration after a reset, content
 * growing) must not wake a reset kiosk or answer the warning for the person who left.
 */
export type InputKind = "deliberate" | "passive";

export type IdleMonitor = {
  input: (kind?: InputKind) => void;
  state: () => IdleState;
  /** After a reset: no clock until someone uses the screen again (an empty start page has nothing to forget). */
  sleep: () => void;
  stop: () => void;
};

export function startIdleMonitor(options: {
  idleMs: number;
  warningMs: number;
  onChange: (state: IdleState) => void;
  onExpire: () => void;
}): IdleMonitor {
  const { idleMs, warningMs, onChange, onExpire } = options;
  let phase: "active" | "warning" | "asleep" = "active";
  let lastInput = Date.now();
  let deadline = 0;
  let secondsLeft = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = (ms: number, then: () => void) => {
    clearTimeout(timer);
    timer = setTimeout(then, Math.max(0, ms));
  };

  const checkIdle = () => {
    const idleFor = Date.now() - lastInput;
    if (idleFor < idleMs) return schedule(idleMs - idleFor, checkIdle);
    phase = "warning";
    deadline = Date.now() + warningMs;
    tick();
  };

  const tick = () => {
    const left = deadline - Date.now();
    if (left <= 0) {
      phase = "asleep";
      clearTimeout(timer);
      onChange({ warning: false });
      onExpire();
      return;
    }
    const seconds = Math.ceil(left / 1000);
    if (seconds !== secondsLeft) {
      secondsLeft = seconds;
      onChange({ warning: true, secondsLeft });
    }
    // Wake at the next whole second of the countdown.
    schedule(left - (seconds - 1) * 1000, tick);
  };

  const wake = () => {
    phase = "active";
    secondsLeft = 0;
    schedule(idleMs, checkIdle);
  };

  schedule(idleMs, checkIdle);

  return {
    input(kind = "deliberate") {
      if (phase !== "active" && kind === "passive") return;
      lastInput = Date.now();
      if (phase === "active") return; // the scheduled check sees lastInput
      const wasWarning = phase === "warning";
      wake();
      if (wasWarning) onChange({ warning: false });
    },
    state: () => (phase === "warning" ? { warning: true, secondsLeft } : { warning: false }),
    sleep() {
      const wasWarning = phase === "warning";
      phase = "asleep";
      clearTimeout(timer);
      if (wasWarning) onChange({ warning: false });
    },
    stop: () => clearTimeout(timer),
  };
}
