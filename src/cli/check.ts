import { stat, writeFile } from "fs/promises";
import { OoxmlAdapter } from "../adapters/ooxml/adapter";
import { openDocxFile, READ_ONLY } from "../adapters/ooxml/open";
import { createController } from "../controller";
import { counts, FileResult, formatReport, formatSummary, reportJson, toCsv } from "../check/report";
import { SilkformError } from "../errors";
import { CommandSpec, parseArgs } from "./args";
import { fileError, listDocxFiles, revisionsNote, sameFile } from "./io";
import type { Io } from "./main";

const SPEC: CommandSpec = {
  usage: "用法：silkform check 文件.docx|文件夹 [--json] [--final] [--csv 汇总.csv] [--annotate 输出.docx]",
  flags: ["--json", "--final"],
  valued: ["--csv", "--annotate"],
};

/**
 * silkform check FILE.docx | DIR
 *   --json             findings as JSON ({file, findings} for a file, an array of them for a folder)
 *   --final            the check before submission: missing signatures, seals, dates are errors
 *   --csv FILE         also write a CSV (UTF-8 with BOM, for Excel)
 *   --annotate OUT     also write a copy of the document with the findings marked (never over the input)
 * Exit: 0 no errors (warnings allowed), 1 errors found, 2 bad input (for a
 * folder: when any file could not be checked, since the result is incomplete).
 */
export async function runCheck(args: string[], io: Io): Promise<number> {
  const a = parseArgs(args, SPEC);
  const target = a.positional[0];
  if (!target || a.positional.length > 1) throw new SilkformError("usage", SPEC.usage);
  const final = a.flags.has("--final");
  const json = a.flags.has("--json");
  const csv = a.options.get("--csv");
  const annotateOut = a.options.get("--annotate");

  const isDir = await stat(target).then((s) => s.isDirectory(), () => false);
  if (isDir) {
    if (annotateOut) throw new SilkformError("usage", "--annotate 只能用于单个文件，不能用于文件夹。");
    return checkFolder(target, { final, json, csv }, io);
  }
  if (csv && sameFile(csv, target)) throw new SilkformError("outputIsInput", "CSV 输出文件不能是要检查的文件本身。");
  if (annotateOut) return annotate(target, annotateOut, { final, json, csv }, io);

  const doc = new OoxmlAdapter(await openDocxFile(target, READ_ONLY));
  const findings = await createController(doc).check({ final, mark: false });
  const result: FileResult = { file: target, findings };
  const revisions = revisionsNote(doc, false);
  if (revisions) io.err(revisions);
  io.out(json ? JSON.stringify(reportJson(result), null, 2) : formatReport(result, { final }));
  if (csv) await writeCsv(csv, [result], io);
  return counts(findings).errors > 0 ? 1 : 0;
}

async function checkFolder(dir: string, opts: { final: boolean; json: boolean; csv?: string }, io: Io): Promise<number> {
  const files = await listDocxFiles(dir);
  if (opts.csv && files.some((f) => sameFile(opts.csv!, f))) throw new SilkformError("outputIsInput", "CSV 输出文件不能是要检查的文件。");

  const results: FileResult[] = [];
  for (const file of files) {
    try {
      const findings = await createController(new OoxmlAdapter(await openDocxFile(file, READ_ONLY))).check({ final: opts.final, mark: false });
      results.push({ file, findings });
    } catch (e) {
      // One bad file is a line in the summary; the others are still checked.
      results.push({ file, findings: [], error: fileError(e) });
    }
  }

  if (opts.json) io.out(JSON.stringify(results.map(reportJson), null, 2));
  else {
    for (const r of results) io.out(`${formatReport(r, { final: opts.final })}\n`);
    io.out(`${"=".repeat(20)} 汇总 ${"=".repeat(20)}`);
    io.out(formatSummary(results));
  }
  if (opts.csv) await writeCsv(opts.csv, results, io);
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => counts(r.findings).errors > 0) ? 1 : 0;
}

async function writeCsv(path: string, results: FileResult[], io: Io): Promise<void> {
  try {
    await writeFile(path, toCsv(results), "utf8");
  } catch {
    throw new SilkformError("fileUnreadable", `无法写入 CSV 文件“${path}”。`);
  }
  io.err(`已写入 CSV：${path}`);
}

/**
 * --annotate OUT.docx: the report as usual, plus a copy of the document with
 * every finding that has a location marked in place (highlight or shading and
 * a Word comment, src/check/marks.ts + OoxmlAdapter.applyMarks). The input is
 * never overwritten.
 */
async function annotate(file: string, out: string, opts: { final: boolean; json: boolean; csv?: string }, io: Io): Promise<number> {
  if (sameFile(out, file)) throw new SilkformError("outputIsInput", "批注输出文件不能是要检查的文件本身，请用 --annotate 指定另一个文件名。");
  const doc = new OoxmlAdapter(await openDocxFile(file));
  const controller = createController(doc);
  const findings = await controller.check({ final: opts.final, mark: false });
  const result: FileResult = { file, findings };
  io.out(opts.json ? JSON.stringify(reportJson(result), null, 2) : formatReport(result, { final: opts.final }));
  if (opts.csv) await writeCsv(opts.csv, [result], io);
  await controller.mark(findings);
  try {
    await writeFile(out, await doc.save());
  } catch {
    throw new SilkformError("fileUnreadable", `无法写入“${out}”。`);
  }
  const unmarked = findings.filter((f) => f.location === null).length;
  io.err(`已写入带批注的文档：${out}${unmarked ? `（${unmarked} 项在文档中找不到位置，未标注，见上方报告）` : ""}`);
  return counts(findings).errors > 0 ? 1 : 0;
}
