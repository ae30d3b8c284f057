import JSZip from "jszip";
import type { DocModel } from "../../document/model";
import { SilkformError } from "../../errors";
import { entryName, findMainPart } from "./mainPart";
import { partLabel } from "./partNames";
import { decodePart } from "./partText";
import { hasRevisions, READ_PRUNE, readBody, readModel, XmlIndex } from "./reader";
import { STRICT_OFFICE_DOCUMENT_REL, STRICT_W_NS, strictToTransitional, transitionalToStrict } from "./strict";
import { XDocument, XElement, parseXml, parseXmlPruned, serializeXml, serializeXmlUtf8, wChild } from "./xml";
import { zipCodec } from "./zipCodec";
import { checkZipLimits, inflatedTooFar, ZIP_LIMITS } from "./zipLimits";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** Text formats saved with a .docx name (web systems export "Word" files as HTML or RTF). */
function notAZip(bytes: Uint8Array): string | null {
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (head.startsWith("{\\rtf")) return "这是 RTF 格式的文档，不是 .docx。请在 Word 或 WPS 中打开它，“另存为” Word 文档（.docx）后再试。";
  if (/^(<!doctype html|<html|<\?xml[^>]*>\s*<html)/.test(head) || head.startsWith("mime-version:")) {
    return "这是网页（HTML/MHT）格式的文件，只是扩展名为 .docx。请在 Word 或 WPS 中打开它，“另存为” Word 文档（.docx）后再试。";
  }
  return null;
}

/**
 * An opened .docx: the zip, the main document part as DOM, and the neutral
 * model read from it. Parts that are not changed are written back exactly as
 * they were read.
 */
export class DocxPackage {
  /** The model and its index into the XML, read when first asked for after a change. */
  private indexed: { model: DocModel; index: XmlIndex } | null = null;
  private dirtyParts = new Set<string>();
  private readonly doms = new Map<string, XDocument>();
  /**
   * Opened for reading: the main part parsed without what the model does not read (READ_PRUNE), and its
   * text, parsed whole only when something asks for the DOM (to write, to mark). Null once it is.
   */
  private main: XDocument | null = null;
  private reading: { text: string; body: XElement; noted: boolean; model: DocModel | null } | null = null;

  private constructor(
    readonly zip: JSZip,
    readonly mainPart: string,
    main: XDocument | { text: string; body: XElement; noted: boolean },
    /** Strict Open XML: parts are read as Transitional and every part written goes back as Strict. */
    readonly strict: boolean = false,
  ) {
    if ("text" in main) this.reading = { ...main, model: null };
    else this.setMain(main);
  }

  private setMain(doc: XDocument): void {
    this.main = doc;
    this.doms.set(this.mainPart, doc);
  }

  /**
   * `forReading`: the caller means to read (check, extract, locate), so the main part is first parsed
   * only as far as the model needs, checked as strictly; the whole DOM is parsed if something then asks
   * for it. A package opened to be written is parsed whole at once, which costs less than both.
   */
  static async open(bytes: Uint8Array, opts: { forReading?: boolean } = {}): Promise<DocxPackage> {
    if (bytes.length >= 4 && OLE_MAGIC.every((b, i) => bytes[i] === b)) {
      throw new SilkformError(
        "notDocx",
        "这是旧版 Word 97-2003 格式（.doc）或加密的文件，请在 Word 或 WPS 中“另存为” .docx 后再试。",
      );
    }
    const other = notAZip(bytes);
    if (other) throw new SilkformError("notDocx", `无法打开：${other}`);
    checkZipLimits(bytes);
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
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    const relsName = entryName(names, "_rels/.rels");
    const relsText = relsName ? await readPart(zip, relsName) : null;
    // The package's own officeDocument relationship says which flavour it is.
    let strict = relsText?.includes(STRICT_OFFICE_DOCUMENT_REL) ?? false;
    const mainPart = await findMainPart({
      names,
      dom: async (name) => {
        const text = await readPart(zip, name);
        return text === null ? null : parseXml(strict ? strictToTransitional(text) : text, name);
      },
      raw: (name) => zip.file(name)!.async("string"),
    });
    const xml = (await readPart(zip, mainPart))!;
    // Without package relationships, the main part's own namespace tells.
    strict ||= new RegExp(`=\\s*["']${STRICT_W_NS}["']`).test(xml);
    const text = strict ? strictToTransitional(xml) : xml;
    const pruned = opts.forReading ? parseXmlPruned(text, mainPart, READ_PRUNE) : null;
    const document = pruned ? pruned.doc : parseXml(text, mainPart);
    const body = wChild(document.documentElement as unknown as XElement, "body");
    if (!body) throw new SilkformError("notDocx", "无法打开：Word 正文缺少 body 部分，文件可能已损坏。");
    return new DocxPackage(zip, mainPart, pruned ? { text, body, noted: pruned.noted } : document, strict);
  }

