import { useEffect, useState, type RefObject } from "react";

/**
 * True once the element comes within `margin` of the viewport, and from then on. Lets a heavy part
 * (a map) load as the reader approaches it rather than with the page. Without IntersectionObserver
 * (jsdom, very old browsers) it stays false, and the part offers a button instead.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = "400px 0px"): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const target = ref.current;
    if (near || !target || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: margin });
    observer.observe(target);
    return () => observer.disconnect();
  }, [ref, margin, near]);
  return near;
}
