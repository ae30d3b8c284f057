/** Moving keyboard focus to the input a finding is about, once its section has opened. */
import { useEffect, type RefObject } from "react";
import { parentPath, pathSection } from "../../form/paths";

/** The focusable element for a path: the input itself, else the first input of a list, else a parent's. */
function findTarget(root: HTMLElement, path: string): HTMLElement | null {
  const all = Array.from(root.querySelectorAll<HTMLElement>("[data-field]"));
  const byPath = (p: string) => all.find((el) => el.dataset.field === p);
  const exact = byPath(path);
  if (exact) return exact;
  const child = all.find((el) => el.dataset.field!.startsWith(`${path}.`) || el.dataset.field!.startsWith(`${path}[`));
  if (child) return child;
  for (let p = path; ;) {
    const shorter = parentPath(p) ?? p;
    if (shorter === p) return null;
    p = shorter;
    const el = byPath(p);
    if (el) return el;
  }
}

function focusInside(el: HTMLElement) {
  const focusable = el.matches("input, textarea, button, select, [tabindex]")
    ? el
    : el.querySelector<HTMLElement>("input:checked, input:not([disabled]), textarea, button:not([disabled])");
  (focusable ?? el).focus({ preventScroll: true });
  el.scrollIntoView?.({ block: "center" });
  // Once the section has finished expanding the input may have moved: scroll again.
  setTimeout(() => el.isConnected && el.scrollIntoView?.({ block: "center" }), 350);
}

/**
 * Focus the input for `target.path` inside `root` each time `target` changes. The opened
 * section mounts its inputs a few frames later (the panel's expand motion), so it looks
 * until they are there.
 */
export function useFocusField(root: RefObject<HTMLElement>, target: { path: string; n: number } | null) {
  useEffect(() => {
    if (!target) return;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = () => {
      const el = root.current && findTarget(root.current, target.path);
      if (el) focusInside(el);
      else if (++tries < 40) timer = setTimeout(attempt, 25);
      else {
        // No input of its own (a signature, a seal): show its section at least.
        const section = pathSection(target.path);
        root.current?.querySelector<HTMLElement>(`[data-section="${section}"] button`)?.focus();
      }
    };
    attempt();
    return () => clearTimeout(timer);
  }, [root, target]);
}
