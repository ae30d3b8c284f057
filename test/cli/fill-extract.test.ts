import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../helpers/cli";
import { fixturePath } from "../helpers/fixtures";

const tmp = () => mkdtempSync(join(tmpdir(), "silkform-"));

describe("silkform fill / extract", () => {
  it("fills the blank form from the sample and extracts the same data back", async () => {
    const dir = tmp();
    const out = join(dir, "filled.docx");
    const fill = await runCli(["fill", fixturePath("reference.docx"), fixturePath("data/sample.json"), "-o", out]);
    expect(fill.code).toBe(0);
    expect(fill.out).toMatch(/已填写 \d+ 项，新增 6 行/);
    const json = join(dir, "data.json");
    const ex = await runCli(["extract", out, "-o", json]);
    expect(ex.code).toBe(0);
    const sample = JSON.parse(readFileSync(fixturePath("data/sample.json"), "utf8"));
    expect(JSON.parse(readFileSync(json, "utf8"))).toEqual(sample);
  });

  it("lists every schema problem in Chinese, by label, and writes nothing", async () => {
    const dir = tmp();
    const data = join(dir, "bad.json");
    writeFileSync(data, JSON.stringify({ basic: { labType: "基础研究", mainPartners: 3 }, staff: [{ phone: 123 }], stats: { rnd: { patents: [] } }, foo: 1 }));
    const out = join(dir, "out.docx");
    const r = await runCli(["fill", fixturePath("reference.docx"), data, "-o", out]);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(r.err).toContain("类型（单选）：应为以下之一：前沿科技与基础研究、应用技术与产业科技、民生科技与文明互鉴");
    expect(r.err).toContain("合作国别/主要合作国：应为文字列表");
    expect(r.err).toContain("专职人员（第1项）/电话：应为文字");
    expect(r.err).toContain("专利授权数");
    expect(r.err).toContain("不认识的项 “foo”");
  });

  it("rejects invalid JSON with exit 2 and no output", async () => {
    const dir = tmp();
    const data = join(dir, "broken.json");
    writeFileSync(data, '{"basic": {"labName": "x",}');
    const out = join(dir, "out.docx");
    const r = await runCli(["fill", fixturePath("reference.docx"), data, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("不是有效的 JSON");
    expect(existsSync(out)).toBe(false);
  });

  it("requires -o, so the input is never overwritten by accident", async () => {
    const r = await runCli(["fill", fixturePath("reference.docx"), fixturePath("data/sample.json")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("-o");
  });

  it("reports conflicts with exit 1 and keeps the document's text", async () => {
    const dir = tmp();
    const first = join(dir, "a.docx");
    await runCli(["fill", fixturePath("reference.docx"), fixturePath("data/sample.json"), "-o", first]);
    const data = join(dir, "other.json");
    writeFileSync(data, JSON.stringify({ director: { cn: { name: "王五" } } }));
    const second = join(dir, "b.docx");
    const r = await runCli(["fill", first, data, "-o", second]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("director.cn.name（联合实验室主任/中方主任/姓名）：文档中为“李明华”，数据为“王五”");
    const ex = await runCli(["extract", second]);
    expect(JSON.parse(ex.out).director.cn.name).toBe("李明华");
    const r2 = await runCli(["fill", first, data, "-o", second, "--overwrite"]);
    expect(r2.code).toBe(0);
    expect(JSON.parse((await runCli(["extract", second])).out).director.cn.name).toBe("王五");
  });

  it("names every value a copy cannot hold, by its Chinese label, and exits 1", async () => {
    const dir = tmp();
    const out = join(dir, "filled.docx");
    const r = await runCli(["fill", fixturePath("partial/lost-places.docx"), fixturePath("data/sample.json"), "-o", out]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("有 6 项数据未能填入文档");
    const lines = r.out.split("\n").filter((l) => l.startsWith("  "));
    expect(lines).toEqual([
      "  类型（单选）：“应用技术与产业科技”——“类型（单选）”一栏中没有可勾选的方框（□），无法勾选或读取选项（basic.labType）",
      "  中方参与单位（第1项）/详细地址：“新疆乌鲁木齐市北京南路818号”——“一、基本信息”表格中找不到“详细地址”这一栏（cnParticipants[0].address）",
      "  中方参与单位（第2项）/详细地址：“陕西省杨凌示范区新桥路12号”——“一、基本信息”表格中找不到“详细地址”这一栏（cnParticipants[1].address）",
      "  外方参与单位（第1项）/名称：“乌兹别克斯坦科学院土壤研究所”——“一、基本信息”表格中找不到“名称”这一栏（foreignParticipants[0].name）",
      "  外方参与单位（第1项）/性质：“科研院所”——“一、基本信息”表格中找不到“性质”这一栏（foreignParticipants[0].nature）",
      "  外方参与单位（第1项）/网址：“https://soil.academy.uz”——“一、基本信息”表格中找不到“网址”这一栏（foreignParticipants[0].website）",
    ]);
    // Everything that had a place was written: the output reads back as the sample minus exactly those values.
    const back = JSON.parse((await runCli(["extract", out])).out);
    const sample = JSON.parse(readFileSync(fixturePath("data/sample.json"), "utf8"));
    sample.basic.labType = "";
    sample.foreignParticipants = [];
    for (const p of sample.cnParticipants) delete p.address;
    for (const p of back.cnParticipants) delete p.address;
    expect(back).toEqual(sample);
  });

  it("extract refuses to write its JSON over the .docx it reads", async () => {
    const r = await runCli(["extract", fixturePath("reference.docx"), "-o", fixturePath("reference.docx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("输出文件不能是要读取的 .docx 本身");
  });
});
