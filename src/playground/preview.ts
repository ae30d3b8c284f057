import { renderAsync } from "docx-preview";
import { DocxPackage } from "../adapters/ooxml/docx";
import { createW, W_NS, wChild } from "../adapters/ooxml/xml";

export const paragraphAnchor = (index: number) => `sfp${index}`;

/**
 * Render the document as it would print. The preview is made from a copy
 * with a bookmark at the start of every paragraph (docx-preview renders a
 * bookmark as an element with that id), so a finding's paragraph number is
 * a place the preview can scroll to. The user's document never gets them.
 */
export async function renderPreview(bytes: Uint8Array, container: HTMLElement): Promise<void> {
  const copy = await DocxPackage.open(bytes);
  copy.index.paragraphs.forEach(({ el }, i) => {
    const mark = createW(el.ownerDocument, "bookmarkStart");
    mark.setAttributeNS(W_NS, "w:id", String(900000 + i));
    mark.setAttributeNS(W_NS, "w:name", paragraphAnchor(i));
    const pPr = wChild(el, "pPr");
    el.insertBefore(mark, pPr ? pPr.nextSibling : el.firstChild);
  });
  copy.markDirty();
  const previewBytes = await copy.save();
  container.replaceChildren();
  await renderAsync(previewBytes, container, undefined, {
    className: "docx",
    inWrapper: true,
    breakPages: true,
    ignoreLastRenderedPageBreak: true,
    renderComments: true,
    renderFootnotes: true,
  });
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
