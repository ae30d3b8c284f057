import { readdir, readFile } from "fs/promises";
import { join, resolve } from "path";
import { isSilkformError, SilkformError } from "../errors";
import { FormData, parseFormData } from "../form/schema";

/** Read and validate a form-data JSON file; every problem is listed, nothing is guessed. */
export async function readFormDataFile(path: string): Promise<FormData> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new SilkformError("fileUnreadable", `无法读取数据文件“${path}”。`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new SilkformError("invalidJson", `数据文件“${path}”不是有效的 JSON：${(e as Error).message}`);
  }
  const r = parseFormData(json);
  if (r.data === null) {
    throw new SilkformError("invalidData", `数据文件“${path}”有 ${r.problems.length} 处不符合申报书格式：`, r.problems.map((p) => p.message));
  }
  return r.data;
}

/** Write an output file, refusing to replace the input unless the user named it as output on purpose. */

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

/** Why one file of a batch failed, as a Chinese sentence: the batch goes on with the others. */
export function fileProblem(e: unknown): string {
  return isSilkformError(e) ? e.message : `内部错误：${e instanceof Error ? e.message : String(e)}`;
}
