/** Small WordprocessingML helpers the marks share: a change-noticing hash, schema-ordered properties, w: elements. */
import type { Segment } from "../reader";
import { readParagraph } from "../reader";
import { W_NS, XDocument, XElement, createW, elementChildren, wChild, wName } from "../xml";

export const XML_NS = "http://www.w3.org/XML/1998/namespace";

// Child orders of CT_RPr, CT_PPr and CT_TcPr: Word rejects properties out of schema order.
export const RPR_ORDER = "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath rPrChange".split(" ");
export const PPR_ORDER = "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange".split(" ");
export const TCPR_ORDER = "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark headers cellIns cellDel cellMerge tcPrChange".split(" ");

/** cyrb53: a fast 53-bit string hash; it only has to notice that a part or paragraph changed. */
export function hash(s: string): string {
  let h1 = 0xdeadbeef ^ s.length;
  let h2 = 0x41c6ce57 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${s.length}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16)}`;
}

export function insertInOrder(parent: XElement, child: XElement, order: string[]): void {
  const rank = order.indexOf(wName(child));
  for (const n of elementChildren(parent)) {
    const r = order.indexOf(wName(n));
    // Elements of other namespaces (w14 extensions) come after every w: property.
    if (r === -1 || r > rank) {
      parent.insertBefore(child, n);
      return;
    }
  }
  parent.appendChild(child);
}

/** The properties element that must be an element's first child (w:rPr of w:r, w:pPr of w:p, w:tcPr of w:tc). */
export function ensureFirstChild(el: XElement, name: string): XElement {
  const have = wChild(el, name);
  if (have) return have;
  const made = createW(el.ownerDocument, name);
  el.insertBefore(made, el.firstChild);
  return made;
}

export function setText(t: XElement, text: string, preserve: boolean): void {
  while (t.firstChild) t.removeChild(t.firstChild);
  if (text) t.appendChild(t.ownerDocument.createTextNode(text));
  if (preserve || /^\s|\s$/.test(text)) t.setAttributeNS(XML_NS, "xml:space", "preserve");
}

export function nextElement(n: Node): XElement | null {
  for (let s = n.nextSibling; s; s = s.nextSibling) if (s.nodeType === 1) return s as XElement;
  return null;
}

/** The ancestor of `node` that is a direct child of paragraph `p` (markers go there, outside hyperlinks and content controls). */
export function topLevel(node: XElement, p: XElement): XElement {
  let n = node;
  while (n.parentNode && n.parentNode !== p) n = n.parentNode as XElement;
  return n;
}

export function descendants(root: XElement, localName: string): XElement[] {
  const list = root.getElementsByTagNameNS(W_NS, localName);
  const out: XElement[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i] as XElement);
  return out;
}

export function wEl(doc: XDocument, name: string, attrs: Record<string, string> = {}): XElement {
  const el = createW(doc, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttributeNS(W_NS, `w:${k}`, v);
  return el;
}

export function segmentsOf(p: XElement): { text: string; segments: Segment[] } {
  const { text, segments } = readParagraph(p);
  return { text, segments: segments.filter((s) => s.end > s.start) };
}


export function enclosing(el: XElement | null, name: string): XElement | null {
  for (let n = el?.parentNode ?? null; n; n = n.parentNode) if (wName(n) === name) return n as XElement;
  return null;
}