  /** The main part's DOM, parsed whole when first asked for if the package was opened for reading. */
  get document(): XDocument {
    if (this.main) return this.main;
    this.setMain(parseXml(this.reading!.text, this.mainPart));
    // The model read from the pruned body equals the one read from this DOM, but its index would point into the pruned one.
    this.reading = null;
    this.indexed = null;
    return this.main!;
  }

  get body(): XElement {
    return wChild(this.document.documentElement as unknown as XElement, "body") as XElement;
  }

  get model(): DocModel {
    if (this.reading && !this.indexed) return (this.reading.model ??= readModel(this.reading.body));
    return (this.indexed ??= readBody(this.body)).model;
  }

  /** Tracked changes nobody has accepted or rejected (read without parsing the whole part if it was opened for reading). */
  hasRevisions(): boolean {
    return this.reading ? hasRevisions(this.reading.body, this.reading.noted) : hasRevisions(this.body);
  }

  get index(): XmlIndex {
    return (this.indexed ??= readBody(this.body)).index;
  }

  /**
   * The XML changed (indices shift when rows are added): the model is read
   * again when next asked for. A fill that is saved straight away never
   * reads the 4.6 MB body a second time.
   */
  reindex(): void {
    this.indexed = null;
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
    if (name === this.mainPart && this.reading) return this.document;
    const cached = this.doms.get(name);
    if (cached) return cached;
    const file = this.zip.file(name);
    if (!file) return null;
    const dom = parseXml((await this.partText(name))!, name);
    this.doms.set(name, dom);
    return dom;
  }

  setPartDom(name: string, dom: XDocument): void {
    this.doms.set(name, dom);
    this.dirtyParts.add(name);
  }

  /** A part's text as Unicode, declared UTF-8, and in Transitional namespaces whatever the file's flavour. */
  async partText(name: string): Promise<string | null> {
    const text = await readPart(this.zip, name);
    return text !== null && this.strict ? strictToTransitional(text) : text;
  }

  /** Store a part's text (Transitional, as partText gives it); it is written in the file's own flavour. */
  setPartText(name: string, text: string): void {
    this.doms.delete(name);
    this.dirtyParts.delete(name);
    // No folder entries for new parts: Word's own packages list only their parts.
    this.zip.file(name, this.storedForm(text), { createFolders: false });
  }

  /** Text as partText gives it, turned into what is stored: the file's own flavour. */
  storedForm(text: string): string {
    return this.strict ? transitionalToStrict(text) : text;
  }

  removePart(name: string): void {
    this.doms.delete(name);
    this.dirtyParts.delete(name);
    this.zip.remove(name);
  }

  async save(): Promise<Uint8Array> {
    for (const part of this.dirtyParts) {
      const dom = this.doms.get(part);
      if (!dom) continue;
      // Encoded here by the platform: jszip's own UTF-8 encoder is JavaScript, several times slower on a large part.
      const bytes = this.strict ? UTF8.encode(this.storedForm(serializeXml(dom))) : serializeXmlUtf8(dom);
      if (!zipCodec()?.write(this.zip, part, bytes)) this.zip.file(part, bytes, { createFolders: false });
    }
    this.dirtyParts.clear();
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
}

const UTF8 = new TextEncoder();

const corruptPart = (name: string, e: unknown) => new SilkformError("notZip", `无法打开：.docx 压缩包已损坏，${partLabel(name)}无法解压。`, [String(e)]);

/**
 * A part's bytes inflated and decoded. The inflation stops as soon as the
 * part outgrows any real document's, whatever the zip declared for it.
 */
async function readPart(zip: JSZip, name: string): Promise<string | null> {
  const file = zip.file(name);
  if (!file) return null;
  let fast: Uint8Array | "tooLarge" | null;
  try {
    fast = zipCodec()?.read(file, ZIP_LIMITS.xmlPartBytes) ?? null;
  } catch (e) {
    throw corruptPart(name, e);
  }
  if (fast === "tooLarge") throw inflatedTooFar(name);
  if (fast) return decodePart(fast);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const stream = (file as unknown as { internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array> }).internalStream("uint8array");
      stream
        .on("data", (chunk) => {
          size += chunk.length;
          if (size > ZIP_LIMITS.xmlPartBytes) {
            stream.pause();
            reject(inflatedTooFar(name));
          } else chunks.push(chunk);
        })
        .on("error", reject)
        .on("end", resolve)
        .resume();
    });
  } catch (e) {
    if (e instanceof SilkformError) throw e;
    throw corruptPart(name, e);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return decodePart(bytes);
}
