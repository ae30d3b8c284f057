import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { parseXml } from "../../src/adapters/ooxml/xml";
import { runCli } from "../helpers/cli";
import { fixturePath } from "../helpers/fixtures";

/** Values as people paste them: from PDFs, old systems, Windows. Data files built here. */

const tmp = () => mkdtempSync(join(tmpdir(), "silkform-values-"));

async function fill(data: unknown) {
  const dir = tmp();
  const file = join(dir, "data.json");
  writeFileSync(file, JSON.stringify(data));
  const out = join(dir, "out.docx");
  const r = await runCli(["fill", fixturePath("reference.docx"), file, "-o", out]);
  const zip = await JSZip.loadAsync(readFileSync(out));
  const xml = await zip.file("word/document.xml")!.async("string");
  return { ...r, output: out, xml };
}

// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

describe("control characters in values", () => {
  it("U+000B becomes a line break, U+000C a page break, tab a tab; the rest are removed and the field is named", async () => {
    const r = await fill({
      basic: { labName: "中国—哈萨克斯坦\u000B绿色能源联合实验室", researchDirection: "方向一\t方向二\u0001\u001F" },
      strategy: { significance: "第一段\u000C第二段\u0000" },
    });
    expect(r.code).toBe(0);
    expect(r.xml).not.toMatch(XML_ILLEGAL);
    expect(() => parseXml(r.xml, "word/document.xml")).not.toThrow();
    expect(r.xml).toMatch(/<w:t xml:space="preserve">中国—哈萨克斯坦<\/w:t><w:br\/><w:t xml:space="preserve">绿色能源联合实验室<\/w:t>/);
    expect(r.xml).toMatch(/方向一<\/w:t><w:tab\/><w:t xml:space="preserve">方向二<\/w:t>/);
    expect(r.xml).toMatch(/第一段<\/w:t><w:br w:type="page"\/><w:t xml:space="preserve">第二段<\/w:t>/);
    expect(r.out).toContain("研究方向：已删除 U+0001、U+001F 等不可见的控制字符");
    expect(r.out).toContain("U+0000");
    expect(r.out).not.toContain("申报名称：已删除");
    const back = JSON.parse((await runCli(["extract", r.output])).out);
    expect(back.basic.labName).toBe("中国—哈萨克斯坦\n绿色能源联合实验室");
    expect(back.basic.researchDirection).toBe("方向一\t方向二");
  });

  it("filling the same data again changes nothing (a line break reads back as the line end it came from)", async () => {
    const dir = tmp();
    const file = join(dir, "data.json");
    writeFileSync(file, JSON.stringify({ basic: { labName: "甲\u000B乙" } }));
    const once = join(dir, "once.docx");
    await runCli(["fill", fixturePath("reference.docx"), file, "-o", once]);
    const twice = await runCli(["fill", once, file, "-o", join(dir, "twice.docx")]);
    expect(twice.code).toBe(0);
    expect(twice.out).toContain("已填写 0 项");
  });

  it("a lone surrogate is reported with its field and that value is not written", async () => {
    const r = await fill({ basic: { labName: "实验室\uD83D", department: "科技部" }, cover: { labName: "完好的名称" } });
    expect(r.code).toBe(1);
    expect(r.out).toContain("申报名称");
    expect(r.out).toContain("孤立的代理项 U+D83D");
    expect(r.xml).not.toContain("实验室\uFFFD");
    expect(r.xml).toContain("科技部");
    expect(r.xml).toContain("完好的名称");
  });
});

describe("Windows line ends in data", () => {
  it("\\r\\n in a narrative is one paragraph break, not two", async () => {
    const r = await fill({ strategy: { significance: "第一段。\r\n第二段。\r\n第三段。" } });
    expect(r.code).toBe(0);
    const back = JSON.parse((await runCli(["extract", r.output])).out);
    expect(back.strategy.significance).toBe("第一段。\n第二段。\n第三段。");
    // The file's own CRLF after the XML declaration (as Word writes it) is kept byte for byte;
    // what must hold no carriage return is the document itself, where the data is written.
    const body = r.xml.slice(r.xml.indexOf("<w:body"));
    expect(body.length).toBeGreaterThan(1000);
    expect(body).toContain("第二段。");
    expect(body).not.toContain("\r");
  });

  it("a lone \\r (old Mac) is a line end too", async () => {
    const r = await fill({ strategy: { significance: "甲\r乙" } });
    const back = JSON.parse((await runCli(["extract", r.output])).out);
    expect(back.strategy.significance).toBe("甲\n乙");
  });
});
