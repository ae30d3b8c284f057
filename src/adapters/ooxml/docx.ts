import JSZip from "jszip";
import type { DocModel } from "../../document/model";
import { SilkformError } from "../../errors";
import { readBody, XmlIndex } from "./reader";
import { XDocument, XElement, parseXml, serializeXml, wChild } from "./xml";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * An opened .docx: the zip, the main document part as DOM, and the neutral
 * model read from it. Parts that are not changed are written back exactly as
 * they were read.
 */
export class DocxPackage {
  model!: DocModel;
  index!: XmlIndex;
  private dirtyParts = new Set<string>();
  private readonly doms = new Map<string, XDocument>();

  private constructor(
    readonly zip: JSZip,
    readonly mainPart: string,
    readonly document: XDocument,
  ) {
    this.doms.set(mainPart, document);
    this.reindex();
  }

  static async open(bytes: Uint8Array): Promise<DocxPackage> {
    if (bytes.length >= 4 && OLE_MAGIC.every((b, i) => bytes[i] === b)) {
      throw new SilkformError(
        "notDocx",
        "这是旧版 Word 97-2003 格式（.doc）或加密的文件，请在 Word 或 WPS 中“另存为” .docx 后再试。",
      );
    }
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (e) {
      throw new SilkformError(
        "notZip",
        "无法打开：这不是有效的 .docx 文件（文件可能已损坏、未下载完整，或是其他格式）。",
        [String(e)],
      );
    }
    const mainPart = await findMainPart(zip);
    const file = zip.file(mainPart);
    if (!file) {
      throw new SilkformError("notDocx", "无法打开：文件中没有 Word 正文（word/document.xml），它不是 Word 文档。");
    }
    let xml: string;
    try {
      xml = await file.async("string");
    } catch (e) {
      throw new SilkformError("notZip", "无法打开：.docx 压缩包已损坏，正文无法解压。", [String(e)]);
    }
    const document = parseXml(xml, mainPart);
    const body = wChild(document.documentElement as unknown as XElement, "body");
    if (!body) throw new SilkformError("notDocx", "无法打开：Word 正文缺少 body 部分，文件可能已损坏。");
    return new DocxPackage(zip, mainPart, document);
  }

  get body(): XElement {
    return wChild(this.document.documentElement as unknown as XElement, "body") as XElement;
  }

  /** Re-read the model after the XML changed (indices shift when rows are added). */
  reindex(): void {
    const { model, index } = readBody(this.body);
    this.model = model;
    this.index = index;
  }

  markDirty(part: string = this.mainPart): void {
    this.dirtyParts.add(part);
  }

  /**
   * The main part's stored bytes were put back (clearing marks restores the
   * original): make the live DOM match them and leave the part clean, so
   * save() writes the stored bytes themselves, not a re-serialisation.
   */
  restoreMainPart(text: string): void {
    const fresh = parseXml(text, this.mainPart);
    const doc = this.document;
    doc.replaceChild(doc.importNode(fresh.documentElement!, true), doc.documentElement!);
    // Restoring the bytes went through setPartText, which dropped the cached DOM: this DOM is the part again.
    this.doms.set(this.mainPart, doc);
    this.dirtyParts.delete(this.mainPart);
  }

  async partDom(name: string): Promise<XDocument | null> {
    const cached = this.doms.get(name);
    if (cached) return cached;
    const file = this.zip.file(name);
    if (!file) return null;
    const dom = parseXml(await file.async("string"), name);
    this.doms.set(name, dom);
    return dom;
  }

  setPartDom(name: string, dom: XDocument): void {
    this.doms.set(name, dom);
    this.dirtyParts.add(name);
  }

  async partText(name: string): Promise<string | null> {
    const file = this.zip.file(name);
    return file ? file.async("string") : null;
  }

  setPartText(name: string, text: string): void {
    this.doms.delete(name);
    this.dirtyParts.delete(name);
    // No folder entries for new parts: Word's own packages list only their parts.
    this.zip.file(name, text, { createFolders: false });
  }

  removePart(name: string): void {
    this.doms.delete(name);
    this.dirtyParts.delete(name);
    this.zip.remove(name);
  }

  async save(): Promise<Uint8Array> {
    for (const part of this.dirtyParts) {
      const dom = this.doms.get(part);
      if (dom) this.zip.file(part, serializeXml(dom), { createFolders: false });
    }
    this.dirtyParts.clear();
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
}

async function findMainPart(zip: JSZip): Promise<string> {
  const rels = zip.file("_rels/.rels");
  if (rels) {
    try {
      const dom = parseXml(await rels.async("string"), "_rels/.rels");
      const list = dom.getElementsByTagName("Relationship");
      for (let i = 0; i < list.length; i++) {
        const r = list[i];
        if ((r.getAttribute("Type") ?? "").endsWith("/officeDocument")) {
          return (r.getAttribute("Target") ?? "word/document.xml").replace(/^\//, "");
        }
      }
    } catch {
      // A broken .rels still leaves the conventional location worth trying.
    }
  }
  return "word/document.xml";
}
