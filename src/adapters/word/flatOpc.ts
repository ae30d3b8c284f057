import { SilkformError } from "../../errors";
import { parseXml, serializeXml, W_NS, wChild, XDocument, XElement } from "../ooxml/xml";

/**
 * Word's `getOoxml()` returns a "flat OPC" package: one `pkg:package` XML
 * with every part inline (`pkg:part` / `pkg:xmlData`). The adapter reads
 * the main document part's w:body with the same reader the CLI uses, and
 * writes tables back through `insertOoxml` in the same format.
 */

export const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";
const MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

export interface FlatPackage {
  dom: XDocument;
  /** The pkg:part holding the main document. */
  mainPart: XElement;
  /** w:document inside it. */
  document: XElement;
  body: XElement;
}

function firstElement(el: XElement): XElement | null {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) return n as XElement;
  return null;
}

export function parseFlatOpc(xml: string): FlatPackage {
  return locateMain(parseXml(xml, "getOoxml()"));
}

function locateMain(dom: XDocument): FlatPackage {
  const parts = dom.getElementsByTagNameNS(PKG_NS, "part");
  let mainPart: XElement | null = null;
  for (let i = 0; i < parts.length && !mainPart; i++) {
    const p = parts[i] as XElement;
    const type = p.getAttributeNS(PKG_NS, "contentType") || p.getAttribute("pkg:contentType") || "";
    const name = p.getAttributeNS(PKG_NS, "name") || p.getAttribute("pkg:name") || "";
    if (type === MAIN_TYPE || name === "/word/document.xml") mainPart = p;
  }
  const data = mainPart ? firstElement(mainPart) : null;
  const document = data ? firstElement(data) : null;
  const body = document && document.namespaceURI === W_NS ? wChild(document, "body") : null;
  if (!mainPart || !document || !body) {
    throw new SilkformError("corruptXml", "无法读取文档：Word 返回的文档内容中没有正文部分（w:body）。请保存文档后重新打开再试。");
  }
  return { dom, mainPart, document, body };
}

/**
 * A package holding the given blocks as its whole body, with the styles,
 * numbering and relationships of the package Word gave us, so style ids
 * and r:ids inside the blocks still resolve. Built as text around the
 * serialized blocks: copying a large document's DOM to empty its body
 * would cost more than the rest of a fill.
 */
export function packageWithBlocks(source: FlatPackage, blocks: XElement[]): string {
  const body = source.body;
  const saved: Node[] = [];
  while (body.firstChild) saved.push(body.removeChild(body.firstChild));
  let shell: string;
  try {
    // Drop the section properties too: inserting a w:sectPr would add a section break.
    body.appendChild(source.dom.createComment(BODY_SLOT));
    shell = serializeXml(source.dom);
  } finally {
    while (body.firstChild) body.removeChild(body.firstChild);
    for (const n of saved) body.appendChild(n);
  }
  const content = blocks.map((b) => serializeXml(b)).join("");
  return shell.replace(`<!--${BODY_SLOT}-->`, () => content);
}

const BODY_SLOT = "silkform:body";
