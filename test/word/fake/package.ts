import JSZip from "jszip";
import { PKG_NS, W_NS, elementChildren, parseXml, serializeXml, wChild } from "./xml";

/**
 * The .docx the test Word host opens and saves, through jszip and xmldom
 * only (not the product's DocxPackage): Word's side of the differential
 * tests must not share the .docx adapter's code.
 */
export class FakePackage {
  private constructor(
    private readonly zip: JSZip,
    readonly mainPart: string,
    readonly document: Document,
    readonly body: Element,
  ) {}

  static async open(bytes: Uint8Array): Promise<FakePackage> {
    const zip = await JSZip.loadAsync(bytes);
    const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
    // The package relationship of type …/officeDocument names the main part (Transitional only: Word converts Strict on open).
    const target = /<Relationship\b[^>]*Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/officeDocument"[^>]*>/.exec(rels);
    const named = target ? /Target="\/?([^"]+)"/.exec(target[0])?.[1] : undefined;
    const mainPart = named && zip.file(named) ? named : "word/document.xml";
    const xml = await zip.file(mainPart)?.async("string");
    if (xml === undefined) throw new Error(`fake Word: no main document part (${mainPart})`);
    const document = parseXml(xml, mainPart);
    const body = document.documentElement ? wChild(document.documentElement, "body") : null;
    if (!body) throw new Error("fake Word: the main part has no w:body in the Transitional namespace");
    return new FakePackage(zip, mainPart, document, body);
  }

  async partText(path: string): Promise<string | null> {
    return (await this.zip.file(path)?.async("string")) ?? null;
  }

  /** Names of every part, for Word's custom XML data-store items. */
  partNames(): string[] {
    return Object.keys(this.zip.files).filter((n) => !this.zip.files[n].dir);
  }

  documentXml(): string {
    return serializeXml(this.document);
  }

  /** The .docx with the main part as given (the host caches its markup between edits). */
  async save(documentXml = this.documentXml()): Promise<Uint8Array> {
    this.zip.file(this.mainPart, documentXml);
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }
}

/** The w:body of a flat OPC package (what insertOoxml is given): the part named /word/document.xml or of the main content type. */
export function flatOpcBody(xml: string): Element | null {
  const dom = parseXml(xml, "insertOoxml package");
  const root = dom.documentElement;
  const parts = root && root.namespaceURI === PKG_NS ? elementChildren(root).filter((e) => e.namespaceURI === PKG_NS && e.localName === "part") : [];
  const main = parts.find(
    (p) =>
      p.getAttributeNS(PKG_NS, "name") === "/word/document.xml" ||
      p.getAttributeNS(PKG_NS, "contentType") === "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  );
  const data = main ? elementChildren(main).find((e) => e.namespaceURI === PKG_NS && e.localName === "xmlData") : undefined;
  const document = data ? elementChildren(data)[0] : undefined;
  return document && document.namespaceURI === W_NS ? wChild(document, "body") : null;
}
