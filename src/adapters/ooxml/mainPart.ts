import { SilkformError } from "../../errors";
import { resolveTarget } from "./partNames";
import { XDocument, XElement } from "./xml";

/**
 * Finding the main document part as Word does: the package relationship of
 * type officeDocument names it, whatever it is called (Word Online writes
 * word/document22.xml), and [Content_Types].xml says what it is. "Not a Word
 * document" is said only when the content types say so.
 */

export const CONTENT_TYPES = "[Content_Types].xml";
const TRANSITIONAL_OFFICE_DOCUMENT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

const OOXML = "application/vnd.openxmlformats-officedocument";
export const DOCX_MAIN_TYPE = `${OOXML}.wordprocessingml.document.main+xml`;

/** Main part content types of the other Office files people rename to .docx, and what to tell them. */
const OTHER_MAIN_TYPES: Record<string, string> = {
  "application/vnd.ms-word.document.macroEnabled.main+xml":
    "这是启用宏的 Word 文档（.docm），改了扩展名也不是 .docx，Word 会拒绝打开。请在 Word 中打开原文件，“另存为”时选择“Word 文档（*.docx）”（宏会被去掉），再用另存的文件。",
  [`${OOXML}.wordprocessingml.template.main+xml`]:
    "这是 Word 模板（.dotx），不是 Word 文档。请在 Word 或 WPS 中打开它，“另存为”时选择“Word 文档（*.docx）”，再用另存的文件。",
  "application/vnd.ms-word.template.macroEnabledTemplate.main+xml":
    "这是启用宏的 Word 模板（.dotm），不是 Word 文档。请在 Word 中打开它，“另存为”时选择“Word 文档（*.docx）”，再用另存的文件。",
  [`${OOXML}.spreadsheetml.sheet.main+xml`]: "这是 Excel 工作簿（.xlsx），不是 Word 文档。请选择申报书的 Word 文件（.docx）。",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "这是启用宏的 Excel 工作簿（.xlsm），不是 Word 文档。请选择申报书的 Word 文件（.docx）。",
  [`${OOXML}.spreadsheetml.template.main+xml`]: "这是 Excel 模板（.xltx），不是 Word 文档。请选择申报书的 Word 文件（.docx）。",
  [`${OOXML}.presentationml.presentation.main+xml`]: "这是 PowerPoint 演示文稿（.pptx），不是 Word 文档。请选择申报书的 Word 文件（.docx）。",
  "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml":
    "这是启用宏的 PowerPoint 演示文稿（.pptm），不是 Word 文档。请选择申报书的 Word 文件（.docx）。",
  [`${OOXML}.presentationml.slideshow.main+xml`]: "这是 PowerPoint 放映文件（.ppsx），不是 Word 文档。请选择申报书的 Word 文件（.docx）。",
  [`${OOXML}.presentationml.template.main+xml`]: "这是 PowerPoint 模板（.potx），不是 Word 文档。请选择申报书的 Word 文件（.docx）。",
};

/** OpenDocument files carry no content types, only a "mimetype" entry. */
const OPEN_DOCUMENT: Record<string, string> = {
  "application/vnd.oasis.opendocument.text": "这是 OpenDocument 文本（.odt），不是 .docx。请在 WPS 或 LibreOffice 中打开它，“另存为” Word 文档（.docx）后再试。",
  "application/vnd.oasis.opendocument.spreadsheet": "这是 OpenDocument 表格（.ods），不是 Word 文档。请选择申报书的 Word 文件（.docx）。",
  "application/vnd.oasis.opendocument.presentation": "这是 OpenDocument 演示文稿（.odp），不是 Word 文档。请选择申报书的 Word 文件（.docx）。",
};

export interface PackageReader {
  /** Names of every entry in the zip. */
  names: string[];
  /** A part parsed (BOMs dealt with, Strict namespaces already mapped to Transitional), or null when absent. */
  dom(name: string): Promise<XDocument | null>;
  /** A small text entry as it is (OpenDocument's mimetype). */
  raw(name: string): Promise<string | null>;
}

