/**
 * End to end in a real browser: `npm start` serves the playground, the
 * Chromium that npm installed (scripts/chromium.ts, driven by playwright-core)
 * uses the task pane as a person would,
 * and the .docx it downloads is read back with `silkform extract`.
 * Screenshots go to test-output/e2e/.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import { runCli } from "../helpers/cli";
import { adapterFor, sampleData } from "../helpers/fixtures";
import { ARTIFACTS, gotoPlayground, usePlayground } from "./playground";
import { fillDocument } from "../helpers/controller";

jest.setTimeout(300_000);

const session = usePlayground(4000);
const requests: string[] = [];


async function openPlayground(): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page.on("request", (r) => requests.push(r.url()));
  await gotoPlayground(page, session);
  return page;
}

const pane = (page: Page) => page.getByTestId("pane");

/** Click an action and wait for the message it ends with. */
async function finish(page: Page, button: RegExp, message: RegExp): Promise<string> {
  await pane(page).getByRole("button", { name: button }).first().click();
  const status = pane(page).getByText(message).first();
  await status.waitFor({ timeout: 60_000 });
  return status.innerText();
}

async function download(page: Page, name: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
  const path = join(ARTIFACTS, name);
  await dl.saveAs(path);
  return path;
}

describe("the playground", () => {
  it("opens the blank form with the task pane, and asks nothing of any other origin", async () => {
    const page = await openPlayground();
    await page.screenshot({ path: join(ARTIFACTS, "01-blank.png") });
    await expect(page.getByTestId("preview").innerText()).resolves.toContain("情况摸底申报书");
    await expect(pane(page).getByRole("heading", { name: "丝路申报助手" })).toBeTruthy();
    expect(requests.filter((u) => !u.startsWith(session.url))).toEqual([]);
    await page.close();
  });

  it("fills fields of each type, checks, jumps to the overflow and downloads what extract reads back", async () => {
    const page = await openPlayground();
    const p = pane(page);
    // Text, on the cover.
    await p.getByLabel("联合实验室名称").fill("中国—哈萨克斯坦干旱区生态农业“一带一路”联合实验室");
    await p.getByLabel("联合实验室中方主任").fill("李明华");
    await p.getByRole("button", { name: /一、基本信息/ }).click();
    await p.getByLabel("申报名称").fill("中国—哈萨克斯坦干旱区生态农业“一带一路”联合实验室");
    // Country picker.
    const key = p.getByRole("combobox", { name: "重点合作国" });
    await key.fill("哈萨");
    await page.getByRole("option", { name: /哈萨克斯坦/ }).first().click();
    // Choice.
    await p.getByRole("radio", { name: "应用技术与产业科技" }).check();
    // Number.
    await p.getByLabel("专利授权数").fill("46");
    // A narrative past its limit: 1001 字.
    await p.getByRole("button", { name: /二、战略评议/ }).click();
    const significance = p.getByRole("textbox", { name: /战略意义/ });
    await significance.fill("联".repeat(1001));
    await expect(p.getByText("1001 / 1000 字", { exact: false }).first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, "02-filled-pane.png") });

    expect(await finish(page, /^填入文档$/, /已填入文档 \d+ 项/)).toMatch(/已填入文档 [1-9]\d* 项/);
    const report = await finish(page, /^检查$/, /检查完成/);
    expect(report).toMatch(/[1-9]\d* 个错误/);
    // The entry in the findings list (the same message also shows under the input itself).
    const finding = p.locator("[data-finding='strategy.significance#overLimit']");
    await expect(finding.innerText()).resolves.toMatch(/战略意义共 1001 字，超出 1000 字/);
    await page.screenshot({ path: join(ARTIFACTS, "03-findings.png") });

    // Clicking the finding scrolls the preview to the highlighted overflow.
    await finding.click();
    const flashed = page.getByTestId("preview").locator(".sf-flash").first();
    await flashed.waitFor({ timeout: 10_000 });
    await page.waitForTimeout(600);
    const box = await flashed.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    const highlighted = await flashed.evaluate((el) =>
      [...el.querySelectorAll("span")].some((s) => /yellow|255, 255, 0/.test(getComputedStyle(s).backgroundColor) && (s.textContent ?? "").includes("联")),
    );
    expect(highlighted).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, "04-jump-to-overflow.png") });

    const file = await download(page, "filled-in-browser.docx");
    const ex = await runCli(["extract", file]);
    expect(ex.code).toBe(0);
    const data = JSON.parse(ex.out);
    expect(data.cover.labName).toBe("中国—哈萨克斯坦干旱区生态农业“一带一路”联合实验室");
    expect(data.cover.cnDirector).toBe("李明华");
    expect(data.basic.keyPartner).toBe("哈萨克斯坦");
    expect(data.basic.labType).toBe("应用技术与产业科技");
    expect(data.stats.rnd.patents).toBe(46);
    expect(data.strategy.significance).toBe("联".repeat(1001));
    await page.close();
  });

  it("checks a filled .docx the user drops in: only signature, seal and date warnings", async () => {
    const doc: OoxmlAdapter = await adapterFor("reference.docx");
    await fillDocument(doc, sampleData());
    const file = join(ARTIFACTS, "sample-filled.docx");
    writeFileSync(file, await doc.save());

    const page = await openPlayground();
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByTestId("file-name").filter({ hasText: "sample-filled.docx" }).waitFor();
    await page.getByTestId("preview").getByText("干旱区节水农业与土壤生态修复").first().waitFor({ timeout: 30_000 });
    const report = await finish(page, /^检查$/, /检查完成/);
    expect(report).not.toMatch(/[1-9]\d* 个错误/);
    expect(report).toMatch(/8 个警告/);
    await page.screenshot({ path: join(ARTIFACTS, "05-dropped-checked.png") });
    await page.close();
  });
});
