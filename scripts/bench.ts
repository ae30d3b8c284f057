/**
 * `npm run bench [-- --json]`: the figures the issues ask for, measured here
 * rather than asserted by timed tests.
 *   checkMs          open + locate + extract + check, median ms (reference, 50× form)
 *   syncs            context.sync() round trips per task-pane action on the
 *                    in-memory Word host (reference, 50× form)
 *   bundleGzipBytes  gzipped JavaScript Word loads for the task pane
 *                    (entry + the Word host chunk; the playground's chunks excluded)
 */
import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import { join, resolve } from "path";
import { gzipSync } from "zlib";
import { measureWordSyncs } from "../src/adapters/word/syncBench";
import { measureCheckMs } from "./bench-check";

const ROOT = resolve(__dirname, "..");

interface Stats {
  entrypoints: Record<string, { assets: { name: string }[] }>;
  namedChunkGroups: Record<string, { assets: { name: string }[] }>;
}

function measureBundle(): { bundleGzipBytes: number; files: Record<string, number> } {
  const statsFile = join(ROOT, "dist", "stats.json");
  const r = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--json", statsFile], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (r.status !== 0) throw new Error("webpack build failed");
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as Stats;
  const names = new Set(
    [...stats.entrypoints.taskpane.assets, ...(stats.namedChunkGroups["word-host"]?.assets ?? [])].map((a) => a.name).filter((n) => n.endsWith(".js")),
  );
  const files: Record<string, number> = {};
  for (const n of names) files[n] = gzipSync(readFileSync(join(ROOT, "dist", n)), { level: 9 }).length;
  return { bundleGzipBytes: Object.values(files).reduce((a, b) => a + b, 0), files };
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const checkMs = await measureCheckMs();
  const syncs = await measureWordSyncs();
  const bundle = measureBundle();
  const result = { checkMs, syncs, bundleGzipBytes: bundle.bundleGzipBytes };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  console.log(`检查耗时（中位数）：空白申报书 ${checkMs.reference} ms；50 倍长的申报书 ${checkMs.large} ms`);
  console.log("每个操作的 context.sync() 次数（空白 / 50 倍）：");
  for (const [action, n] of Object.entries(syncs)) console.log(`  ${action.padEnd(7)} ${n.reference} / ${n.large}`);
  console.log(`任务窗格脚本（gzip）：${(bundle.bundleGzipBytes / 1024).toFixed(1)} KB`);
  for (const [f, n] of Object.entries(bundle.files)) console.log(`  ${f}  ${(n / 1024).toFixed(1)} KB`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
