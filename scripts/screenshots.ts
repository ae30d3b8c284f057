/**
 * Screenshots of the task pane for docs/screenshots/ (npx tsx scripts/screenshots.ts).
 *
 * Bundles scripts/screenshots.page.tsx with esbuild into a temporary static
 * page, opens it through playwright-core in the Chromium that npm installed
 * (scripts/chromium.ts; CHROMIUM_PATH for another) and saves PNGs at the two
 * widths Word gives a task pane: 320 px (the narrowest) and 450 px. Also fails when anything overflows the pane
 * horizontally, the one layout fault a picture at one scroll position can miss.
 */
import { build } from "esbuild";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { launchChromium } from "./chromium";

const ROOT = resolve(__dirname, "..");
const OUT = join(ROOT, "docs", "screenshots");

async function bundle(dir: string): Promise<string> {
  await build({
    entryPoints: [join(ROOT, "scripts", "screenshots.page.tsx")],
    bundle: true,
    outfile: join(dir, "page.js"),
    format: "iife",
    platform: "browser",
    target: "es2020",
    jsx: "automatic",
    minify: true,
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>丝路申报助手</title>
<style>html,body{margin:0;font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif}</style></head>
<body><div id="root"></div><script src="page.js"></script></body></html>`;
  const file = join(dir, "index.html");
  writeFileSync(file, html);
  return file;
}

/** With KEEP_SHOTS=1: the whole page in viewport-high tiles, to review every part of the layout. */
async function tiles(page: Page, dir: string, name: string) {
  if (!process.env.KEEP_SHOTS) return;
  const { width, height } = page.viewportSize()!;
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 0; y < total; y += height, i++) {
    await page.screenshot({
      path: join(dir, `${name}-${String(i).padStart(2, "0")}.png`),
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(height, total - y) },
    });
  }
}

/** Elements wider than the viewport, described for the error message. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`page scrollWidth ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 0.5) {
        out.push(`${el.tagName.toLowerCase()}.${String(el.className).slice(0, 40)} right=${Math.round(r.right)} text=${(el.textContent ?? "").slice(0, 30)}`);
      }
    }
    return out.slice(0, 20);
  });
}

/**
 * Keyboard only: Tab from the top must reach every action, the section headers and,
 * once 封面 is opened with Enter, its inputs. Returns the problems found.
 */
