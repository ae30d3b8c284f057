import { useLayoutEffect, useRef } from "react";

export interface AutoGrowLimits {
  minRows?: number;
  /** Past this many rows (or 45% of the window, whichever is less) the box scrolls inside itself. */
  maxRows?: number;
}

/**
 * A textarea that grows with its text, so a short answer is read without an
 * inner scrollbar. A long narrative would grow past the window and push its
 * 字 counter out of sight, so it stops at `maxRows` and scrolls inside.
 */
export function useAutoGrow<T extends HTMLTextAreaElement>(text: string, { minRows = 2, maxRows }: AutoGrowLimits = {}) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = "auto";
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
    const min = lineHeight * minRows;
    const max = maxRows === undefined ? Infinity : Math.max(min, Math.min(lineHeight * maxRows, window.innerHeight * 0.45));
    const wanted = Math.max(el.scrollHeight + 2, min);
    el.style.height = `${Math.min(wanted, max)}px`;
    el.style.overflowY = wanted > max ? "auto" : "hidden";
  }, [text, minRows, maxRows]);
  return ref;
}
