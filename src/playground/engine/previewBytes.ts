import { DocxPackage } from "../../adapters/ooxml/docx";
import { createW, W_NS, wChild } from "../../adapters/ooxml/xml";

export const ANCHOR_PREFIX = "sfp";
export const paragraphAnchor = (index: number) => `${ANCHOR_PREFIX}${index}`;

/**
 * The copy of the document the preview is made from: a bookmark at the start of every
 * paragraph (docx-preview renders a bookmark as an element with that id), so a finding's
 * paragraph number is a place the preview can scroll to. The user's document never gets
 * them. Made by the engine (in the worker): for a large form it is a parse and a save.
 */
export async function withParagraphAnchors(bytes: Uint8Array): Promise<Uint8Array> {
  const copy = await DocxPackage.open(bytes);
  copy.index.paragraphs.forEach(({ el }, i) => {
    const mark = createW(el.ownerDocument, "bookmarkStart");
    mark.setAttributeNS(W_NS, "w:id", String(900000 + i));
    mark.setAttributeNS(W_NS, "w:name", paragraphAnchor(i));
    const pPr = wChild(el, "pPr");
    el.insertBefore(mark, pPr ? pPr.nextSibling : el.firstChild);
  });
  copy.markDirty();
  return copy.save();
}
