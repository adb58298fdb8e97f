import { useEffect, useEffectEvent, useRef, useState } from "react";
import { startIdleMonitor, type IdleMonitor, type IdleState } from "./idle-monitor";

// Signs of a person. `scroll` is passive (see InputKind); capture, so inputs inside elements that stop
// propagation still count.
const EVENTS = ["pointerdown", "pointermove", "keydown", "touchstart", "wheel", "click", "scroll"] as const;

/**
 * The idle clock, wired to the window's input events. While the warning shows, a touch or a press of
 * the pointer only counts once it ends in a click: closing the dialog under a finger that is still
 * down would let the tap land on the page behind it.
 */
export function useIdle(options: { idleSeconds: number; warningSeconds: number; onExpire: () => void }) {
  const { idleSeconds, warningSeconds } = options;
  const [state, setState] = useState<IdleState>({ warning: false });
  const monitor = useRef<IdleMonitor>(undefined);
  const expire = useEffectEvent(options.onExpire);

  useEffect(() => {
    const m = startIdleMonitor({
      idleMs: idleSeconds * 1000,
      warningMs: warningSeconds * 1000,
      onChange: setState,
      onExpire: () => expire(),
    });
    monitor.current = m;
    let pointer = "";
    const onInput = (event: Event) => {
      if (event.type === "pointermove" && event instanceof PointerEvent) {
        // Browsers send moves without motion when the page changes under a still pointer.
        const at = `${event.screenX},${event.screenY}`;
        if (at === pointer) return;
        pointer = at;
      }
      const warning = m.state().warning;
      const pressed = event instanceof PointerEvent && event.buttons !== 0;
      if (warning && (event.type === "pointerdown" || event.type === "touchstart" || pressed)) return;
      m.input(event.type === "scroll" ? "passive" : "deliberate");
    };
    for (const type of EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      m.stop();
      for (const type of EVENTS) window.removeEventListener(type, onInput, { capture: true });
    };
  }, [idleSeconds, warningSeconds]);

  return {
    state,
    stillHere: () => monitor.current?.input(),
    sleep: () => monitor.current?.sleep(),
  };
}
