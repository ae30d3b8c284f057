import { readFile } from "fs/promises";
import { resolve } from "path";
import { SilkformError } from "../errors";
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
