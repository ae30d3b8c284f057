/**
 * Nothing lost in the playground: the working document is kept in the
 * browser's own storage and comes back after a reload or a closed tab; the
 * browser asks before closing with changes not yet downloaded; a bad file
 * dropped in says what is wrong and leaves the open document as it was.
 */
import { join } from "path";
import type { BrowserContext, Page } from "playwright-core";
import { ROOT, ARTIFACTS, gotoPlayground, usePlayground } from "./playground";

jest.setTimeout(300_000);

const session = usePlayground(4000);


const NAME = "中国—蒙古国荒漠化防治“一带一路”联合实验室";

async function openIn(ctx: BrowserContext): Promise<{ page: Page; dialogs: string[] }> {
  const page = await ctx.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.type());
    void d.accept();
  });
  await gotoPlayground(page, session);
  return { page, dialogs };
}

const pane = (page: Page) => page.getByTestId("pane");
const localSave = (page: Page) => page.getByTestId("local-save");

describe("nothing lost in the playground", () => {
  it("keeps typed and filled work through a reload and a closed tab, asks before closing with undownloaded changes, and not after a download", async () => {
    const ctx = await session.browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const first = await openIn(ctx);
    expect(await first.page.getByTestId("restored").count()).toBe(0);

    // Typed only (the pane's autosave puts it into the document): kept once the bar says so.
    await pane(first.page).getByLabel("联合实验室名称").fill(NAME);
    await localSave(first.page).filter({ hasText: /已保存在本机浏览器中.*尚未下载/ }).waitFor({ timeout: 60_000 });
    await pane(first.page).getByText("已自动保存到文档").first().waitFor({ timeout: 30_000 });

    await first.page.reload();
    await first.page.getByTestId("restored").filter({ hasText: /已恢复上次的工作.*尚未下载/ }).waitFor({ timeout: 60_000 });
    await expect(pane(first.page).getByLabel("联合实验室名称").inputValue()).resolves.toBe(NAME);

    // Filled into the document, then the tab is closed: the browser asks first.
    await pane(first.page).getByRole("button", { name: /^填入文档$/ }).click();
    await pane(first.page).getByText(/已填入文档 \d+ 项/).first().waitFor({ timeout: 120_000 });
    await first.page.getByTestId("preview").getByText(NAME).first().waitFor({ timeout: 60_000 });
    await localSave(first.page).filter({ hasText: /已保存在本机浏览器中/ }).waitFor({ timeout: 60_000 });
    await first.page.screenshot({ path: join(ARTIFACTS, "persist-01-filled.png") });
    // A beforeunload prompt needs a gesture on the page first, as for any real user.
    await first.page.getByTestId("preview-scroller").click();
    await first.page.close({ runBeforeUnload: true });
    for (let i = 0; i < 50 && !first.dialogs.includes("beforeunload"); i++) await new Promise((r) => setTimeout(r, 200));
    expect(first.dialogs).toContain("beforeunload");

    // A new tab in the same browser profile: the filled document is back, preview and pane.
    const second = await openIn(ctx);
    await second.page.getByTestId("restored").waitFor({ timeout: 60_000 });
    await second.page.getByTestId("preview").getByText(NAME).first().waitFor({ timeout: 60_000 });
    await expect(pane(second.page).getByLabel("联合实验室名称").inputValue()).resolves.toBe(NAME);
    await second.page.screenshot({ path: join(ARTIFACTS, "persist-02-restored.png") });

    // Downloaded: nothing to lose, so closing asks nothing.
    await Promise.all([second.page.waitForEvent("download"), second.page.getByTestId("download").click()]);
    await localSave(second.page).filter({ hasText: /已保存在本机浏览器中（[^）]*）$/ }).waitFor({ timeout: 30_000 });
    await second.page.getByTestId("preview-scroller").click();
    await second.page.close({ runBeforeUnload: true });
    await new Promise((r) => setTimeout(r, 1000));
    expect(second.dialogs).not.toContain("beforeunload");
    await ctx.close();
  });

  it.each([
    ["truncated.docx", /无法打开：这不是有效的 \.docx 文件/],
    ["not-a-zip.docx", /无法打开：这不是有效的 \.docx 文件/],
    ["no-document-xml.docx", /文件已损坏：文件中没有 Word 正文/],
  ])("a bad file (%s) dropped in is refused in Chinese and the open document stays as it was", async (file, message) => {
    const ctx = await session.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const { page } = await openIn(ctx);
    await pane(page).getByLabel("联合实验室名称").fill(NAME);
    await pane(page).getByRole("button", { name: /^填入文档$/ }).click();
    await page.getByTestId("preview").getByText(NAME).first().waitFor({ timeout: 120_000 });
    const before = await page.getByTestId("file-name").innerText();

    await page.getByTestId("file-input").setInputFiles(join(ROOT, "test", "fixtures", "bad", file));
    const alert = page.getByRole("alert").filter({ hasText: /当前文档未受影响/ });
    await alert.waitFor({ timeout: 60_000 });
    const text = await alert.innerText();
    expect(text).toMatch(message);
    expect(text).not.toMatch(/[A-Za-z]{4,}Error|at position|unclosed|内部错误/);
    await expect(page.getByTestId("file-name").innerText()).resolves.toBe(before);
    await expect(page.getByTestId("preview").getByText(NAME).first().isVisible()).resolves.toBe(true);
    await expect(pane(page).getByLabel("联合实验室名称").inputValue()).resolves.toBe(NAME);
    await ctx.close();
  });
});