function elements(doc: XDocument, localName: string): XElement[] {
  const list = doc.getElementsByTagName("*");
  const out: XElement[] = [];
  for (let i = 0; i < list.length; i++) if ((list[i] as XElement).localName === localName) out.push(list[i] as XElement);
  return out;
}

/** Part names in a package compare without regard to ASCII case (OPC). */
export function entryName(names: readonly string[], name: string): string | null {
  if (names.includes(name)) return name;
  const lower = name.toLowerCase();
  return names.find((n) => n.toLowerCase() === lower) ?? null;
}

/** The zip entry of the main document part; refuses what is not a .docx, saying what it is. */
export async function findMainPart(pkg: PackageReader): Promise<string> {
  const typesName = entryName(pkg.names, CONTENT_TYPES);
  if (!typesName) {
    const mimetype = entryName(pkg.names, "mimetype");
    const kind = mimetype ? ((await pkg.raw(mimetype)) ?? "").trim() : "";
    // text-web and text-master are text documents too.
    const odf = Object.entries(OPEN_DOCUMENT).find(([type]) => kind.startsWith(type))?.[1];
    if (odf) throw new SilkformError("notDocx", `无法打开：${odf}`);
    throw new SilkformError(
      "corruptPackage",
      "文件已损坏：缺少内容类型清单（[Content_Types].xml），Word 也打不开它。请找回原始文件，或在 Word/WPS 中修复后另存为 .docx 再试。",
    );
  }
  const types = (await pkg.dom(typesName))!;
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const o of elements(types, "Override")) overrides.set(resolveTarget("", o.getAttribute("PartName") ?? "").toLowerCase(), o.getAttribute("ContentType") ?? "");
  for (const d of elements(types, "Default")) defaults.set((d.getAttribute("Extension") ?? "").toLowerCase(), d.getAttribute("ContentType") ?? "");
  const typeOf = (part: string) => overrides.get(part.toLowerCase()) ?? defaults.get(part.slice(part.lastIndexOf(".") + 1).toLowerCase());

  let main: string | null = null;
  const relsName = entryName(pkg.names, "_rels/.rels");
  const rels = relsName ? await pkg.dom(relsName) : null;
  for (const r of rels ? elements(rels, "Relationship") : []) {
    const type = r.getAttribute("Type");
    if (type === TRANSITIONAL_OFFICE_DOCUMENT_REL && (r.getAttribute("TargetMode") ?? "Internal") === "Internal") {
      main = resolveTarget("", r.getAttribute("Target") ?? "");
      break;
    }
  }
  if (!main) {
    // No officeDocument relationship: a part the content types call a main part is still one.
    const known = [DOCX_MAIN_TYPE, ...Object.keys(OTHER_MAIN_TYPES)];
    const declared = [...overrides].find(([, t]) => known.includes(t));
    if (!declared) throw new SilkformError("notDocx", "无法打开：这个文件不是 Word 文档（.docx），其中没有 Word 正文。");
    main = declared[0];
  }

  const type = typeOf(main);
  if (type !== undefined && OTHER_MAIN_TYPES[type]) throw new SilkformError("notDocx", `无法打开：${OTHER_MAIN_TYPES[type]}`);
  const stored = entryName(pkg.names, main);
  if (!stored) {
    throw new SilkformError("corruptPackage", `文件已损坏：文件中没有 Word 正文（${main}），无法读取。请找回原始文件，或在 Word/WPS 中打开后另存为 .docx 再试。`);
  }
  if (type !== DOCX_MAIN_TYPE) {
    throw new SilkformError(
      type === undefined ? "corruptPackage" : "notDocx",
      type === undefined
        ? `文件已损坏：内容类型清单没有说明正文（${main}）是什么，Word 也打不开它。请在 Word/WPS 中修复后另存为 .docx 再试。`
        : `无法打开：这个文件不是 Word 文档（.docx），它的正文类型是 ${type}。`,
    );
  }
  return stored;
}
