import { OoxmlAdapter } from "../adapters/ooxml/adapter";
import { openDocxFile, READ_ONLY } from "../adapters/ooxml/open";
import { createController } from "../controller";
import { SilkformError } from "../errors";
import { pathLabel } from "../form/labels";
import { listCounts } from "../fill/plan";
import { describeLocation } from "../locate";
import { CommandSpec, parseArgs } from "./args";
import type { Io } from "./main";

const SPEC: CommandSpec = { usage: "用法：silkform locate 文件.docx [--json]（例如：silkform locate 申报书.docx）", flags: ["--json"], valued: [] };

export async function runLocate(args: string[], io: Io): Promise<number> {
  const a = parseArgs(args, SPEC);
  const file = a.positional[0];
  if (!file || a.positional.length > 1) throw new SilkformError("usage", SPEC.usage);
  const result = await createController(new OoxmlAdapter(await openDocxFile(file, READ_ONLY))).locate();
  const found = result.fields.filter((f) => f.found).length;
  const missing = result.fields.filter((f) => !f.found);
  // The total counts FORM.md's fields for the list items this copy holds, so say how many that is.
  const counts = listCounts(result);
  const lists = { staff: counts.get("staff") ?? 0, cnParticipants: counts.get("cnParticipants") ?? 0, foreignParticipants: counts.get("foreignParticipants") ?? 0 };
  const listLine = `（按本文档的专职人员 ${lists.staff} 项、中方参与单位 ${lists.cnParticipants} 项、外方参与单位 ${lists.foreignParticipants} 项计）`;
  if (a.flags.has("--json")) {
    io.out(JSON.stringify({ file, found, total: result.fields.length, lists, fields: result.fields }, null, 2));
  } else {
    for (const f of result.fields) {
      const where = f.found ? describeLocation(f) : `未找到：${f.reason ?? ""}`;
      const text = f.text ? `  “${f.text.length > 40 ? `${f.text.slice(0, 40)}…` : f.text}”` : "";
      io.out(`${f.found ? "✓" : "✗"} ${f.id}（${pathLabel(f.id)}）  ${where}${text.replace(/\n/g, "⏎")}`);
    }
  }
  io.err(`识别：${found}/${result.fields.length} 项${listLine}${missing.length ? `；未找到 ${missing.length} 项：${missing.map((m) => m.id).join("、")}` : "，全部找到"}`);
  return missing.length === 0 ? 0 : 1;
}
