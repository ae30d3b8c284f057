import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import { counts, csvText } from "../../src/check/report";
import { ROSTER_HEADER } from "../../src/check/roster";
import { fillDocument } from "../helpers/controller";
import { checkFixture, defectPath } from "../check/util";
import { runCli } from "../helpers/cli";
import { fixturePath, openFixture, sampleData } from "../helpers/fixtures";

/** A CSV as Excel reads it: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') cell += text[++i];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

const DEFECTS = readdirSync(join(fixturePath("defects"))).filter((f) => f.endsWith(".docx"));
const FILLED_VARIANTS = ["wps.docx", "split-table.docx", "tables-outside.docx"];

let dir: string;
let result: { code: number; out: string; err: string };
let rows: string[][];
let raw: string;
const col = (name: string) => ROSTER_HEADER.indexOf(name);
const rowOf = (file: string) => rows.find((r) => r[0] === file)!;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "silkform-roster-"));
  for (const f of DEFECTS) copyFileSync(defectPath(f.replace(/\.docx$/, "")), join(dir, f));
  // The sample in other layouts of the form: the roster reads them like the reference.
  for (const v of FILLED_VARIANTS) {
    const doc = new OoxmlAdapter(await openFixture(`variants/${v}`));
    await fillDocument(doc, sampleData(), { overwrite: true });
    writeFileSync(join(dir, `variant-${v}`), await doc.save());
  }
  copyFileSync(fixturePath("bad/truncated.docx"), join(dir, "损坏.docx"));
  copyFileSync(fixturePath("bad/foreign.docx"), join(dir, "其他文件.docx"));
  // Not forms: Word's owner file of an open document, and a note.
  writeFileSync(join(dir, "~$clean.docx"), "owner");
  writeFileSync(join(dir, "说明.txt"), "不是申报书");
  result = await runCli(["extract", dir, "--csv", join(dir, "汇总.csv")]);
  raw = readFileSync(join(dir, "汇总.csv"), "utf8");
  rows = parseCsv(raw.replace(/^\uFEFF/, ""));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("silkform extract FOLDER --csv (the department's roster)", () => {
  it("writes UTF-8 with a BOM and CRLF, a header, and one row per .docx (owner files and other files left out)", () => {
    expect(raw.startsWith("\uFEFF")).toBe(true);
    expect(raw.replace(/\r\n/g, "").includes("\n")).toBe(false);
    expect(rows[0]).toEqual([...ROSTER_HEADER]);
    const files = rows.slice(1).map((r) => r[0]);
    expect([...files].sort()).toEqual([...DEFECTS, ...FILLED_VARIANTS.map((v) => `variant-${v}`), "损坏.docx", "其他文件.docx"].sort());
    for (const r of rows) expect(r).toHaveLength(ROSTER_HEADER.length);
  });

  it("a corrupt file and a document that is not the form get a row with the reason; the batch goes on; exit 2", () => {
    expect(result.code).toBe(2);
    const corrupt = rowOf("损坏.docx");
    expect(corrupt[col("状态")]).toMatch(/^无法读取：.*不是有效的 \.docx 文件/);
    expect(corrupt.slice(1, -1).every((c) => c === "")).toBe(true);
    expect(rowOf("其他文件.docx")[col("状态")]).toContain("这不是“一带一路”联合实验室情况摸底申报书");
    expect(result.err).toContain("其中 2 份无法读取");
    // Files after the corrupt one in collation order are read all the same.
    expect(rows.slice(1).filter((r) => r[col("状态")] === "已读取")).toHaveLength(DEFECTS.length + FILLED_VARIANTS.length);
  });

  it("the sample's answers and figures, as numbers Excel can add up", () => {
    const r = rowOf("clean.docx");
    const expected: Record<string, string> = {
      申报名称: "中国—哈萨克斯坦干旱区生态农业“一带一路”联合实验室",
      重点合作国: "哈萨克斯坦",
      主要合作国: "乌兹别克斯坦、吉尔吉斯斯坦、塔吉克斯坦",
      中方依托单位: "西北农林科技大学",
      中方主任: "李明华",
      学科代码: "210；21020；2102050",
      类型: "应用技术与产业科技",
      "研发项目总经费（万元）": "12850.5",
      国家级研发任务数: "18",
      合作国数量: "7",
      "依托单位经费投入（万元）": "1500",
      错误数: "0",
      警告数: "8",
      状态: "已读取",
    };
    for (const [k, v] of Object.entries(expected)) expect([k, r[col(k)]]).toEqual([k, v]);
  });

  it("other layouts of the form give the same answers as the reference", () => {
    const clean = rowOf("clean.docx");
    for (const v of FILLED_VARIANTS) expect(rowOf(`variant-${v}`).slice(1)).toEqual(clean.slice(1));
  });

  it("figures written with units or separators are read as numbers; 无 stays 无", () => {
    expect(rowOf("formats-good.docx")[col("研发项目总经费（万元）")]).toBe("1200.5");
    expect(rowOf("formats-good.docx")[col("专利授权数")]).toBe("46");
    expect(rowOf("none.docx")[col("国际合作任务总经费（万元）")]).toBe("无");
    expect(rowOf("formats-bad.docx")[col("合作国数量")]).toBe("约7个");
  });

  it.each(["clean", "formats-bad", "cross-more", "times-bad", "required"])("%s.docx: the error and warning counts are the check's", async (name) => {
    const c = counts((await checkFixture(`defects/${name}.docx`)).findings);
    const r = rowOf(`${name}.docx`);
    expect([r[col("错误数")], r[col("警告数")]]).toEqual([String(c.errors), String(c.warnings)]);
  });

  it("shows progress on stderr for a folder of more than a few files", () => {
    const total = rows.length - 1;
    expect(result.err).toContain(`正在读取（1/${total}）：`);
    expect(result.err).toContain(`正在读取（${total}/${total}）：`);
  });
});

describe("the roster's other paths", () => {
  it("a small folder: no progress lines, exit 0 when every file is read", async () => {
    const small = mkdtempSync(join(tmpdir(), "silkform-roster-"));
    try {
      for (const f of ["clean", "signed"]) copyFileSync(defectPath(f), join(small, `${f}.docx`));
      const r = await runCli(["extract", small, "--csv", join(small, "汇总.csv")]);
      expect(r.code).toBe(0);
      expect(r.err).not.toContain("正在读取");
      expect(r.err).toContain("共 2 份");
      const signed = parseCsv(readFileSync(join(small, "汇总.csv"), "utf8").replace(/^\uFEFF/, "")).find((x) => x[0] === "signed.docx")!;
      expect([signed[col("错误数")], signed[col("警告数")]]).toEqual(["0", "0"]);
    } finally {
      rmSync(small, { recursive: true, force: true });
    }
  });

  it("--final counts the missing signatures as errors", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "silkform-roster-")), "r.csv");
    expect((await runCli(["extract", defectPath("clean"), "--csv", out, "--final"])).code).toBe(0);
    const r = parseCsv(readFileSync(out, "utf8").replace(/^\uFEFF/, ""))[1];
    expect([r[col("错误数")], r[col("警告数")]]).toEqual(["8", "0"]);
  });

  it("a folder without --csv is refused with the usage, nothing else happens", async () => {
    const r = await runCli(["extract", fixturePath("defects")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--csv");
  });

  it("a folder with no .docx is a clear error", async () => {
    const empty = mkdtempSync(join(tmpdir(), "silkform-roster-"));
    const r = await runCli(["extract", empty, "--csv", join(empty, "汇总.csv")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("没有 .docx 文件");
    rmSync(empty, { recursive: true, force: true });
  });

  it("text that Excel would run as a formula is written as text", () => {
    const rows = parseCsv(csvText([["=HYPERLINK(\"http://x\")", "@SUM(A1)", "-10", "+7 727 2641234", "-abc"]]).replace(/^\uFEFF/, ""));
    expect(rows[0]).toEqual(["'=HYPERLINK(\"http://x\")", "'@SUM(A1)", "-10", "+7 727 2641234", "'-abc"]);
  });
});
