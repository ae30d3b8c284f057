/** Cell and paragraph shading: ours set over the user's, found again and put back. */
import type { DocxPackage } from "../docx";
import { cellKey } from "../reader";
import { XDocument, XElement, elementChildren, wAttr, wChild } from "../xml";
import type { ShadingEntry } from "./undoRecord";
import { enclosing, insertInOrder, wEl } from "./wordml";

/** Set our shading on a properties element; returns the shading it replaced. */
export function shade(doc: XDocument, props: XElement, order: string[], fill: string): XElement | null {
  const old = wChild(props, "shd");
  // A shading this pass already set (two marks on one cell) is not the user's.
  const previous = old && !(old as unknown as { silkform?: boolean }).silkform ? (old.cloneNode(true) as XElement) : null;
  const shd = wEl(doc, "shd", { val: "clear", color: "auto", fill });
  (shd as unknown as { silkform?: boolean }).silkform = true;
  if (old) props.replaceChild(shd, old);
  else insertInOrder(props, shd, order);
  return previous;
}

export type Locate = (index: number, textHash: string) => XElement | null;

export function locateShading(pkg: DocxPackage, s: ShadingEntry, locate: Locate, anchorStart: XElement | null): XElement | null {
  const isOurs = (props: XElement | null) => {
    const shd = props ? wChild(props, "shd") : null;
    return shd !== null && (wAttr(shd, "fill") ?? "").toUpperCase() === s.fill;
  };
  if (s.kind === "cell") {
    const candidates: (XElement | null | undefined)[] = [
      s.cell ? pkg.index.cells.get(cellKey(s.cell)) : null,
      enclosing(locate(s.paragraph, s.textHash), "tc"),
      enclosing(anchorStart, "tc"),
    ];
    for (const tc of candidates) if (tc && isOurs(wChild(tc, "tcPr"))) return wChild(tc, "tcPr");
    return null;
  }
  const candidates = [locate(s.paragraph, s.textHash), pkg.index.paragraphs[s.paragraph]?.el ?? null, enclosing(anchorStart, "p")];
  for (const p of candidates) if (p && isOurs(wChild(p, "pPr"))) return wChild(p, "pPr");
  return null;
}

export function restoreShading(props: XElement, s: ShadingEntry): void {
  const shd = wChild(props, "shd");
  // Two marks on one cell share one shading: only the first entry to get there restores it.
  if (!shd || (wAttr(shd, "fill") ?? "").toUpperCase() !== s.fill) return;
  if (s.previous) props.replaceChild(props.ownerDocument.importNode(s.previous, true), shd);
  else props.removeChild(shd);
  // Marking may have created the properties element; an empty one says nothing and goes.
  if (elementChildren(props).length === 0) props.parentNode?.removeChild(props);
}
