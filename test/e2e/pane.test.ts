/**
 * The pane as a keyboard and screen-reader user meets it, and the playground's view, in a
 * real browser: focus after each action, findings that say when they are stale,
 * 上一个/下一个, the 字 counter in sight, the preview keeping its place, and axe on the page.
 */
import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import type { Page } from "playwright-core";
import { MARK_AUTHOR } from "../../src/check/finding";
import { ARTIFACTS, gotoPlayground, usePlayground } from "./playground";

jest.setTimeout(300_000);

const session = usePlayground(2000);


async function openPlayground(width = 1400, height = 900): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width, height }, acceptDownloads: true });
  await gotoPlayground(page, session);
  return page;
}

const pane = (page: Page) => page.getByTestId("pane");
const announcer = (page: Page) => page.getByTestId("announcer");
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? "", id: el?.id ?? "", text: (el?.textContent ?? "").trim(), action: el?.dataset.action ?? "" };
  });

/** Press an action button from the keyboard, as a keyboard user does, and wait for what it announces. */
async function press(page: Page, action: string, announced: RegExp): Promise<void> {
  await pane(page).locator(`[data-action="${action}"]`).focus();
  await page.keyboard.press("Enter");
  await announcer(page).filter({ hasText: announced }).waitFor({ timeout: 120_000 });
}

const previewVersion = (page: Page) => page.getByTestId("preview").evaluate((el) => Number((el as HTMLElement).dataset.version ?? 0));
async function previewAfter(page: Page, version: number): Promise<void> {
  await page.waitForFunction((v) => Number((document.querySelector("[data-testid=preview]") as HTMLElement).dataset.version ?? 0) > v, version, { timeout: 60_000 });
}

const axeSource = readFileSync(require.resolve("axe-core/axe.min.js", { paths: [require.resolve("jest-axe")] }), "utf8");
interface AxeViolation {
  id: string;
  impact: string;
  nodes: { html: string }[];
}
async function axe(page: Page, context: string): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol: the page's own CSP allows no inline script.
  await page.evaluate(axeSource);
  const result = await page.evaluate(
    (ctx) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe.run(ctx === "document" ? document : document.querySelector(ctx), {
        resultTypes: ["violations"],
      }),
    context,
  );
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ html: n.html.slice(0, 160) })) }));
}

describe("keyboard focus and findings", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPlayground();
  });
  afterAll(() => page.close());

  it("keeps focus on the button after 填入文档 and 清除标记, moves it to the findings heading after 检查, and announces each result", async () => {
    await pane(page).getByRole("textbox", { name: "联合实验室名称" }).fill("中国—哈萨克斯坦干旱区生态农业“一带一路”联合实验室");
    await press(page, "fill", /已填入文档 \d+ 项/);
    expect(await focused(page)).toMatchObject({ action: "fill" });

    await press(page, "check", /检查完成：\d+ 个错误/);
    await page.waitForFunction(() => document.activeElement?.id === "sf-findings-title");
    expect(await focused(page)).toMatchObject({ tag: "H2", text: "检查结果" });
    // The next Tab goes on from the result, not from the top of the pane.
    await page.keyboard.press("Tab");
    expect((await focused(page)).text).toBe("收起");

    await press(page, "clearMarks", /已清除文档中的检查标记/);
    expect(await focused(page)).toMatchObject({ action: "clearMarks" });
  });

  it("says at once that the findings are stale after 清除标记, and 重新检查 makes them current", async () => {
    const stale = pane(page).getByTestId("findings-stale");
    await expect(stale.innerText()).resolves.toContain("标记已清除");
    await stale.getByRole("button", { name: "重新检查" }).click();
    await stale.waitFor({ state: "detached", timeout: 120_000 });
    // A fill that changes the document makes them stale again.
    await pane(page).getByRole("textbox", { name: "联合实验室中方主任" }).fill("李明华");
    await press(page, "fill", /已填入文档 \d+ 项/);
    await expect(stale.innerText()).resolves.toContain("文档已更改");
  });

  it("walks the findings with 下一个/上一个 and Alt+↓/↑, showing 第 n / m 个 and scrolling the preview to each", async () => {
    await press(page, "check", /检查完成/);
    const position = pane(page).getByTestId("finding-position");
    const total = Number(/共 (\d+) 个/.exec(await position.innerText())![1]);
    expect(total).toBeGreaterThan(10);
    const next = pane(page).getByTestId("finding-next");
    await next.click();
    await next.click();
    await expect(position.innerText()).resolves.toBe(`第 2 / ${total} 个`);
    expect(await focused(page)).toMatchObject({ text: "下一个" });
    await expect(announcer(page).innerText()).resolves.toMatch(new RegExp(`^第 2 / ${total} 个：`));
    const current = pane(page).locator("[aria-current=true]");
    await expect(current.getAttribute("data-index")).resolves.toBe("1");

    await page.keyboard.press("Alt+ArrowDown");
    await expect(position.innerText()).resolves.toBe(`第 3 / ${total} 个`);
    await pane(page).getByTestId("finding-previous").click();
    await page.keyboard.press("Alt+ArrowUp");
    await page.keyboard.press("Alt+ArrowUp");
    await expect(position.innerText()).resolves.toBe(`第 ${total} / ${total} 个`);
    // The preview went to the last finding's paragraph.
    await page.getByTestId("preview").locator(".sf-flash").first().waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  it("clicking a finding leaves the page where it was: the top bar stays whole", async () => {
    await pane(page).locator("[data-finding]").nth(5).click();
    await page.getByTestId("preview").locator(".sf-flash").first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => ({ y: window.scrollY, bar: document.querySelector("header")!.getBoundingClientRect().top }))).toEqual({ y: 0, bar: 0 });
  });
});

