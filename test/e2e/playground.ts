import { ChildProcess, spawn } from "child_process";
import { mkdirSync } from "fs";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../scripts/chromium";
import { paneBuilt } from "./paneBuild";

export const ROOT = join(__dirname, "..", "..");
export const ARTIFACTS = join(ROOT, "test-output", "e2e");

// The pane build that globalSetup started can take minutes on a busy machine.
const BUILD_WAIT_MS = 15 * 60_000;
const START_MS = 240_000;
/** Timeout for a beforeAll that starts the playground and the browser. */
export const PLAYGROUND_HOOK_MS = BUILD_WAIT_MS + START_MS + 60_000;

/**
 * Start the playground exactly as the README says (`npm start`), on a free port, once the pane
 * build of this run is done; resolves with its URL.
 */
export async function startPlayground(port: number): Promise<{ url: string; proc: ChildProcess }> {
  await paneBuilt(BUILD_WAIT_MS);
  return new Promise((resolve, reject) => {
    const proc = spawn("npm", ["start"], { cwd: ROOT, env: { ...process.env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let out = "";
    const timer = setTimeout(() => reject(new Error(`npm start did not report a URL in time:\n${out}`)), START_MS);
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

/** The playground and the browser one test file shares. */
export interface PlaygroundSession {
  readonly url: string;
  readonly browser: Browser;
}

/**
 * Starts the playground (on a random port above 3000 + portBase, so that test files running at
 * the same time do not meet) and the browser before the file's tests, and stops both after them.
 */
export function usePlayground(portBase: number): PlaygroundSession {
  let server: { url: string; proc: ChildProcess } | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startPlayground(3000 + Math.floor(Math.random() * 2000) + portBase);
    browser = await launchBrowser();
  }, PLAYGROUND_HOOK_MS);
  afterAll(async () => {
    await browser?.close();
    stopPlayground(server?.proc);
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
  };
}

/** Opens the playground in `page` and waits until the preview shows its first page. */
export async function gotoPlayground(page: Page, session: PlaygroundSession, timeout = 60_000): Promise<void> {
  await page.goto(session.url);
  await page.getByTestId("preview").locator("section").first().waitFor({ timeout });
}
