/**
 * The task pane's first download: every .js file of the `taskpane` entry plus the `word-host`
 * chunk group (what Word fetches before anything is clicked), each gzip -9, summed. Lazy chunks
 * and the playground are left out.
 */
import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import { join, resolve } from "path";
import { gzipSync } from "zlib";

const ROOT = resolve(__dirname, "..", "..");

interface Stats {
  entrypoints: Record<string, { assets: { name: string }[] }>;
  namedChunkGroups: Record<string, { assets: { name: string }[] }>;
}

export interface BundleSize {
  bundleGzipBytes: number;
  /** gzip bytes by file name */
  files: Record<string, number>;
}

export function measureBundle(): BundleSize {
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

export function printBundle(bundle: BundleSize): void {
  console.log(`任务窗格首次加载脚本（gzip）：${(bundle.bundleGzipBytes / 1024).toFixed(1)} KB（${bundle.bundleGzipBytes} 字节）`);
  for (const [f, n] of Object.entries(bundle.files)) console.log(`  ${f}  ${(n / 1024).toFixed(1)} KB`);
}
