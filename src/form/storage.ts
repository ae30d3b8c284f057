import { FORM_DATA_NS } from "../document/formData";
import { SilkformError } from "../errors";
import { FormData, parseFormData } from "./schema";

/**
 * How the task pane's data is kept inside a document: a custom XML part of
 * our own namespace holding the form-data JSON and a schema version. One
 * format for Word (Office.js customXmlParts) and the .docx adapter.
 */
export { FORM_DATA_NS };
export const FORM_DATA_VERSION = 1;
/** Word on the web refuses custom XML parts above 1 MB (officejs-facts.md §4). */
export const FORM_DATA_MAX_BYTES = 1024 * 1024;

export function formDataToXml(data: FormData): string {
  const json = JSON.stringify({ ...data, schemaVersion: FORM_DATA_VERSION });
  // "]]>" cannot appear inside CDATA; split it across two sections.
  const cdata = json.replace(/]]>/g, "]]]]><![CDATA[>");
  const xml = `<?xml version="1.0" encoding="UTF-8"?><formData xmlns="${FORM_DATA_NS}" schemaVersion="${FORM_DATA_VERSION}"><![CDATA[${cdata}]]></formData>`;
  if (new TextEncoder().encode(xml).length > FORM_DATA_MAX_BYTES) {
    throw new SilkformError("formDataTooLarge", "申报数据超过 1 MB，无法保存在文档中（网页版 Word 的限制）。请删减叙述文字或导出为 JSON 文件保存。");
  }
  return xml;
}

/** The saved data, or null when the part is not ours or its content is unreadable (never throws on a user's file). */
export function formDataFromXml(xml: string): FormData | null {
  if (!xml.includes(FORM_DATA_NS)) return null;
  const parts = [...xml.matchAll(/<!\[CDATA\[([\s\S]*?)]]>/g)].map((m) => m[1]);
  if (parts.length === 0) return null;
  try {
    const r = parseFormData(JSON.parse(parts.join("")));
    return r.data;
  } catch {
    return null;
  }
}
