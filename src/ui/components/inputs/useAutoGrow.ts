import { useLayoutEffect, useRef } from "react";

/**
 * A textarea that grows with its text, so a 1000-字 answer is read without an
 * inner scrollbar; the pane itself scrolls. Re-measured whenever the text changes.
 */
export function useAutoGrow<T extends HTMLTextAreaElement>(text: string, minRows = 2) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = "auto";
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
    const min = lineHeight * minRows;
    el.style.height = `${Math.max(el.scrollHeight + 2, min)}px`;
  }, [text, minRows]);
  return ref;
}
