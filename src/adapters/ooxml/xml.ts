import { SilkformError } from "../../errors";
import { partLabel } from "./partNames";
import { Prune, XmlSyntaxError, parsePrunedXml, parseXmlDocument } from "./xmlParse";
import { serializeDocumentUtf8, serializeNode } from "./xmlSerialize";
import type { XDoc, XNode } from "./xmlDom";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml";

// The nodes are xmlDom's (the DOM subset the adapters use, chosen by measurement: docs/performance.md),
// seen through lib.dom's types so the code reads as ordinary DOM code.
export type XElement = Element;
export type XDocument = Document;

export function parseXml(xml: string, partName: string): XDocument {
  return refusingDamage(partName, () => parseXmlDocument(xml) as unknown as XDocument);
}

/**
 * A part checked as strictly as parseXml checks it, built without what `prune` leaves out: for reading
 * alone (never written back). `noted`: whether something `prune.note` names was left out.
 */
export function parseXmlPruned(xml: string, partName: string, prune: Prune): { doc: XDocument; noted: boolean } {
  return refusingDamage(partName, () => {
    const { doc, noted } = parsePrunedXml(xml, prune);
    return { doc: doc as unknown as XDocument, noted };
  });
}

function refusingDamage<T>(partName: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (!(e instanceof XmlSyntaxError)) throw e;
    throw new SilkformError(
      "corruptXml",
      `文件已损坏：${partLabel(partName)}不是完整有效的 XML，无法读取（文件可能未下载完整，或被其他软件改坏）。请找回原始文件，或在 Word/WPS 中打开后另存为 .docx 再试。`,
      [e.message],
    );
  }
}

/** A whole part (prolog kept as read), or one element with the namespace declarations it needs to stand alone. */
export function serializeXml(node: XDocument | XElement): string {
  return serializeNode(node as unknown as XNode);
}

const UTF8 = new TextEncoder();

/** serializeXml(doc) as UTF-8 bytes, made without holding the whole text at once (a large part's cheapest way out). */
export function serializeXmlUtf8(doc: XDocument): Uint8Array {
  return serializeDocumentUtf8(doc as unknown as XDoc, UTF8);
}

/** Local name of a WordprocessingML element ("p" for w:p), or "" for other namespaces. */
export function wName(node: Node): string {
  return node.nodeType === 1 && (node as XElement).namespaceURI === W_NS ? (node as XElement).localName : "";
}

export function elementChildren(el: XElement): XElement[] {
  const out: XElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XElement);
  return out;
}

export function wChild(el: XElement, name: string): XElement | null {
  for (let n = el.firstChild; n; n = n.nextSibling) if (wName(n) === name) return n as XElement;
  return null;
}

export function wAttr(el: XElement, name: string): string | null {
  const v = el.getAttributeNS(W_NS, name);
  return v === "" && !el.hasAttributeNS(W_NS, name) ? null : v;
}

export function createW(doc: XDocument, name: string): XElement {
  return doc.createElementNS(W_NS, `w:${name}`);
}