describe("忽略", () => {
  it("ignores a warning (gone from the list and from the document's marks, kept in the document's data), and 撤销 brings it back", async () => {
    const page = await openPlayground();
    await press(page, "check", /检查完成/);
    const position = pane(page).getByTestId("finding-position");
    const total = Number(/共 (\d+) 个/.exec(await position.innerText())![1]);
    const ignore = pane(page).locator("[data-ignore]").first();
    const which = (await ignore.getAttribute("data-ignore"))!;
    const marks = () => page.getByTestId("preview").locator(".docx-comment-ref").count();
    const marksBefore = await marks();
    let v = await previewVersion(page);
    await ignore.click();
    await announcer(page).filter({ hasText: /已忽略这条警告/ }).waitFor();
    await expect(pane(page).getByTestId("findings-ignored").innerText()).resolves.toContain("已忽略 1 项");
    await expect(position.innerText()).resolves.toBe(`共 ${total - 1} 个`);
    expect(await pane(page).locator(`[data-finding="${which}"]`).count()).toBe(0);
    await previewAfter(page, v);

    // Saved in the document with the answers (autosave, a second after the change): the downloaded file carries it.
    await pane(page).getByText("已自动保存到文档").waitFor({ timeout: 60_000 });
    const [dl] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    const path = join(ARTIFACTS, "ignored.docx");
    await dl.saveAs(path);
    const zip = await JSZip.loadAsync(readFileSync(path));
    const parts = await Promise.all(zip.file(/^customXml\/item\d+\.xml$/).map((f) => f.async("string")));
    expect(parts.some((x) => x.includes("ignoredFindings") && x.includes(which.split("#")[0]))).toBe(true);

    v = await previewVersion(page);
    await pane(page).getByTestId("notice-undo").click();
    await announcer(page).filter({ hasText: /已恢复被忽略的警告/ }).waitFor();
    await expect(position.innerText()).resolves.toBe(`共 ${total} 个`);
    await previewAfter(page, v);
    expect(await marks()).toBeGreaterThanOrEqual(marksBefore);
    await page.close();
  });
});

describe("the 字 counter", () => {
  it("stays in sight while a long answer is pasted: the box scrolls inside itself", async () => {
    const page = await openPlayground(320 + 900, 700);
    await pane(page).getByRole("button", { name: /二、战略评议/ }).click();
    const box = pane(page).getByRole("textbox", { name: /战略意义/ });
    await box.fill(`${"联合实验室围绕干旱区生态农业开展合作研究。".repeat(120)}`);
    const counter = pane(page).getByTestId("counter-strategy.significance");
    await expect(counter.innerText()).resolves.toMatch(/超出/);
    const [boxRect, counterRect, paneRect] = await Promise.all([box.boundingBox(), counter.boundingBox(), pane(page).boundingBox()]);
    expect(boxRect!.height).toBeLessThanOrEqual(700 * 0.45 + 1);
    expect(counterRect!.y).toBeGreaterThanOrEqual(paneRect!.y);
    expect(counterRect!.y + counterRect!.height).toBeLessThanOrEqual(paneRect!.y + paneRect!.height);
    await expect(box.evaluate((el) => el.scrollHeight > el.clientHeight && getComputedStyle(el).overflowY === "auto")).resolves.toBe(true);
    await page.close();
  });
});

