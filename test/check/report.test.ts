import { counts, displayWidth, findingLine, formatReport, formatSummary, reportJson, toCsv, FileResult } from "../../src/check/report";
import { checkFixture, defect } from "./util";

describe("text report", () => {
  it("groups findings by section in form order, with counts per section and in total", async () => {
    const { findings } = await checkFixture(defect("required"));
    const text = formatReport({ file: "申报书.docx", findings });
    const { errors, warnings } = counts(findings);
    expect(text.split("\n")[0]).toBe(`申报书.docx：${errors} 个错误，${warnings} 个警告`);
    const headings = text.split("\n").filter((l) => l.startsWith("【"));
    expect(headings).toEqual(["【封面】错误 1，警告 0", "【一、基本信息】错误 3，警告 0", "【二、战略评议】错误 3，警告 0", "【三、技术评议】错误 1，警告 0", "【四、审核意见】错误 0，警告 8"]);
    expect(text).toContain("  ✗ 错误  “联合实验室主任/中方主任/电话”未填写");
    expect(text).toContain("  ! 警告  “中方依托单位审核意见/单位公章”尚未盖章");
  });

  it("names each finding by its label once", async () => {
    const { findings } = await checkFixture(defect("countries-bad"));
    for (const f of findings) expect(findingLine(f).split("合作国别/辐射合作国").length).toBeLessThanOrEqual(2);
    const count = findings.find((f) => f.rule === "partnerCount" && f.field === "basic.mainPartners")!;
    expect(findingLine(count)).toContain("合作国别/主要合作国");
  });

  it("says so when there is nothing to report, and marks the final check", () => {
    expect(formatReport({ file: "a.docx", findings: [] })).toBe("a.docx：未发现问题");
    expect(formatReport({ file: "a.docx", findings: [] }, { final: true })).toBe("a.docx：未发现问题（提交前终检）");
    expect(formatReport({ file: "b.docx", findings: [], error: { id: "notZip", message: "无法打开" } })).toContain("b.docx：无法检查");
  });

  it("labels data-table cells by table, row and column", async () => {
    const { findings } = await checkFixture(defect("required"));
    const f = findings.find((x) => x.field === "tables.leaders[0].leaders")!;
    expect(findingLine(f)).toContain("二（五）列入双多边元首外交、中外高层交往议程或成果清单 表格/第1行/中外领导人姓名、职务");
  });
});

describe("JSON", () => {
  it("has exactly file and findings with field, rule, severity, message, location, and fix where the check is sure of one", async () => {
    const { findings } = await checkFixture(defect("placeholder"));
    const json = JSON.parse(JSON.stringify(reportJson({ file: "x.docx", findings })));
    expect(Object.keys(json)).toEqual(["file", "findings"]);
    for (const f of json.findings) expect(Object.keys(f)).toEqual(["field", "rule", "severity", "message", "location", ...(f.fix ? ["fix"] : [])]);
    expect(json.findings.filter((f: { fix?: unknown }) => !f.fix).length).toBeGreaterThan(0);
    expect(json.findings.find((f: { field: string }) => f.field === "basic.radiatingPartners")).toMatchObject({
      rule: "placeholder",
      severity: "error",
      location: { kind: "range", start: { offset: 0 }, end: { offset: 8 } },
      fix: { kind: "replace", from: "（建议3-5个）土库曼斯坦、蒙古国、巴基斯坦", to: "土库曼斯坦、蒙古国、巴基斯坦" },
    });
  });

  it("a file that could not be checked carries its error", () => {
    expect(reportJson({ file: "bad.docx", findings: [], error: { id: "notZip", message: "无法打开" } })).toEqual({ file: "bad.docx", error: { id: "notZip", message: "无法打开" }, findings: [] });
  });
});

describe("folder summary and CSV", () => {
  const results = async (): Promise<FileResult[]> => [
    { file: "dir/甲单位申报书.docx", findings: (await checkFixture(defect("formats-bad"))).findings },
    { file: "dir/clean.docx", findings: (await checkFixture(defect("signed"))).findings },
    { file: "dir/坏文件.docx", findings: [], error: { id: "notZip", message: "无法打开：这不是有效的 .docx 文件。" } },
  ];

  it("the summary has one aligned line per file and a total", async () => {
    const text = formatSummary(await results());
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^文件\s+错误\s+警告\s+主要问题$/);
    expect(lines[1]).toMatch(/^甲单位申报书\.docx\s+13\s+8\s+联合实验室主任\/中方主任\/电话：/);
    expect(lines[2]).toMatch(/^clean\.docx\s+0\s+0\s+未发现问题$/);
    expect(lines[3]).toMatch(/^坏文件\.docx\s+—\s+—\s+无法检查：无法打开/);
    // The (right-aligned) count columns line up whatever the width of the file names.
    const col = (l: string) => displayWidth(/^\S+\s+\S+/.exec(l)![0]);
    expect(col(lines[1])).toBe(col(lines[2]));
    expect(col(lines[2])).toBe(col(lines[3]));
    expect(lines[lines.length - 1]).toBe("共 3 个文件：1 个有错误，1 个无错误，1 个无法检查。");
  });

  it("CSV is UTF-8 with a BOM, CRLF, one row per finding and a row for clean and bad files", async () => {
    const r = await results();
    const csv = toCsv(r);
    expect(csv.startsWith("\uFEFF文件,章节,项目,字段,规则,级别,说明\r\n")).toBe(true);
    const rows = csv.slice(1).trimEnd().split("\r\n");
    expect(rows).toHaveLength(1 + r[0].findings.length + 1 + 1);
    expect(rows).toContain("dir/clean.docx,,,,,,未发现问题");
    expect(rows).toContain("dir/坏文件.docx,,,,,无法检查,无法打开：这不是有效的 .docx 文件。");
    expect(rows.some((row) => row.startsWith("dir/甲单位申报书.docx,一、基本信息,联合实验室主任/中方主任/电话,director.cn.phone,phone,错误,"))).toBe(true);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("CSV quotes cells with commas, quotes or line breaks", () => {
    const csv = toCsv([{ file: 'a,"b".docx', findings: [] }]);
    expect(csv).toContain('"a,""b"".docx",,,,,,未发现问题');
  });
});
