import { ChildProcess, spawn } from "child_process";
import { join } from "path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../../scripts/chromium";

export const ROOT = join(__dirname, "..", "..");
export const ARTIFACTS = join(ROOT, "test-output", "e2e");

/** Start the playground exactly as the README says (`npm start`), on a free port; resolves with its URL. */
export function startPlayground(port: number): Promise<{ url: string; proc: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const proc = spawn("npm", ["start"], { cwd: ROOT, env: { ...process.env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let out = "";
    const timer = setTimeout(() => reject(new Error(`npm start did not report a URL in time:\n${out}`)), 240_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /playground 已启动：(http:\/\/localhost:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], proc });
      }
    };
    proc.stdout!.on("data", onData);
    proc.stderr!.on("data", onData);
    proc.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${out}`));
    });
  });
}

export function stopPlayground(proc: ChildProcess | undefined): void {
  // npm runs node as a child: end the whole process group.
  if (proc?.pid) {
    try {
      process.kill(-proc.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

/** The npm-shipped Chromium, or CHROMIUM_PATH's. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}
