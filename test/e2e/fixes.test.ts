/**
 * One-click fixes (#17 item 5) in the playground, in a real browser: for each kind of fix —
 * the template's sample text removed, a discipline written as GB/T codes and names, a phone
 * number spelled right, the one choice picked in a small menu — the fix is applied to the
 * document, 撤销 takes it back, and once the document holds other text than the check read
 * the fix is a conflict the user is asked about, never a silent overwrite.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import { createController } from "../../src/controller";
import { setPath } from "../../src/form/paths";
import type { FormData } from "../../src/form/schema";
import { extractDocument, fillDocument } from "../helpers/controller";
import { readFixture } from "../helpers/fixtures";
import { ARTIFACTS, gotoPlayground, usePlayground } from "./playground";

jest.setTimeout(300_000);

const session = usePlayground(6000);
let file: string;

interface Case {
  field: string;
  rule: string;
  /** What the document holds at the check. */
  written: string;
  /** The option picked in the menu, for a single choice. */
  pick?: string;
  /** What the document holds after the fix. */
  fixed: string;
  /** Another answer filled in after the check, making the fix a conflict. */
  other: string;
}

const CASES: Case[] = [
  {
    field: "basic.labName",
    rule: "placeholder",
    written: "中国—哈萨克斯坦XXX干旱区生态农业“一带一路”联合实验室",
    fixed: "中国—哈萨克斯坦干旱区生态农业“一带一路”联合实验室",
    other: "中国—哈萨克斯坦干旱区农业“一带一路”联合实验室",
  },
  { field: "basic.discipline", rule: "discipline", written: "农业生态学", fixed: "210 农学；21020 农业基础学科；2102050 农业生态学", other: "农学" },
  { field: "contact.cn.landline", rule: "phone", written: "电话：029—87082345。", fixed: "029-87082345", other: "029-87080000" },
  { field: "basic.labType", rule: "singleChoice", written: "前沿科技与基础研究、应用技术与产业科技", pick: "民生科技与文明互鉴", fixed: "民生科技与文明互鉴", other: "应用技术与产业科技" },
];

beforeAll(async () => {
  // The choice-two form (two types ticked), with the other answers written as a user might.
  const doc = await OoxmlAdapter.open(readFixture("defects/choice-two.docx"));
  const { data } = await extractDocument(doc);
  const written = structuredClone(data) as Record<string, unknown>;
  // Each answer as written; the two types ticked are left as they are (undefined: not filled).
  for (const c of CASES) setPath(written, c.field, c.rule === "singleChoice" ? undefined : c.written);
  await fillDocument(doc, written as FormData, { overwrite: true });
  file = join(ARTIFACTS, "fixes.docx");
  writeFileSync(file, await doc.save());
});

const pane = (page: Page) => page.getByTestId("pane");
const announced = (page: Page, text: RegExp) => page.getByTestId("announcer").filter({ hasText: text }).waitFor({ timeout: 120_000 });

async function openFile(): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  await gotoPlayground(page, session);
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("file-name").filter({ hasText: "fixes.docx" }).waitFor();
  await pane(page).getByRole("button", { name: /一、基本信息/ }).click();
  return page;
}

async function check(page: Page): Promise<void> {
  await pane(page).locator('[data-action="check"]').click();
  await announced(page, /检查完成/);
}

/** The answer's text in the document the page holds now (a choice: the options ticked), read from its download. */
async function documentAnswer(page: Page, field: string): Promise<string | undefined> {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
  const path = join(ARTIFACTS, "fixes-download.docx");
  await dl.saveAs(path);
  const located = await createController(await OoxmlAdapter.open(new Uint8Array(readFileSync(path)))).locate();
  return located.fields.find((f) => f.id === field)?.text;
}

async function applyFix(page: Page, c: Case): Promise<void> {
  await pane(page).locator(`[data-fix="${c.field}#${c.rule}"]`).click();
  if (c.pick) await page.getByRole("menuitem", { name: c.pick }).click();
}

/** Fill another answer from the pane (overwriting the document's, when it asks). */
async function fillOther(page: Page, c: Case): Promise<void> {
  const input = pane(page).locator(`[data-field="${c.field}"]`);
  if (c.rule === "singleChoice") await input.getByRole("radio", { name: c.other }).check();
  else await input.fill(c.other);
  await pane(page).locator('[data-action="fill"]').click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor({ timeout: 120_000 });
  await dialog.getByRole("button", { name: "全部覆盖" }).click();
  await dialog.getByRole("button", { name: "确定" }).click();
  await announced(page, /已填入文档/);
}

describe.each(CASES)("the fix of $rule on $field", (c) => {
  let page: Page;
  beforeAll(async () => {
    page = await openFile();
    await check(page);
  });
  afterAll(() => page.close());

  it("is applied through fill, and 撤销 takes it back", async () => {
    await applyFix(page, c);
    await announced(page, /已修正/);
    const entry = pane(page).locator(`[data-finding="${c.field}#${c.rule}"]`);
    await expect(entry.innerText()).resolves.toContain("（已修正）");
    await expect(pane(page).getByTestId("findings-stale").isVisible()).resolves.toBe(true);
    expect(await documentAnswer(page, c.field)).toBe(c.fixed);

    await pane(page).getByTestId("notice-undo").click();
    await announced(page, /已撤销上次填写/);
    await expect(pane(page).locator(`[data-fix="${c.field}#${c.rule}"]`).isVisible()).resolves.toBe(true);
    expect(await documentAnswer(page, c.field)).toBe(c.written);
  });

  it("is a conflict, not an overwrite, once the document holds another answer than the check read", async () => {
    await fillOther(page, c);
    await applyFix(page, c);
    const dialog = page.getByRole("dialog");
    await dialog.waitFor({ timeout: 120_000 });
    await expect(dialog.locator(`[data-conflict="${c.field}"]`).innerText()).resolves.toContain(c.other);
    await dialog.getByRole("button", { name: "取消" }).click();
    await pane(page).getByTestId("notice").filter({ hasText: /原有内容已保留/ }).waitFor({ timeout: 120_000 });
    expect(await documentAnswer(page, c.field)).toBe(c.other);
  });
});
