import { readFile } from "fs/promises";
import { isSilkformError, SilkformError } from "../../errors";
import { DocxPackage } from "./docx";

/** For commands that only read (check without --annotate, extract, locate): see DocxPackage.open. */
export const READ_ONLY = { forReading: true } as const;

/** Read a .docx from disk, turning file-system errors into a Chinese message (`opts` as DocxPackage.open's). */
export async function openDocxFile(path: string, opts: { forReading?: boolean } = {}): Promise<DocxPackage> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹" : code === "EACCES" ? "没有读取权限" : "无法读取";
    throw new SilkformError("fileUnreadable", `无法打开“${path}”：${why}。`, [String(e)]).about(path);
  }
  try {
    return await DocxPackage.open(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), opts);
  } catch (e) {
    throw isSilkformError(e) ? e.about(path) : e;
  }
}
