/**
 * `npm run bench [-- --json] [-- --quick] [-- --process] [-- --bundle] [-- --check-only]`: the figures the issues ask for,
 * measured here rather than asserted by timed tests.
 * `--check-only` runs the floor and check side by side and nothing else (the
 * quick loop for work on the read path; `node --cpu-prof build/bench.js
 * --check-only` profiles the same bundled code).
 *   side by side   floor, check, fill and docxtemplater at 1×, 5×, 50×
 *                  (min / median ms over interleaved rounds, and ratios)
 *   cli            whole-process time of `node bin/silkform.js check` on
 *                  the blank form, beside the same check in-process
 *   processes      fill as whole processes: `node bin/silkform.js fill`
 *                  against a one-file docxtemplater script, at 1×, 5×, 50×
 *                  (`--process`: this part alone)
 *   syncs          context.sync() round trips per task-pane action on the
 *                  in-memory Word host (reference, 50× form)
 *   bundle         gzipped JavaScript Word loads for the task pane before
 *                  anything is clicked (entry + the Word host chunk; lazy
 *                  chunks and the playground's excluded)
 *                  (`--bundle`: this part alone, one production build)
 */
import { measureBundle, printBundle } from "./bench/bundle";
import { measureWordSyncs } from "./bench/wordSyncs";
import { measureCliProcess } from "./bench/cliStart";
import { measureWholeProcess, processRatio, type ProcessTimes } from "./bench/wholeProcess";
import { CONTENDERS, type Contender, DEFAULT_ROUNDS, measureSideBySide, median, roundRatio, SizeResult } from "./bench/sideBySide";

const LABELS: Record<(typeof CONTENDERS)[number], string> = {
  floor: "地板",
  check: "检查",
  fill: "填写",
  docxtemplater: "docxtemplater",
};

const ms = (x: number) => `${x.toFixed(x < 100 ? 1 : 0)}`;

function printSideBySide(results: SizeResult[]): void {
  console.log("并排测量（同一进程，交替轮次；毫秒，最小 / 中位数；地板 = 解压 + 解析 document.xml + 序列化 + 压缩）：");
  for (const r of results) {
    console.log(`  ${r.size}× 数据（document.xml ${(r.documentXmlBytes / 1e6).toFixed(2)} MB，${r.ms.floor.length} 轮）`);
    const ran = CONTENDERS.filter((c) => r.ms[c].length > 0);
    for (const c of ran) console.log(`    ${LABELS[c]}\t ${ms(Math.min(...r.ms[c]))} / ${ms(median(r.ms[c]))}`);
    const ratios: [Contender, Contender, string][] = [
      ["check", "floor", "检查/地板"],
      ["fill", "floor", "填写/地板"],
      ["fill", "docxtemplater", "填写/docxtemplater"],
    ];
    const shown = ratios.filter(([a, b]) => ran.includes(a) && ran.includes(b)).map(([a, b, name]) => `${name} ${roundRatio(r, a, b).toFixed(2)}×`);
    console.log(`    比值（每轮比值的中位数）：${shown.join("，")}`);
  }
}

function printWholeProcess(results: ProcessTimes[]): void {
  console.log("整个进程的填写（node bin/silkform.js fill 对 node scripts/bench/docxtemplater-fill.js；毫秒，最小 / 中位数）：");
  for (const r of results) {
    console.log(
      `  ${r.size}×\t丝路 ${ms(Math.min(...r.silkform))} / ${ms(median(r.silkform))}\tdocxtemplater ${ms(Math.min(...r.docxtemplater))} / ${ms(median(r.docxtemplater))}\t比值 ${processRatio(r).toFixed(2)}×（${r.silkform.length} 轮）`,
    );
  }
}

const wholeProcessSummary = (r: ProcessTimes) => ({
  size: r.size,
  minMs: { silkform: Math.min(...r.silkform), docxtemplater: Math.min(...r.docxtemplater) },
  medianMs: { silkform: median(r.silkform), docxtemplater: median(r.docxtemplater) },
  fillToDocxtemplater: processRatio(r),
});

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const quick = process.argv.includes("--quick");
  if (process.argv.includes("--process")) {
    const processes = await measureWholeProcess(quick ? 2 : 5);
    if (json) process.stdout.write(`${JSON.stringify({ wholeProcess: processes.map(wholeProcessSummary) })}\n`);
    else printWholeProcess(processes);
    return;
  }
  if (process.argv.includes("--bundle")) {
    const bundle = measureBundle();
    if (json) process.stdout.write(`${JSON.stringify({ bundleGzipBytes: bundle.bundleGzipBytes, files: bundle.files })}\n`);
    else printBundle(bundle);
    return;
  }
  if (process.argv.includes("--check-only")) {
    const results = await measureSideBySide(quick ? { 1: 5, 5: 3, 50: 3 } : DEFAULT_ROUNDS, ["floor", "check"]);
    if (json) {
      const summary = results.map((r) => ({
        size: r.size,
        minMs: { floor: Math.min(...r.ms.floor), check: Math.min(...r.ms.check) },
        medianMs: { floor: median(r.ms.floor), check: median(r.ms.check) },
        checkToFloor: roundRatio(r, "check", "floor"),
      }));
      process.stdout.write(`${JSON.stringify({ sideBySide: summary })}\n`);
    } else printSideBySide(results);
    return;
  }
  const sideBySide = await measureSideBySide(quick ? { 1: 5, 5: 3, 50: 1 } : DEFAULT_ROUNDS);
  const cli = await measureCliProcess(quick ? 3 : 7);
  const processes = await measureWholeProcess(quick ? 2 : 5);
  const syncs = await measureWordSyncs();
  const bundle = quick ? null : measureBundle();
  if (json) {
    const summary = sideBySide.map((r) => ({
      size: r.size,
      documentXmlBytes: r.documentXmlBytes,
      medianMs: Object.fromEntries(CONTENDERS.map((c) => [c, median(r.ms[c])])),
      minMs: Object.fromEntries(CONTENDERS.map((c) => [c, Math.min(...r.ms[c])])),
      ratios: {
        checkToFloor: roundRatio(r, "check", "floor"),
        fillToFloor: roundRatio(r, "fill", "floor"),
        fillToDocxtemplater: roundRatio(r, "fill", "docxtemplater"),
      },
    }));
    const wholeProcess = processes.map(wholeProcessSummary);
    process.stdout.write(`${JSON.stringify({ sideBySide: summary, cliProcess: cli, wholeProcess, syncs, bundleGzipBytes: bundle?.bundleGzipBytes ?? null })}\n`);
    return;
  }
  printSideBySide(sideBySide);
  console.log(
    `命令行 node bin/silkform.js check 空白申报书：整个进程（启动到退出）最小 ${ms(cli.processMinMs)} / 中位数 ${ms(cli.processMedianMs)} ms；` +
      `同一命令在进程内（已预热）中位数 ${ms(cli.inProcessMedianMs)} ms`,
  );
  printWholeProcess(processes);
  console.log("每个操作的 context.sync() 次数（空白 / 50 倍）：");
  for (const [action, n] of Object.entries(syncs)) console.log(`  ${action.padEnd(7)} ${n.reference} / ${n.large}`);
  if (bundle) printBundle(bundle);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
