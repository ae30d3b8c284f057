import { readdirSync, statSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import { DocxPackage } from "../../src/adapters/ooxml/docx";
import { W_NS } from "../../src/adapters/ooxml/xml";
import { largeData } from "../../scripts/bench/wordSyncs";
import { fillDocument } from "../helpers/controller";
import { FIXTURES, readFixture, sampleData } from "../helpers/fixtures";

/**
 * A package opened for reading parses the main part without what the model
 * does not read (READ_PRUNE). It must give exactly the model the whole DOM
 * gives, refuse exactly what the whole parse refuses, and become an ordinary
 * package (the whole DOM) as soon as something writes.
 */

function docxUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return docxUnder(p);
    return f.endsWith(".docx") ? [p] : [];
  });
}

type Opened = { pkg: DocxPackage } | { error: { id: unknown; message: string } };

async function open(bytes: Uint8Array, forReading: boolean): Promise<Opened> {
  try {
    return { pkg: await DocxPackage.open(bytes, { forReading }) };
  } catch (e) {
    return { error: { id: (e as { id?: unknown }).id, message: String((e as Error).message) } };
  }
}

async function expectSameReading(bytes: Uint8Array): Promise<DocxPackage | null> {
  const whole = await open(bytes, false);
  const read = await open(bytes, true);
  if ("error" in whole) {
    expect(read).toEqual(whole);
    return null;
  }
  if (!("pkg" in read)) throw new Error(`refused only when opened for reading: ${JSON.stringify(read.error)}`);
  expect(read.pkg.model).toEqual(whole.pkg.model);
  expect(read.pkg.hasRevisions()).toBe(whole.pkg.hasRevisions());
  return read.pkg;
}

/** The reference form with its document.xml's body changed by `edit`. */
async function withBody(edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFixture("reference.docx"));
  const xml = await zip.file("word/document.xml")!.async("string");
  zip.file("word/document.xml", edit(xml));
  return zip.generateAsync({ type: "uint8array" });
}

const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
const REV = 'w:id="901" w:author="审稿人" w:date="2026-03-01T00:00:00Z"';
const firstParagraph = (xml: string, add: string) => xml.replace(/<w:body>/, `<w:body><w:p>${add}</w:p>`);

describe("a package opened for reading", () => {
  const files = docxUnder(FIXTURES).map((f) => f.slice(FIXTURES.length + 1));

  it("covers every fixture", () => {
    expect(files.length).toBeGreaterThan(60);
  });

  test.each(files.map((f) => [f]))("reads %s exactly as the whole DOM does (or refuses it the same way)", async (name) => {
    await expectSameReading(readFixture(name));
  });

  it("reads a filled form (1× and 5× the sample) exactly as the whole DOM does", async () => {
    for (const data of [sampleData(), largeData(sampleData(), 5)]) {
      const doc = await OoxmlAdapter.open(readFixture("reference.docx"));
      await fillDocument(doc, data);
      const pkg = await expectSameReading(await doc.save());
      expect(pkg!.model.paragraphs.length).toBeGreaterThan(300);
    }
  });

  test.each([
    ["a run-property revision only", (x: string) => firstParagraph(x, `<w:r><w:rPr><w:ins ${REV}/><w:b/></w:rPr><w:t>甲</w:t></w:r>`), true],
    ["a paragraph-mark deletion only", (x: string) => firstParagraph(x, `<w:pPr><w:rPr><w:del ${REV}/></w:rPr></w:pPr><w:r><w:t>乙</w:t></w:r>`), true],
    ["an insertion inside a drawing's text box", (x: string) => firstParagraph(x, `<w:r><w:drawing><w:p><w:ins ${REV}><w:r><w:t>丙</w:t></w:r></w:ins></w:p></w:drawing></w:r>`), true],
    ["tracked runs in a paragraph", (x: string) => firstParagraph(x, `<w:del ${REV}><w:r><w:delText>旧</w:delText></w:r></w:del><w:ins ${REV}><w:r><w:t>新</w:t></w:r></w:ins>`), true],
    [
      "a checkbox content control, a symbol box, a tab and a break",
      (x: string) =>
        firstParagraph(
          x,
          `<w:sdt><w:sdtPr><w:alias w:val="选"/><w14:checkbox xmlns:w14="${W14}"><w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☑</w:t></w:r></w:sdtContent></w:sdt><w:r><w:sym w:font="Wingdings 2" w:char="F0A3"/><w:tab/><w:br/><w:t xml:space="preserve"> 丁 </w:t></w:r>`,
        ),
      false,
    ],
    ["alternate content and a picture", (x: string) => firstParagraph(x, `<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>戊</w:t></w:r></mc:Choice></mc:AlternateContent><w:r><w:pict><w:t>己</w:t></w:pict></w:r>`), false],
  ] as const)("reads %s as the whole DOM does, revisions included", async (_what, edit, revised) => {
    const pkg = await expectSameReading(await withBody(edit));
    expect(pkg!.hasRevisions()).toBe(revised);
  });

  test.each([
    ["a mismatched end tag inside run properties", (x: string) => firstParagraph(x, "<w:r><w:rPr><w:b></w:rPr><w:t>甲</w:t></w:r>")],
    ["an unknown entity in a field code", (x: string) => firstParagraph(x, "<w:r><w:instrText>&nbsp;</w:instrText></w:r>")],
    ["an undeclared prefix inside a drawing", (x: string) => firstParagraph(x, "<w:r><w:drawing><zz:shape/></w:drawing></w:r>")],
    ["a duplicate attribute on a bookmark", (x: string) => firstParagraph(x, '<w:bookmarkStart w:id="1" w:id="2"/>')],
    ["a truncated part", (x: string) => x.slice(0, x.length - 40)],
  ])("refuses %s with corruptXml, as the whole parse does", async (_what, edit) => {
    const bytes = await withBody(edit);
    await expectSameReading(bytes);
    await expect(DocxPackage.open(bytes, { forReading: true })).rejects.toMatchObject({ id: "corruptXml" });
  });

  it("parses the whole DOM when something writes, and writes what a package opened whole writes", async () => {
    const bytes = readFixture("reference.docx");
    const outputs: Uint8Array[] = [];
    for (const forReading of [true, false]) {
      const doc = new OoxmlAdapter(await DocxPackage.open(bytes, { forReading }));
      expect((await doc.read()).paragraphs.length).toBeGreaterThan(100);
      await fillDocument(doc, sampleData());
      outputs.push(await doc.save());
    }
    const texts = await Promise.all(outputs.map(async (o) => (await JSZip.loadAsync(o)).file("word/document.xml")!.async("string")));
    expect(texts[0]).toBe(texts[1]);
    expect(texts[0]).toContain(`xmlns:w="${W_NS}"`);
    expect(texts[0]).toContain("<w:rPr>");
  });
});
