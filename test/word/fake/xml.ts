import { DOMParser } from "@xmldom/xmldom";

/**
 * The test Word host's own XML layer: @xmldom/xmldom, not the product's
 * parser, DOM and serializer (src/adapters/ooxml/xml*.ts), so a bug there
 * shows up as a disagreement between the fake and the .docx path instead of
 * being shared by both. Nodes are seen through lib.dom's types.
 */

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml";
export const XML_NS = "http://www.w3.org/XML/1998/namespace";
export const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";

export type XElement = Element;

export function parseXml(xml: string, what: string): Document {
  try {
    // No line/column bookkeeping: nothing here reports positions, and it doubles the parse time.
    return new DOMParser({ locator: false }).parseFromString(xml, "text/xml") as unknown as Document;
  } catch (e) {
    throw new Error(`fake Word: ${what} is not well-formed XML (${(e as Error).message})`);
  }
}

/**
 * Markup of a node as Word would write it. Every element the fake creates is
 * a w: element under a root that declares w:, so names and xmlns attributes
 * are written as they are (xmldom's XMLSerializer re-derives namespace scope
 * at every node and takes seconds on a large form).
 */
export function serializeXml(node: Node): string {
  let out = "";
  const write = (n: Node) => {
    switch (n.nodeType) {
      case 1: {
        const el = n as Element;
        out += "<" + el.tagName;
        const attrs = el.attributes;
        for (let i = 0; i < attrs.length; i++) out += " " + attrs[i].name + '="' + escapeAttr(attrs[i].value) + '"';
        if (!el.firstChild) {
          out += "/>";
          break;
        }
        out += ">";
        for (let c: Node | null = el.firstChild; c; c = c.nextSibling) write(c);
        out += "</" + el.tagName + ">";
        break;
      }
      case 3:
        out += escapeText((n as Text).data);
        break;
      case 4:
        out += "<![CDATA[" + (n as CDATASection).data + "]]>";
        break;
      case 7:
        out += "<?" + (n as ProcessingInstruction).target + " " + (n as ProcessingInstruction).data + "?>";
        break;
      case 8:
        out += "<!--" + (n as Comment).data + "-->";
        break;
      case 9:
        for (let c: Node | null = n.firstChild; c; c = c.nextSibling) write(c);
        break;
    }
  };
  write(node);
  return out;
}

const escapeText = (s: string) => (/[&<>]/.test(s) ? s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : s);
const escapeAttr = (s: string) =>
  /[&<"\t\n\r]/.test(s)
    ? s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;")
    : s;

/** Local name of a WordprocessingML element ("p" for w:p), or "" for anything else. */
export function wName(node: Node): string {
  return node.nodeType === 1 && (node as Element).namespaceURI === W_NS ? (node as Element).localName : "";
}

export function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

export function wChild(el: Element, name: string): Element | null {
  for (let n = el.firstChild; n; n = n.nextSibling) if (wName(n) === name) return n as Element;
  return null;
}

export function wAttr(el: Element, name: string): string | null {
  return el.hasAttributeNS(W_NS, name) ? el.getAttributeNS(W_NS, name) : null;
}

export function createW(doc: Document, name: string): Element {
  return doc.createElementNS(W_NS, `w:${name}`);
}

/** The w:`name` child of `el`, made (first, or last) when there is none. */
export function wChildMade(el: Element, name: string, where: "first" | "last"): Element {
  const found = wChild(el, name);
  if (found) return found;
  const made = createW(el.ownerDocument, name);
  el.insertBefore(made, where === "first" ? el.firstChild : null);
  return made;
}

/** Every w:`name` below `el`, in document order. */
export function wDescendants(el: Element, name: string): Element[] {
  const out: Element[] = [];
  const visit = (e: Element) => {
    for (const c of elementChildren(e)) {
      if (wName(c) === name) out.push(c);
      visit(c);
    }
  };
  visit(el);
  return out;
}
