import { renderAsync } from "docx-preview";
import { ANCHOR_PREFIX, paragraphAnchor } from "./engine/previewBytes";

export { paragraphAnchor };

/**
 * Render the document as it would print, from the copy PlaygroundDocument.previewBytes makes
 * (a bookmark at the start of every paragraph, so a finding's paragraph number is a place
 * the preview can scroll to).
 */
export async function renderPreview(previewBytes: Uint8Array, container: HTMLElement): Promise<void> {
  // Rendered aside and swapped in whole: the old preview stays (and keeps its scroll) until the
  // new one is ready, and the same paragraph is brought back to the same height after.
  const fresh = container.ownerDocument.createElement("div");
  await renderAsync(previewBytes, fresh, undefined, {
    className: "docx",
    inWrapper: true,
    breakPages: true,
    ignoreLastRenderedPageBreak: true,
    renderComments: true,
    renderFootnotes: true,
  });
  for (const ref of fresh.querySelectorAll<HTMLElement>(".docx-comment-ref")) {
    // docx-preview marks a comment with an emoji, a box where no emoji font is installed.
    ref.textContent = COMMENT_MARK;
    ref.title = "批注";
  }
  const scroller = container.parentElement;
  const kept = scroller ? topParagraph(container, scroller) : null;
  container.replaceChildren(fresh);
  if (scroller && kept) restoreTop(container, scroller, kept);
}

/** A glyph every CJK font has (the reference mark), for comment anchors in the preview. */
export const COMMENT_MARK = "※";

interface TopParagraph {
  id: string;
  /** Its distance below the scroller's top edge. */
  offset: number;
  scrollTop: number;
}

/** The first paragraph anchor at or below the top of the visible preview. */
function topParagraph(container: HTMLElement, scroller: HTMLElement): TopParagraph | null {
  if (scroller.scrollTop === 0) return null;
  const top = scroller.getBoundingClientRect().top;
  for (const el of container.querySelectorAll<HTMLElement>(`[id^="${ANCHOR_PREFIX}"]`)) {
    const y = el.getBoundingClientRect().top - top;
    if (y >= 0) return { id: el.id, offset: y, scrollTop: scroller.scrollTop };
  }
  return { id: "", offset: 0, scrollTop: scroller.scrollTop };
}

function restoreTop(container: HTMLElement, scroller: HTMLElement, kept: TopParagraph): void {
  const el = kept.id ? container.querySelector<HTMLElement>(`[id="${kept.id}"]`) : null;
  if (!el) {
    scroller.scrollTop = kept.scrollTop;
    return;
  }
  scroller.scrollTop += el.getBoundingClientRect().top - scroller.getBoundingClientRect().top - kept.offset;
}

/** Scroll the preview to a paragraph and flash it, so the user sees where the finding is. */
export function scrollToParagraph(container: HTMLElement, index: number): boolean {
  const anchor = container.querySelector<HTMLElement>(`[id="${paragraphAnchor(index)}"]`);
  const target = anchor?.closest<HTMLElement>("p") ?? anchor;
  if (!target) return false;
  // Scroll the preview pane only (scrollIntoView would also scroll the page and hide the toolbar);
  // a paragraph taller than the pane shows from its top.
  const pane = container.parentElement ?? container;
  const rect = target.getBoundingClientRect();
  const view = pane.getBoundingClientRect();
  const offset = rect.height < pane.clientHeight ? (pane.clientHeight - rect.height) / 2 : 24;
  pane.scrollTop += rect.top - view.top - offset;
  target.classList.remove("sf-flash");
  void target.offsetWidth;
  target.classList.add("sf-flash");
  return true;
}