describe("the preview", () => {
  it("keeps its scroll position through 填入文档, 检查 and 清除标记", async () => {
    const page = await openPlayground();
    const scroller = page.getByTestId("preview-scroller");
    await scroller.evaluate((el) => (el.scrollTop = 2400));
    const at = () => scroller.evaluate((el) => el.scrollTop);
    const start = await at();
    expect(start).toBe(2400);
    for (const [action, announced] of [
      ["check", /检查完成/],
      ["clearMarks", /已清除/],
    ] as const) {
      const v = await previewVersion(page);
      await press(page, action, announced);
      await previewAfter(page, v);
      // The same paragraph at the same height: marks and comments may move it by a line or two.
      expect(Math.abs((await at()) - start)).toBeLessThan(80);
    }
    await pane(page).getByRole("textbox", { name: "联合实验室名称" }).fill("中国—哈萨克斯坦干旱区生态农业“一带一路”联合实验室");
    const v = await previewVersion(page);
    await press(page, "fill", /已填入文档/);
    await previewAfter(page, v);
    expect(Math.abs((await at()) - start)).toBeLessThan(80);
    await page.close();
  });

  it("in a narrow window the page's left edge can be scrolled to, and comment marks use a glyph CJK fonts have", async () => {
    const page = await openPlayground(1000, 800);
    await press(page, "check", /检查完成/);
    await page.getByTestId("preview").locator(".docx-comment-ref").first().waitFor();
    const scroller = page.getByTestId("preview-scroller");
    await scroller.evaluate((el) => (el.scrollLeft = 0));
    const left = await page.evaluate(() => {
      const s = document.querySelector("[data-testid=preview-scroller]")!.getBoundingClientRect().left;
      return document.querySelector("[data-testid=preview] section.docx")!.getBoundingClientRect().left - s;
    });
    expect(left).toBeGreaterThanOrEqual(0);
    // textContent: pages out of sight are not rendered (content-visibility), so their innerText is empty.
    const marks = await page.getByTestId("preview").locator(".docx-comment-ref").allTextContents();
    expect(new Set(marks)).toEqual(new Set(["※"]));
    await page.close();
  });

  it("after a check offers 下载（清除标记后）: that file has no marks, the page's document keeps them", async () => {
    const page = await openPlayground();
    expect(await page.getByTestId("download-clean").count()).toBe(0);
    await press(page, "check", /检查完成/);
    const clean = page.getByTestId("download-clean");
    await clean.waitFor();
    const save = async (button: string, name: string) => {
      const [dl] = await Promise.all([page.waitForEvent("download"), page.getByTestId(button).click()]);
      const path = join(ARTIFACTS, name);
      await dl.saveAs(path);
      const zip = await JSZip.loadAsync(readFileSync(path));
      return (await zip.file("word/comments.xml")?.async("string")) ?? "";
    };
    expect(await save("download-clean", "clean.docx")).not.toContain(MARK_AUTHOR);
    expect(await save("download", "marked.docx")).toContain(MARK_AUTHOR);
    await press(page, "clearMarks", /已清除/);
    await clean.waitFor({ state: "detached" });
    await page.close();
  });
});

describe("axe", () => {
  it("finds nothing serious or critical on the playground page, and nothing at all in the pane, after a check with a finding open", async () => {
    const page = await openPlayground();
    await press(page, "check", /检查完成/);
    await pane(page).locator("[data-finding]").nth(2).click();
    await page.getByTestId("preview").locator(".sf-flash").first().waitFor({ timeout: 10_000 });
    const onPage = await axe(page, "document");
    expect(onPage.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    expect(await axe(page, "[data-testid=pane]")).toEqual([]);
    await page.close();
  });
});
