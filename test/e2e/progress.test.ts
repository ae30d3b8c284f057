/**
 * Speed as felt (#17 item 9) on a form 50× the sample, in a real browser: the playground works
 * on the document in a Web Worker, so during 检查 the page stays free to show the pane's
 * progress (a bar and its words, read out) and the preview says it is being updated.
 *
 * The longest main-thread task of each action is recorded (a long-task observer) with the
 * worker and with the worker blocked (the page then works in its own thread, as before), into
 * test-output/e2e/longtasks.json — measured, not asserted: timing belongs to the bench.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { largeData } from "../../scripts/bench/wordSyncs";
import { fillDocument } from "../helpers/controller";
import { adapterFor, sampleData } from "../helpers/fixtures";
import { ARTIFACTS, gotoPlayground, usePlayground } from "./playground";

jest.setTimeout(600_000);

const session = usePlayground(8000);
let file: string;
const measured: Record<string, Record<string, number>> = {};

beforeAll(async () => {
  const doc = await adapterFor("reference.docx");
  await fillDocument(doc, largeData(sampleData()));
  file = join(ARTIFACTS, "large-50x.docx");
  writeFileSync(file, await doc.save());
});

afterAll(async () => {
  writeFileSync(join(ARTIFACTS, "longtasks.json"), `${JSON.stringify(measured, null, 2)}\n`);
  console.log(`longest main-thread task (ms): ${JSON.stringify(measured)}`);
});

const pane = (page: Page) => page.getByTestId("pane");
const previewVersion = (page: Page) => page.getByTestId("preview").evaluate((el) => Number((el as HTMLElement).dataset.version ?? 0));

async function openLarge(worker: boolean): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
  if (!worker) await page.route("**/document-worker.js", (route) => route.abort());
  await gotoPlayground(page, session, 120_000);
  const v = await previewVersion(page);
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("file-name").filter({ hasText: "large-50x.docx" }).waitFor();
  await page.waitForFunction((before) => Number((document.querySelector("[data-testid=preview]") as HTMLElement).dataset.version ?? 0) > before, v, { timeout: 300_000 });
  // Every long task from here on, by duration.
  await page.evaluate(() => {
    const w = window as unknown as { sfLong: number[] };
    w.sfLong = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.sfLong.push(e.duration))).observe({ type: "longtask" });
  });
  return page;
}

/** Run an action to its end (its announcement and the preview made again); the longest task meanwhile. */
async function longestDuring(page: Page, action: string, done: RegExp): Promise<number> {
  await page.evaluate(() => ((window as unknown as { sfLong: number[] }).sfLong = []));
  const v = await previewVersion(page);
  await pane(page).locator(`[data-action="${action}"]`).click();
  await page.getByTestId("announcer").filter({ hasText: done }).waitFor({ timeout: 300_000 });
  await page.waitForFunction((before) => Number((document.querySelector("[data-testid=preview]") as HTMLElement).dataset.version ?? 0) > before, v, { timeout: 300_000 });
  return page.evaluate(() => Math.round(Math.max(0, ...(window as unknown as { sfLong: number[] }).sfLong)));
}

describe.each([
  ["worker", true],
  ["same thread", false],
])("a 50× form, the document in the %s", (name, worker) => {
  let page: Page;
  beforeAll(async () => {
    page = await openLarge(worker);
  }, 600_000);
  afterAll(() => page.close());

  it("检查 and 清除标记 run to the end; with the worker the pane shows progress in words while 检查 runs", async () => {
    const busy = pane(page).getByTestId("busy");
    // Watched from the page itself: whether the bar was ever on screen during the check.
    await page.evaluate(() => {
      const w = window as unknown as { sfBusySeen: string };
      w.sfBusySeen = "";
      const el = document.querySelector("[data-testid=busy]")!;
      new MutationObserver(() => {
        if (el.querySelector("[role=progressbar]")) w.sfBusySeen = el.textContent ?? "";
      }).observe(el, { childList: true, subtree: true });
    });
    const check = await longestDuring(page, "check", /检查完成/);
    const seen = await page.evaluate(() => (window as unknown as { sfBusySeen: string }).sfBusySeen);
    if (worker) expect(seen).toBe("正在检查，请稍候…");
    await expect(busy.innerText()).resolves.toBe("");
    const clear = await longestDuring(page, "clearMarks", /已清除文档中的检查标记/);
    measured[name] = { check, clearMarks: clear };
    await page.screenshot({ path: join(ARTIFACTS, `progress-${worker ? "worker" : "thread"}.png`) });
  });
});
