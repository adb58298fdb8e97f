import { useEffect, useState, type RefObject } from "react";

/**
 * True once the element comes within `margin` of the viewport, and from then on. Lets a heavy part
 * (a map, the markdown renderer) load as the reader approaches it rather than with the page. Without
 * IntersectionObserver (jsdom, very old browsers) it returns `unsupported`: a map then offers a button,
 * markdown loads at once.
 */
export function useNearViewport(
  ref: RefObject<Element | null>,
  { margin = "400px 0px", unsupported = false }: { margin?: string; unsupported?: boolean } = {},
): boolean {
  const [near, setNear] = useState(false);
  const supported = typeof IntersectionObserver !== "undefined";
  useEffect(() => {
    const target = ref.current;
    if (near || !target || !supported) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: margin });
    observer.observe(target);
    return () => observer.disconnect();
  }, [ref, margin, near, supported]);
  return supported ? near : unsupported;
}
