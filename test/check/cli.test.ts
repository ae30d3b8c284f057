import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../helpers/cli";
import { fixturePath } from "../helpers/fixtures";
import { defectPath } from "./util";

describe("silkform check FILE", () => {
  it("exit 0 with only warnings, and a report grouped by section", async () => {
    const r = await runCli(["check", defectPath("clean")]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("clean.docx：0 个错误，8 个警告");
    expect(r.out).toContain("【四、审核意见】错误 0，警告 8");
  });

  it("exit 1 when errors are found", async () => {
    const r = await runCli(["check", defectPath("formats-bad")]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("13 个错误");
    expect(r.out).toContain("【一、基本信息】错误 11");
  });

  it("--final makes the missing signatures errors (exit 1); a signed form passes (exit 0)", async () => {
    const clean = await runCli(["check", defectPath("clean"), "--final"]);
    expect(clean.code).toBe(1);
    expect(clean.out).toContain("8 个错误，0 个警告（提交前终检）");
    const signed = await runCli(["check", defectPath("signed"), "--final"]);
    expect(signed.code).toBe(0);
    expect(signed.out).toContain("未发现问题（提交前终检）");
  });

  it("--json prints {file, findings[]} with the public finding keys", async () => {
    const r = await runCli(["check", defectPath("limits"), "--json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.file).toBe(defectPath("limits"));
    expect(json.findings.length).toBeGreaterThan(0);
    for (const f of json.findings) expect(Object.keys(f).sort()).toEqual(["field", "location", "message", "rule", "severity"]);
    expect(json.findings.filter((f: { rule: string }) => f.rule === "overLimit").map((f: { field: string }) => f.field)).toEqual([
      "strategy.layout",
      "strategy.cooperation",
      "tech.annualTasks",
    ]);
  });

  it.each([
    [fixturePath("bad/not-a-zip.docx"), "不是有效的 .docx 文件"],
    [fixturePath("bad/foreign.docx"), "这不是“一带一路”联合实验室情况摸底申报书"],
    [fixturePath("no-such.docx"), "文件不存在"],
  ])("exit 2 on bad input %s", async (file, message) => {
    const r = await runCli(["check", file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it("exit 2 on a missing file argument or an unknown option", async () => {
    expect((await runCli(["check"])).code).toBe(2);
    const r = await runCli(["check", defectPath("clean"), "--fianl"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--fianl");
  });

  it("--annotate writes a marked copy with our comments, and re-checking it gives the same findings", async () => {
    const out = join(tmpdir(), `silkform-annotated-${process.pid}.docx`);
    try {
      const r = await runCli(["check", defectPath("formats-bad"), "--annotate", out]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`已写入带批注的文档：${out}`);
      const zip = await JSZip.loadAsync(readFileSync(out));
      const comments = await zip.file("word/comments.xml")!.async("string");
      expect(comments).toContain("丝路申报助手");
      expect(comments).toContain("wangxy#nwafu.edu.cn");
      const before = await runCli(["check", defectPath("formats-bad"), "--json"]);
      const after = await runCli(["check", out, "--json"]);
      const strip = (s: string) => JSON.parse(s).findings.map((f: { field: string; rule: string; message: string }) => [f.field, f.rule, f.message]);
      expect(strip(after.out)).toEqual(strip(before.out));
    } finally {
      if (existsSync(out)) rmSync(out);
    }
  });

  it("--annotate refuses to write over the input (exit 2)", async () => {
    const r = await runCli(["check", defectPath("clean"), "--annotate", defectPath("clean")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("不能是要检查的文件本身");
  });

  it("--annotate is for one file, not a folder", async () => {
    const r = await runCli(["check", join(__dirname, "..", "fixtures", "defects"), "--annotate", join(tmpdir(), "x.docx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("只能用于单个文件");
  });
});

describe("silkform check DIR", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "silkform-check-"));
    copyFileSync(defectPath("clean"), join(dir, "乙单位.docx"));
    copyFileSync(defectPath("required"), join(dir, "甲单位.docx"));
    copyFileSync(fixturePath("bad/truncated.docx"), join(dir, "坏文件.docx"));
    // A Word owner file next to an open document: skipped, not reported.
    writeFileSync(join(dir, "~$甲单位.docx"), "lock");
    writeFileSync(join(dir, "说明.txt"), "not a docx");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("checks every .docx, reports a bad file in the summary without stopping, exit 2", async () => {
    const r = await runCli(["check", dir]);
    expect(r.code).toBe(2);
    const summary = r.out.slice(r.out.indexOf("汇总"));
    expect(summary).toMatch(/乙单位\.docx\s+0\s+8\s+/);
    expect(summary).toMatch(/甲单位\.docx\s+8\s+8\s+/);
    expect(summary).toMatch(/坏文件\.docx\s+—\s+—\s+无法检查：无法打开/);
    expect(summary).toContain("共 3 个文件：1 个有错误，1 个无错误，1 个无法检查。");
    expect(r.out).not.toContain("~$");
    // Each file's own report comes before the summary.
    expect(r.out.indexOf("甲单位.docx：8 个错误")).toBeLessThan(r.out.indexOf("汇总"));
  });

  it("--json gives an array of {file, findings}, with error for the bad file", async () => {
    const r = await runCli(["check", dir, "--json"]);
    const json = JSON.parse(r.out);
    expect(json.map((x: { file: string }) => x.file)).toEqual(["坏文件.docx", "甲单位.docx", "乙单位.docx"].map((n) => join(dir, n)));
    expect(json[0]).toMatchObject({ error: { id: "notZip", message: expect.stringContaining("不是有效的 .docx 文件") }, findings: [] });
    expect(json[1].findings.length).toBe(16);
  });

  it("--csv writes UTF-8 with BOM for Excel", async () => {
    const csv = join(dir, "..", `silkform-summary-${process.pid}.csv`);
    try {
      const r = await runCli(["check", dir, "--csv", csv]);
      expect(r.err).toContain(`已写入 CSV：${csv}`);
      const bytes = readFileSync(csv);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString("utf8").slice(1);
      expect(text.split("\r\n")[0]).toBe("文件,章节,项目,字段,规则,级别,说明");
      expect(text).toContain(`${join(dir, "坏文件.docx")},,,,,无法检查,`);
      expect(text).toContain("cover.date,required,错误,");
    } finally {
      if (existsSync(csv)) rmSync(csv);
    }
  });

  it("without a bad file: exit 1 when a file has errors, 0 when none has", async () => {
    const ok = mkdtempSync(join(tmpdir(), "silkform-ok-"));
    try {
      copyFileSync(defectPath("clean"), join(ok, "a.docx"));
      copyFileSync(defectPath("signed"), join(ok, "b.docx"));
      expect((await runCli(["check", ok])).code).toBe(0);
      copyFileSync(defectPath("choice-two"), join(ok, "c.docx"));
      expect((await runCli(["check", ok])).code).toBe(1);
    } finally {
      rmSync(ok, { recursive: true, force: true });
    }
  });

  it("an empty folder is bad input", async () => {
    const empty = mkdtempSync(join(tmpdir(), "silkform-empty-"));
    try {
      const r = await runCli(["check", empty]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("没有 .docx 文件");
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
