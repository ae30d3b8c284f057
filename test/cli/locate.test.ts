import { execFileSync } from "child_process";
import { join } from "path";
import { fixturePath } from "../helpers/fixtures";
import { runCli } from "../helpers/cli";

describe("silkform locate", () => {
  it("prints every field with its place and a coverage line, exit 0 on the reference", async () => {
    const r = await runCli(["locate", fixturePath("reference.docx")]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("✓ basic.labName（联合实验室/申报名称）  表 0 行 0 列 2");
    expect(r.err).toContain("识别：111/111 项（按本文档的专职人员 3 项、中方参与单位 1 项、外方参与单位 1 项计），全部找到");
  });

  it("counts the list items a copy really holds: labels repeated on every row make no phantom items", async () => {
    const r = await runCli(["locate", fixturePath("variants/repeated-groups.docx")]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("识别：128/128 项（按本文档的专职人员 5 项、中方参与单位 3 项、外方参与单位 2 项计），全部找到");
    const json = JSON.parse((await runCli(["locate", fixturePath("variants/no-merge.docx"), "--json"])).out);
    expect([json.found, json.total, json.lists]).toEqual([121, 121, { staff: 4, cnParticipants: 2, foreignParticipants: 2 }]);
  });

  it("--json gives one entry per field with found, text and location", async () => {
    const r = await runCli(["locate", fixturePath("reference.docx"), "--json"]);
    const json = JSON.parse(r.out);
    expect(json.fields).toHaveLength(111);
    const staff = json.fields.find((f: { id: string }) => f.id === "staff[1].phone");
    expect(staff).toMatchObject({ found: true, text: "", location: { kind: "cell", cell: { table: 0, row: 18, col: 7 } } });
    expect(json.fields.find((f: { id: string }) => f.id === "tables.layout")).toMatchObject({ found: true, location: { kind: "table", table: 3 } });
    expect(json.fields.find((f: { id: string }) => f.id === "sign.host.seal")).toMatchObject({ found: true, location: { kind: "mark", present: false } });
  });

  it("exits 1 and lists what it cannot find", async () => {
    const r = await runCli(["locate", fixturePath("variants/no-instructions.docx")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("未找到 2 项：tech.positioning、tech.annualTasks");
    expect(r.out).toContain("说明文字已删除");
  });

  it.each([
    ["bad/not-a-zip.docx", "不是有效的 .docx 文件"],
    ["bad/truncated.docx", "不是有效的 .docx 文件"],
    ["bad/no-document-xml.docx", "没有 Word 正文"],
    ["bad/foreign.docx", "这不是“一带一路”联合实验室情况摸底申报书"],
    ["no-such-file.docx", "文件不存在"],
  ])("exits 2 with a Chinese message on %s", async (file, message) => {
    const r = await runCli(["locate", fixturePath(file)]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.out).toBe("");
  });

  it("runs as the package bin, as `npx silkform` does", () => {
    const bin = join(__dirname, "..", "..", "bin", "silkform.js");
    const out = execFileSync(process.execPath, [bin, "locate", fixturePath("reference.docx"), "--json"], { encoding: "utf8" });
    expect(JSON.parse(out).found).toBe(111);
  });
});
