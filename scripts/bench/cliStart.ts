/**
 * Whole-process time of the command-line tool as a user runs it: `node bin/silkform.js check
 * reference.docx`, from process start to exit (Node start-up, loading the one-file build, the
 * check itself), beside the same command run in this process once warm, so the difference is
 * what start-up costs.
 */
import { spawnSync } from "child_process";
import { join, resolve } from "path";
import { performance } from "perf_hooks";
import { main } from "../../src/cli/main";
import { median } from "./sideBySide";

const ROOT = resolve(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "silkform.js");
const ARGV = ["check", join(ROOT, "test", "fixtures", "reference.docx")];
// The blank form has errors: exit 1 is the expected answer, anything else is a broken CLI.
const EXPECTED_EXIT = 1;

function inNewProcess(): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...ARGV], { stdio: ["ignore", "ignore", "pipe"] });
  const elapsed = performance.now() - t0;
  if (r.status !== EXPECTED_EXIT) throw new Error(`silkform check exited ${r.status}: ${r.stderr}`);
  return elapsed;
}

async function inThisProcess(): Promise<number> {
  const quiet = { out: () => undefined, err: () => undefined };
  const t0 = performance.now();
  const code = await main(ARGV, quiet);
  const elapsed = performance.now() - t0;
  if (code !== EXPECTED_EXIT) throw new Error(`silkform check returned ${code}`);
  return elapsed;
}

export interface CliTimes {
  processMinMs: number;
  processMedianMs: number;
  inProcessMedianMs: number;
}

/** Over `runs` each, after one untimed run (it rebuilds a stale bundle and warms the disk cache and the JIT). */
export async function measureCliProcess(runs = 7): Promise<CliTimes> {
  inNewProcess();
  const processes = Array.from({ length: runs }, inNewProcess);
  await inThisProcess();
  const inProcess: number[] = [];
  for (let i = 0; i < runs; i++) inProcess.push(await inThisProcess());
  return { processMinMs: Math.min(...processes), processMedianMs: median(processes), inProcessMedianMs: median(inProcess) };
}
