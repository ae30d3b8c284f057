import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { DocxPackage } from "../../src/adapters/ooxml/docx";
import { ZIP_LIMITS } from "../../src/adapters/ooxml/zipLimits";
import { runCli } from "../helpers/cli";
import { FIXTURES, fixturePath, readFixture } from "../helpers/fixtures";
import { deflatedEntry, RawEntry, repeatedEntry, writeZip } from "../helpers/zipWriter";

/** Packages nobody should open: built here at run time, never committed. */

const tmp = () => mkdtempSync(join(tmpdir(), "silkform-bad-"));

/** The reference form's entries, with some replaced or added. */
async function referenceWith(replace: Record<string, RawEntry | null>, extra: RawEntry[] = []): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFixture("reference.docx"));
  const entries: RawEntry[] = [];
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    if (f.name in replace) {
      const r = replace[f.name];
      if (r) entries.push(r);
    } else entries.push(deflatedEntry(f.name, await f.async("uint8array")));
  }
  return writeZip([...entries, ...extra]);
}

const DOCUMENT_HEAD = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOCUMENT_TAIL = "</w:body></w:document>";

describe("decompression bombs are refused from the zip's own size entries", () => {
  it("a 0.5 MB .docx whose document.xml inflates to 300 MB: exit 2, nothing inflated", async () => {
    const bomb = repeatedEntry("word/document.xml", DOCUMENT_HEAD, "<w:p/>", 300, DOCUMENT_TAIL);
    const bytes = await referenceWith({ "word/document.xml": bomb });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expect(bomb.size).toBeGreaterThan(300 * 1000 * 1000);
    const file = join(tmp(), "炸弹.docx");
    writeFileSync(file, bytes);
    const r = await runCli(["check", file, "--json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toEqual({ file, error: { id: "tooLarge", message: expect.stringContaining("word/document.xml 解压后有 300 MB") } });
    expect(r.err).toContain("压缩炸弹");
  });

  it("the refusal comes before any inflating: the same sizes over data that would not even inflate", async () => {
    const bomb = repeatedEntry("word/document.xml", DOCUMENT_HEAD, "<w:p/>", 300, DOCUMENT_TAIL);
    const garbage = { ...bomb, data: new Uint8Array(bomb.data.length).fill(0xff) };
    await expect(DocxPackage.open(await referenceWith({ "word/document.xml": garbage }))).rejects.toMatchObject({ id: "tooLarge" });
  });

  it("a part that inflates past the limit while its header understates it is stopped while inflating", async () => {
    const liar = { ...repeatedEntry("word/document.xml", DOCUMENT_HEAD, "<w:p/>", 64, DOCUMENT_TAIL), size: 4096 };
    const err = await DocxPackage.open(await referenceWith({ "word/document.xml": liar })).catch((e) => e);
    expect(err).toMatchObject({ id: "tooLarge", message: expect.stringContaining(`超过 ${ZIP_LIMITS.xmlPartBytes / 1024 / 1024} MB`) });
  });

  it(`more than ${ZIP_LIMITS.entries} entries`, async () => {
    const many = Array.from({ length: ZIP_LIMITS.entries + 1 }, (_, i) => deflatedEntry(`word/media/x${i}.bin`, ""));
    const err = await DocxPackage.open(await referenceWith({}, many)).catch((e) => e);
    expect(err).toMatchObject({ id: "tooLarge", message: expect.stringContaining(`条目超过 ${ZIP_LIMITS.entries} 个`) });
  });

  it("pictures that together inflate past the total", async () => {
    const pictures = Array.from({ length: 6 }, (_, i) => repeatedEntry(`word/media/image${i}.png`, "", "\0", 100, ""));
    const err = await DocxPackage.open(await referenceWith({}, pictures)).catch((e) => e);
    expect(err).toMatchObject({ id: "tooLarge", message: expect.stringContaining("解压后总共 600 MB") });
  });

  it("the reference form itself is far inside every limit", async () => {
    const pkg = await DocxPackage.open(await referenceWith({}));
    expect(pkg.model.tables.length).toBeGreaterThan(0);
  });
});

describe("packages Word cannot open are refused before anything is written", () => {
  it.each([
    ["corpus/no-content-types.docx", "corruptPackage", "文件已损坏：缺少内容类型清单"],
    ["corpus/lo-macro-docm.docx", "notDocx", "这是启用宏的 Word 文档（.docm）"],
    ["corpus/lo-sheet-xlsx.docx", "notDocx", "这是 Excel 工作簿（.xlsx），不是 Word 文档"],
    ["corpus/lo-slides-pptx.docx", "notDocx", "这是 PowerPoint 演示文稿（.pptx），不是 Word 文档"],
    ["corpus/truncated-document-xml.docx", "corruptXml", "文件已损坏：正文（word/document.xml）"],
  ])("fill %s: exit 2, %s, no output", async (name, id, message) => {
    const out = join(tmp(), "out.docx");
    const r = await runCli(["fill", fixturePath(name), fixturePath("data/sample.json"), "-o", out, "--json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toEqual({ file: fixturePath(name), error: { id, message: expect.stringContaining(message) } });
    expect(existsSync(out)).toBe(false);
  });

  it("a .docm with its VBA project, renamed .docx, says how to save it as .docx", async () => {
    // As Word writes a macro document: the macro main type, vbaProject.bin and its relationship.
    const zip = await JSZip.loadAsync(readFileSync(join(FIXTURES, "reference.docx")));
    const types = (await zip.file("[Content_Types].xml")!.async("string"))
      .replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "application/vnd.ms-word.document.macroEnabled.main+xml")
      .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
    zip.file("[Content_Types].xml", types);
    zip.file("word/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const file = join(tmp(), "宏.docx");
    writeFileSync(file, await zip.generateAsync({ type: "uint8array" }));
    const r = await runCli(["locate", file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("这是启用宏的 Word 文档（.docm）");
    expect(r.err).toContain("“另存为”时选择“Word 文档（*.docx）”");
  });
});
