/**
 * Fill as whole processes, as a user runs each tool: `node bin/silkform.js fill` (the compiled
 * one-file CLI, build/silkform.js) on the blank reference form against `node
 * scripts/bench/docxtemplater-fill.js` on the tagged copy, with the same data, at 1×, 5× and 50×.
 * Each process reads its files, starts Node, loads its code, fills and writes the .docx; rounds
 * alternate which goes first.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { performance } from "perf_hooks";
import { median, SIZES, type Size } from "./sideBySide";
import { taggedReference } from "./tagged";
import { largeData, loadSample, REFERENCE_DOCX } from "./wordSyncs";

const ROOT = resolve(__dirname, "..", "..");
const SILKFORM = join(ROOT, "bin", "silkform.js");
const DOCXTEMPLATER = join(ROOT, "scripts", "bench", "docxtemplater-fill.js");

export interface ProcessTimes {
  size: Size;
  silkform: number[];
  docxtemplater: number[];
}

function timed(args: string[], out: string, okExits: number[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  const ms = performance.now() - t0;
  if (r.status === null || !okExits.includes(r.status) || statSync(out, { throwIfNoEntry: false })?.size === undefined) {
    throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  }
  rmSync(out);
  return ms;
}

export async function measureWholeProcess(rounds: number): Promise<ProcessTimes[]> {
  const dir = mkdtempSync(join(tmpdir(), "silkform-bench-"));
  try {
    const sample = loadSample();
    const tagged = join(dir, "tagged.docx");
    writeFileSync(tagged, await taggedReference(new Uint8Array(readFileSync(REFERENCE_DOCX)), sample));
    const results: ProcessTimes[] = [];
    for (const size of SIZES) {
      const data = join(dir, `data-${size}.json`);
      writeFileSync(data, JSON.stringify(size === 1 ? sample : largeData(sample, size)));
      const out = join(dir, "out.docx");
      // silkform fill exits 1 when some data had no place in the form; the file is written all the same.
      const run = {
        silkform: () => timed([SILKFORM, "fill", REFERENCE_DOCX, data, "-o", out, "--overwrite"], out, [0, 1]),
        docxtemplater: () => timed([DOCXTEMPLATER, tagged, data, out], out, [0]),
      };
      run.silkform(); // warm-up: the disk cache, and a stale CLI bundle rebuilt
      run.docxtemplater();
      const r: ProcessTimes = { size, silkform: [], docxtemplater: [] };
      for (let i = 0; i < rounds; i++) {
        const order = i % 2 === 0 ? (["silkform", "docxtemplater"] as const) : (["docxtemplater", "silkform"] as const);
        for (const c of order) r[c].push(run[c]());
      }
      results.push(r);
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** silkform / docxtemplater, the median over rounds of the ratio within each round. */
export const processRatio = (r: ProcessTimes) => median(r.silkform.map((x, i) => x / r.docxtemplater[i]));
