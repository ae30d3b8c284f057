import { stat, writeFile } from "fs/promises";
import { basename } from "path";
import { OoxmlAdapter } from "../adapters/ooxml/adapter";
import { openDocxFile, READ_ONLY } from "../adapters/ooxml/open";
import { RosterRow, rosterCsv, rosterRow } from "../check/roster";
import { createController } from "../controller";
import { SilkformError } from "../errors";
import { CommandSpec, parseArgs } from "./args";
import { fileProblem, listDocxFiles, revisionsNote, sameFile } from "./io";
import type { Io } from "./main";

/** The data is JSON already; --json is accepted so that refusals, too, come as JSON. */
const SPEC: CommandSpec = {
  usage: "用法：silkform extract 文件.docx [-o 数据.json] [--json]\n      silkform extract 文件夹 --csv 汇总.csv [--final]",
  flags: ["--json", "--final"],
  valued: ["-o", "--output", "--csv"],
};

/** Folders of more files than this show which file is being read. */
const PROGRESS_FROM = 3;

/**
 * silkform extract FILE.docx [-o DATA.json]: the form data as JSON.
 * silkform extract DIR --csv ROSTER.csv [--final]: the department's roster,
 * one row per form (src/check/roster.ts); a file that cannot be read gets a
 * row with the reason and the batch goes on. Exit 2 when any file could not
 * be read (the roster is written all the same), else 0.
 */
export async function runExtract(args: string[], io: Io): Promise<number> {
  const a = parseArgs(args, SPEC);
  const target = a.positional[0];
  const out = a.options.get("-o") ?? a.options.get("--output");
  const csv = a.options.get("--csv");
  if (!target || a.positional.length > 1) throw new SilkformError("usage", SPEC.usage);
  const isDir = await stat(target).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (isDir && !csv) throw new SilkformError("usage", `读取文件夹时请用 --csv 指定汇总表文件，例如：silkform extract ${target} --csv 汇总.csv`);
  if (csv) return roster(isDir ? await listDocxFiles(target) : [target], csv, a.flags.has("--final"), io);

  if (out && sameFile(out, target)) throw new SilkformError("outputIsInput", "输出文件不能是要读取的 .docx 本身。");
  const doc = new OoxmlAdapter(await openDocxFile(target, READ_ONLY));
  const { data, notes } = await createController(doc).extract();
  const json = `${JSON.stringify(data, null, 2)}\n`;
  if (out) {
    await writeFile(out, json);
    io.err(`已读取，写入 ${out}`);
  } else io.out(json);
  for (const n of notes) io.err(`注意：${n.field}：${n.message}`);
  const revisions = revisionsNote(doc, false);
  if (revisions) io.err(revisions);
  return 0;
}

async function roster(files: string[], csv: string, final: boolean, io: Io): Promise<number> {
  if (files.some((f) => sameFile(csv, f))) throw new SilkformError("outputIsInput", "汇总表文件不能是要读取的 .docx 本身。");
  const rows: RosterRow[] = [];
  for (const [i, file] of files.entries()) {
    const name = basename(file);
    if (files.length > PROGRESS_FROM) io.err(`正在读取（${i + 1}/${files.length}）：${name}`);
    try {
      const { model, located } = await createController(new OoxmlAdapter(await openDocxFile(file, READ_ONLY))).readForm();
      rows.push(rosterRow(name, model, located, { final }));
    } catch (e) {
      rows.push({ file: name, error: fileProblem(e) });
    }
  }
  try {
    await writeFile(csv, rosterCsv(rows), "utf8");
  } catch {
    throw new SilkformError("fileUnreadable", `无法写入汇总表“${csv}”。`);
  }
  const bad = rows.filter((r) => "error" in r);
  io.err(`已写入汇总表：${csv}（共 ${rows.length} 份${bad.length ? `，其中 ${bad.length} 份无法读取，原因见“状态”列` : ""}）`);
  for (const r of bad) if ("error" in r) io.err(`  无法读取 ${r.file}：${r.error}`);
  return bad.length > 0 ? 2 : 0;
}
