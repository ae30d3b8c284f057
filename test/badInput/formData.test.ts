import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../helpers/cli";
import { fixturePath } from "../helpers/fixtures";
import { encodeGbk } from "../helpers/gbk";

/** Form-data files as people really save them: built here from the sample data. */

const tmp = () => mkdtempSync(join(tmpdir(), "silkform-data-"));
const sampleText = () => readFileSync(fixturePath("data/sample.json"), "utf8");
const sample = () => JSON.parse(sampleText());

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const le = Buffer.from(text, "utf16le");
  if (bigEndian) le.swap16();
  return new Uint8Array(Buffer.concat([bom ? Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : Buffer.alloc(0), le]));
}

async function fillWith(bytes: Uint8Array, extra: string[] = []) {
  const dir = tmp();
  const data = join(dir, "数据.json");
  writeFileSync(data, bytes);
  const out = join(dir, "out.docx");
  const r = await runCli(["fill", fixturePath("reference.docx"), data, "-o", out, ...extra]);
  return { ...r, output: out, data };
}

describe("form-data JSON in the encodings Windows saves", () => {
  it.each([
    ["GBK (Notepad's ANSI on Chinese Windows)", () => encodeGbk(sampleText()), "GBK/GB18030"],
    ["UTF-16LE with a BOM (Notepad's Unicode)", () => utf16(sampleText(), false, true), "UTF-16"],
    ["UTF-16BE with a BOM", () => utf16(sampleText(), true, true), "UTF-16"],
    ["UTF-16LE without a BOM", () => utf16(sampleText(), false, false), "UTF-16"],
    ["UTF-8 with a BOM", () => new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(sampleText())]), null],
  ])("%s is decoded, said, and fills the same text", async (_kind, bytes, named) => {
    const r = await fillWith(bytes());
    expect(r.code).toBe(0);
    if (named) expect(r.err).toContain(`不是 UTF-8 编码，已按 ${named}`);
    else expect(r.err).toBe("");
    const back = await runCli(["extract", r.output]);
    expect(JSON.parse(back.out)).toEqual(sample());
  });

  it("bytes no encoding reads cleanly are refused, naming the encodings, and nothing is written", async () => {
    const bytes = new Uint8Array([...Buffer.from('{"basic": {"labName": "'), 0xff, 0xfe, 0x80, 0xff, ...Buffer.from('"}}')]);
    const r = await fillWith(bytes, ["--json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toEqual({ file: r.data, error: { id: "invalidJson", message: expect.stringContaining("既不是 UTF-8，也不是 GBK/GB18030 或 UTF-16") } });
    expect(existsSync(r.output)).toBe(false);
  });
});

/** No word of zod or of the JSON parser reaches the user. */
const LIBRARY_ENGLISH = /Invalid|expected|received|Unexpected|position|JSON at/;

describe("malformed form data: every problem, in Chinese, by the field's label", () => {
  it("three wrong-typed fields of three kinds are all listed", async () => {
    const data = { basic: [], staff: { name: "张三" }, stats: { rnd: { funding: true } }, tables: { layout: ["北京"] } };
    const r = await fillWith(Buffer.from(JSON.stringify(data)));
    expect(r.code).toBe(2);
    expect(r.err).toContain("有 4 处不符合申报书格式");
    expect(r.err).toContain("一、基本信息：应为一组项目 {...}，实际是列表 [...]");
    expect(r.err).toContain("联合实验室管理人员/专职人员：应为列表 [...]，实际是一组项目 {...}");
    expect(r.err).toContain("研发项目总经费（万元）：应为数字或文字");
    expect(r.err).toContain("二（二）国别布局表（第1行）：应为一组项目 {...}，实际是文字“北京”");
    expect(r.err).not.toMatch(LIBRARY_ENGLISH);
    expect(existsSync(r.output)).toBe(false);
  });

  it("a table cell of the wrong type is named by its table, row and column header", async () => {
    const r = await fillWith(Buffer.from(JSON.stringify({ tables: { exchanges: [{}, { country: 3 }] } })));
    expect(r.err).toContain("三（五）2.国际科技交流活动表（第2行）/合作国别：应为文字");
  });

  it.each([
    ['{"basic": {"labName": "x",}}', "第 1 行第 27 列附近有语法错误", "最后一项后面不能有逗号"],
    ['{\n  "basic": {\n    “labName”: "x"\n  }\n}', "第 3 行第 5 列附近有语法错误", "不能用中文引号"],
    ['{"basic"： {}}', "第 1 行第 9 列附近有语法错误", "不能用中文标点"],
    ['{"basic": {', "文件末尾（内容不完整）有语法错误", null],
  ])("a syntax error is placed by line and column: %s", async (text, where, hint) => {
    const r = await fillWith(Buffer.from(text));
    expect(r.code).toBe(2);
    expect(r.err).toContain(where);
    if (hint) expect(r.err).toContain(hint);
    expect(r.err).not.toMatch(LIBRARY_ENGLISH);
  });
});
