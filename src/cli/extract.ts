import { writeFile } from "fs/promises";
import { OoxmlAdapter } from "../adapters/ooxml/adapter";
import { openDocxFile } from "../adapters/ooxml/open";
import { SilkformError } from "../errors";
import { extractDocument } from "../extract";
import { parseArgs } from "./args";
import { sameFile } from "./io";
import type { Io } from "./main";

export async function runExtract(args: string[], io: Io): Promise<number> {
  const a = parseArgs(args, ["-o", "--output"]);
  const file = a.positional[0];
  const out = a.options.get("-o") ?? a.options.get("--output");
  if (!file) throw new SilkformError("invalidData", "用法：silkform extract 文件.docx [-o 数据.json]");
  if (out && sameFile(out, file)) throw new SilkformError("outputIsInput", "输出文件不能是要读取的 .docx 本身。");
  const { data, notes } = await extractDocument(new OoxmlAdapter(await openDocxFile(file)));
  const json = `${JSON.stringify(data, null, 2)}\n`;
  if (out) {
    await writeFile(out, json);
    io.err(`已读取，写入 ${out}`);
  } else io.out(json);
  for (const n of notes) io.err(`注意：${n.field}：${n.message}`);
  return 0;
}
