import { readdir, readFile } from "fs/promises";
import { join, resolve } from "path";
import type { DocumentAdapter } from "../document/adapter";
import { isSilkformError, SilkformError } from "../errors";
import { decodeDataBytes, encodingNote, parseJsonText } from "../form/dataText";
import { FormData, parseFormData } from "../form/schema";

/**
 * Read and validate a form-data JSON file; every problem is listed, nothing
 * is guessed. `notes` are what the user should know (the encoding read).
 */
export async function readFormDataFile(path: string): Promise<{ data: FormData; notes: string[] }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new SilkformError("fileUnreadable", `无法读取数据文件“${path}”。`).about(path);
  }
  try {
    const decoded = decodeDataBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path);
    const r = parseFormData(parseJsonText(decoded.text, path));
    if (r.data === null) {
      throw new SilkformError("invalidData", `数据文件“${path}”有 ${r.problems.length} 处不符合申报书格式：`, r.problems.map((p) => p.message));
    }
    const note = encodingNote(decoded, path);
    return { data: r.data, notes: note ? [note] : [] };
  } catch (e) {
    throw e instanceof SilkformError ? e.about(path) : e;
  }
}

/**
 * What the command line does with tracked changes, said once per file that
 * has them: it reads the document as if every revision were accepted (as the
 * Word add-in does), and what it writes is plain text, not a revision.
 */
export function revisionsNote(doc: DocumentAdapter, writes: boolean): string | null {
  if (!doc.revisions?.().pending) return null;
  return (
    "注意：文档中有尚未接受或拒绝的修订，按“接受全部修订”后的内容读取" +
    (writes ? "；填入的内容直接写入（不记为修订），文档原有的修订保持不变。" : "。")
  );
}

export function sameFile(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

/** The .docx files of a folder, in Chinese collation order, as paths; a folder without any is an error. */
export async function listDocxFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new SilkformError("fileUnreadable", `无法读取文件夹“${dir}”。`);
  }
  // Word and WPS leave "~$name.docx" owner files next to an open document: not documents.
  const files = names.filter((n) => /\.docx$/i.test(n) && !n.startsWith("~$")).sort((x, y) => x.localeCompare(y, "zh-CN"));
  if (files.length === 0) throw new SilkformError("fileUnreadable", `文件夹“${dir}”中没有 .docx 文件。`);
  return files.map((n) => join(dir, n));
}

/** Why one file of a batch failed, as data (the error's id) and a Chinese sentence: the batch goes on with the others. */
export function fileError(e: unknown): { id: string; message: string } {
  return isSilkformError(e) ? { id: e.id, message: e.message } : { id: "internal", message: `内部错误：${e instanceof Error ? e.message : String(e)}` };
}

export function fileProblem(e: unknown): string {
  return fileError(e).message;
}
