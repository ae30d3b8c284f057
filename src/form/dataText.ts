import { SilkformError } from "../errors";

/**
 * Form-data JSON as people really save it: UTF-8 (with or without a BOM),
 * UTF-16 from Notepad's "Unicode" choice, or GB18030/GBK from Notepad on
 * Chinese Windows ("ANSI"). The text is decoded by what its bytes are; the
 * encoding is named whenever it was not UTF-8, and text that no encoding
 * reads cleanly is refused rather than filled as mojibake.
 */

export type DataEncoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "GB18030";

export interface DecodedData {
  text: string;
  encoding: DataEncoding;
}

const strict = (label: string) => new TextDecoder(label, { fatal: true });

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return strict(label).decode(bytes);
  } catch {
    return null;
  }
}

/** Private-use or replacement characters: what a wrong guess at GB18030 produces, not what people type. */
const IMPLAUSIBLE = /[\uE000-\uF8FF\uFFFD]|[\u0080-\u009F]/;

export function decodeDataBytes(bytes: Uint8Array, fileName: string): DecodedData {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decodeOrRefuse("utf-8", bytes.subarray(3), "UTF-8", fileName), encoding: "UTF-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeOrRefuse("utf-16le", bytes.subarray(2), "UTF-16", fileName), encoding: "UTF-16LE" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeOrRefuse("utf-16be", bytes.subarray(2), "UTF-16", fileName), encoding: "UTF-16BE" };
  // UTF-16 without a BOM: JSON starts with ASCII, so every other byte is zero.
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return { text: decodeOrRefuse("utf-16le", bytes, "UTF-16", fileName), encoding: "UTF-16LE" };
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return { text: decodeOrRefuse("utf-16be", bytes, "UTF-16", fileName), encoding: "UTF-16BE" };
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== null) return { text: utf8, encoding: "UTF-8" };
  const gb = tryDecode("gb18030", bytes);
  if (gb !== null && !IMPLAUSIBLE.test(gb)) return { text: gb, encoding: "GB18030" };
  throw new SilkformError(
    "invalidJson",
    `数据文件“${fileName}”的编码无法识别：它既不是 UTF-8，也不是 GBK/GB18030 或 UTF-16。为免把乱码填进申报书，未读取。请用记事本打开后“另存为”，编码选“UTF-8”。`,
  );
}

function decodeOrRefuse(label: string, bytes: Uint8Array, name: string, fileName: string): string {
  const text = tryDecode(label, bytes);
  if (text === null) {
    throw new SilkformError("invalidJson", `数据文件“${fileName}”标明是 ${name} 编码，但其中有不符合 ${name} 的字节（文件可能已损坏）。为免填入乱码，未读取。请用记事本打开后“另存为”，编码选“UTF-8”。`);
  }
  return text;
}

/** The user-facing note when the data was not UTF-8. */
export function encodingNote(d: DecodedData, fileName: string): string | null {
  if (d.encoding === "UTF-8") return null;
  const name = d.encoding === "GB18030" ? "GBK/GB18030（中文 Windows 记事本的“ANSI”）" : "UTF-16（记事本的“Unicode”）";
  return `数据文件“${fileName}”不是 UTF-8 编码，已按 ${name} 编码读取。`;
}

/** JSON.parse with the place of a syntax error in lines and columns, and in Chinese. */
export function parseJsonText(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    let where = "";
    if (pos && Number(pos[1]) >= text.trimEnd().length) where = "文件末尾（内容不完整）";
    else if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split("\n").length;
      const column = before.length - before.lastIndexOf("\n");
      where = `第 ${line} 行第 ${column} 列附近`;
    } else if (/end of (JSON )?input/i.test(msg)) where = "文件末尾（内容不完整）";
    const hint = pos ? hintAt(text, Number(pos[1])) : text.trim() === "" ? "文件是空的" : "";
    throw new SilkformError(
      "invalidJson",
      `数据文件“${fileName}”不是有效的 JSON${where ? `：${where}有语法错误` : ""}。${hint ? `${hint}。` : ""}`,
      [msg],
    );
  }
}

/** The usual slip at the place the parser stopped, in words. */
function hintAt(text: string, at: number): string {
  const here = text[at] ?? "";
  const before = text.slice(0, at).trimEnd().slice(-1);
  if (/[“”‘’]/.test(here)) return "项名和文字两边要用英文双引号 \"，不能用中文引号“”";
  if (/[，：；]/.test(here)) return "项与项之间要用英文逗号 , 和英文冒号 :，不能用中文标点";
  if (before === "," && /[}\]]/.test(here)) return "最后一项后面不能有逗号";
  if (here === "/") return "JSON 中不能写注释";
  if (here === "'") return "要用英文双引号 \"，不能用单引号";
  return "";
}
