/**
 * The task pane is built once per run, before the end-to-end test needs it: globalSetup starts
 * the production build in the background (it overlaps the unit tests, on the core jest leaves
 * free) and the test waits for it. The outcome goes through a file because the test runs in
 * another process than globalSetup.
 */
import { spawn, type ChildProcess } from "child_process";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "fs";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- shared with `npm start`, which is plain Node
const { BUILD_ARGS, needsBuild, recordBuild, root } = require("../../scripts/playground/paneBuild.js") as {
  BUILD_ARGS: string[];
  needsBuild: () => boolean;
  recordBuild: (startedMs: number) => void;
  root: string;
};

const ARTIFACTS = join(root, "test-output", "e2e");
const STATUS = join(ARTIFACTS, "pane-build.json");
const LOG = join(ARTIFACTS, "pane-build.log");

interface BuildStatus {
  code: number | null;
  signal: string | null;
}

/** Starts the build unless dist/ is up to date; the returned process (if any) is for globalTeardown. */
export function startPaneBuild(): ChildProcess | undefined {
  mkdirSync(ARTIFACTS, { recursive: true });
  rmSync(STATUS, { force: true });
  if (!needsBuild()) {
    writeFileSync(STATUS, JSON.stringify({ code: 0, signal: null } satisfies BuildStatus));
    return undefined;
  }
  const log = openSync(LOG, "w");
  const started = Date.now();
  const child = spawn(process.execPath, BUILD_ARGS, { cwd: root, stdio: ["ignore", log, log] });
  child.on("exit", (code, signal) => {
    if (code === 0) recordBuild(started);
    writeFileSync(STATUS, JSON.stringify({ code, signal } satisfies BuildStatus));
  });
  return child;
}

/** Resolves when the build globalSetup started has succeeded; rejects with its log when it failed. */
export async function paneBuilt(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(STATUS)) {
    if (Date.now() > deadline) throw new Error(`任务窗格构建超时（${timeoutMs / 1000} 秒），见 ${LOG}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  const status = JSON.parse(readFileSync(STATUS, "utf8")) as BuildStatus;
  if (status.code !== 0) {
    const log = existsSync(LOG) ? readFileSync(LOG, "utf8").slice(-4000) : "";
    throw new Error(`任务窗格构建失败（退出码 ${status.code}，信号 ${status.signal}）：\n${log}`);
  }
}
