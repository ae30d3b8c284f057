import { writeFile } from "fs/promises";
import { OoxmlAdapter } from "../adapters/ooxml/adapter";
import { openDocxFile } from "../adapters/ooxml/open";
import { SilkformError } from "../errors";
import { createController } from "../controller";
import { pathLabel } from "../form/labels";
import { CommandSpec, parseArgs } from "./args";
import { readFormDataFile, revisionsNote } from "./io";
import type { Io } from "./main";

const SPEC: CommandSpec = {
  usage: "用法：silkform fill 模板.docx 数据.json -o 输出.docx [--overwrite] [--json]（必须用 -o 指定输出文件）",
  flags: ["--overwrite", "--json"],
  valued: ["-o", "--output"],
};

export async function runFill(args: string[], io: Io): Promise<number> {
  const a = parseArgs(args, SPEC);
  const [template, dataFile] = a.positional;
  const out = a.options.get("-o") ?? a.options.get("--output");
  if (!template || !dataFile || !out || a.positional.length > 2) throw new SilkformError("usage", SPEC.usage);
  const { data, notes } = await readFormDataFile(dataFile);
  for (const n of notes) io.err(`注意：${n}`);
  const doc = new OoxmlAdapter(await openDocxFile(template));
  const revisions = revisionsNote(doc, true);
  if (revisions) io.err(revisions);
  // The output is a new file: no undo point, and no data part the user did not ask for.
  const report = await createController(doc).fill(data, { overwrite: a.flags.has("--overwrite"), keep: false });
  await writeFile(out, await doc.save());

  const exit = report.conflicts.length > 0 || report.unfillable.length > 0 ? 1 : 0;
  if (a.flags.has("--json")) {
    const { changed, rowsAdded, notices, unfillable, conflicts } = report;
    io.out(JSON.stringify({ file: template, output: out, changed, rowsAdded, notices, unfillable, conflicts }, null, 2));
    return exit;
  }
  io.out(`已填写 ${report.changed.length} 项${report.rowsAdded ? `，新增 ${report.rowsAdded} 行` : ""}，输出：${out}`);
  for (const n of report.notices) io.out(`注意：${pathLabel(n.field)}：${n.message}（${n.field}）`);
  if (report.unfillable.length > 0) {
    io.out(`有 ${report.unfillable.length} 项数据未能填入文档（文档中没有它们的位置，输出文件中没有这些内容）：`);
    for (const u of report.unfillable) {
      io.out(`  ${pathLabel(u.field)}${u.value !== undefined ? `：“${u.value}”` : ""}——${u.reason}（${u.field}）`);
    }
  }
  if (report.conflicts.length > 0) {
    io.out(`有 ${report.conflicts.length} 处文档中已有不同内容，未覆盖（如需覆盖请加 --overwrite）：`);
    for (const c of report.conflicts) io.out(`  ${c.field}（${pathLabel(c.field)}）：文档中为“${c.current}”，数据为“${c.proposed}”`);
  }
  return exit;
}