async function keyboardWalk(page: Page, width: number, dir: string): Promise<string[]> {
  const names: string[] = [];
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return "(body)";
      const labelled = el.getAttribute("aria-labelledby");
      const byId = labelled ? document.getElementById(labelled.split(" ")[0])?.textContent : null;
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (el.getAttribute("aria-label") ?? byId ?? label ?? el.textContent ?? el.tagName).trim().slice(0, 20);
    });
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    names.push(await focused());
  }
  const problems: string[] = [];
  const expected = ["填入文档", "检查", "从文档读取", "提交前最终检查（缺少签字、盖章", "撤销上次填写", "清除标记", "导出 JSON", "导入 JSON", "新建空白申报书"];
  expected.forEach((name, i) => {
    if (!names[i]?.startsWith(name.slice(0, 6))) problems.push(`${width}px Tab ${i + 1}: expected ${name}, got ${names[i]}`);
  });
  if (!names.some((n) => n.startsWith("封面"))) problems.push(`${width}px Tab never reached the 封面 header: ${names.join(" | ")}`);
  // Open 封面 from the keyboard and step into it.
  while ((await focused()).startsWith("封面") === false && names.length < 30) {
    await page.keyboard.press("Tab");
    names.push(await focused());
  }
  await page.keyboard.press("Enter");
  // Let the panel finish expanding before moving on.
  await page.waitForTimeout(600);
  await page.keyboard.press("Tab");
  const first = await focused();
  if (first !== "联合实验室名称") problems.push(`${width}px after opening 封面, Tab went to ${first}`);
  await page.keyboard.press("Tab");
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(OUT, `keyboard-${width}.png`) });
  await tiles(page, dir, `keyboard-${width}`);
  return problems;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "silkform-shots-"));
  mkdirSync(OUT, { recursive: true });
  const browser = await launchChromium();
  const problems: string[] = [];
  try {
    const url = `file://${await bundle(dir)}`;
    for (const width of [320, 450]) {
      const page = await browser.newPage({ viewport: { width, height: 1100 }, deviceScaleFactor: 1 });
      page.on("pageerror", (e) => problems.push(`${width}px page error: ${e.message}`));

      // Filled form: 封面 and 一、基本信息 open, as after 从文档读取.
      await page.goto(`${url}?open=cover,basic`);
      await page.getByText("联合实验室名称").first().waitFor();
      await page.screenshot({ path: join(OUT, `filled-${width}.png`) });
      await tiles(page, dir, `filled-${width}`);
      problems.push(...(await overflow(page)).map((p) => `${width}px filled: ${p}`));

      // Sections 二 and 三 with their tables, narratives and counters.
      await page.goto(`${url}?open=strategy,tech,sign`);
      await page.getByText("战略意义（1000字以内）").waitFor();
      await page.screenshot({ path: join(OUT, `narratives-${width}.png`) });
      await tiles(page, dir, `narratives-${width}`);
      problems.push(...(await overflow(page)).map((p) => `${width}px narratives: ${p}`));

      // After 检查: the findings list, badges, and a finding opened in place.
      await page.goto(`${url}?open=cover`);
      await page.getByRole("button", { name: "检查", exact: true }).click();
      await page.getByRole("heading", { name: "检查结果" }).waitFor();
      await page.screenshot({ path: join(OUT, `findings-${width}.png`) });
      problems.push(...(await overflow(page)).map((p) => `${width}px findings: ${p}`));
      // 下一个 twice: the second finding current, "第 2 / n 个" shown.
      await page.getByRole("button", { name: "下一个" }).click();
      await page.getByRole("button", { name: "下一个" }).click();
      await page.screenshot({ path: join(OUT, `findings-nav-${width}.png`) });
      // 清除标记: the list says at once that it is stale, with 重新检查.
      await page.getByRole("button", { name: "清除标记" }).click();
      await page.getByText("这份检查结果可能已过期").waitFor();
      await page.screenshot({ path: join(OUT, `findings-stale-${width}.png`) });
      await page.locator('[data-finding="tech.positioning#overLimit"]').click();
      await page.waitForTimeout(700);
      await page.screenshot({ path: join(OUT, `finding-jump-${width}.png`) });
      await tiles(page, dir, `findings-${width}`);
      problems.push(...(await overflow(page)).map((p) => `${width}px after jump: ${p}`));

      // One-click fixes, after a fresh 检查: the single choice's menu open, then a fix applied (已修正, with 撤销).
      await page.goto(`${url}?open=cover`);
      await page.getByRole("button", { name: "检查", exact: true }).click();
      await page.getByRole("heading", { name: "检查结果" }).waitFor();
      await page.locator('[data-fix="basic.labType#singleChoice"]').scrollIntoViewIfNeeded();
      await page.locator('[data-fix="basic.labType#singleChoice"]').click();
      await page.getByRole("menuitem", { name: "民生科技与文明互鉴" }).waitFor();
      await page.screenshot({ path: join(OUT, `finding-fix-menu-${width}.png`) });
      problems.push(...(await overflow(page)).map((p) => `${width}px fix menu: ${p}`));
      await page.keyboard.press("Escape");
      await page.locator('[data-fix="contact.cn.landline#phone"]').click();
      await page.getByTestId("notice").getByText("已修正“联合实验室管理人员/中方联系人/座机”。").waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(OUT, `finding-fixed-${width}.png`) });
      problems.push(...(await overflow(page)).map((p) => `${width}px fixed: ${p}`));
      // A check that takes a while: the bar and its words under the actions.
      await page.goto(`${url}?open=cover&slow=1`);
      await page.getByRole("button", { name: "检查", exact: true }).click();
      await page.getByText("正在检查，请稍候…").waitFor();
      await page.screenshot({ path: join(OUT, `progress-${width}.png`), clip: { x: 0, y: 0, width, height: 360 } });

      // Keyboard only, from a fresh page with every section closed.
      await page.goto(`${url}?open=`);
      await page.getByRole("button", { name: "填入文档" }).waitFor();
      problems.push(...(await keyboardWalk(page, width, dir)));
      await page.close();
    }
  } finally {
    await browser.close();
    if (!process.env.KEEP_SHOTS) rmSync(dir, { recursive: true, force: true });
    else console.log(`full-page shots kept in ${dir}`);
  }
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exitCode = 1;
  } else {
    console.log(`screenshots written to ${OUT}`);
  }
}

void main();
