import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import { buildModel, modelText } from "../../src/adapters/word/objectModelRead";
import { WordAdapter } from "../../src/adapters/word/wordAdapter";
import { createController } from "../../src/controller";
import { SilkformError } from "../../src/errors";
import { locateForm } from "../../src/locate";
import { loadSample } from "../../scripts/bench/wordSyncs";
import { checkDocument, extractDocument, fillDocument } from "../helpers/controller";
import { FakeWordHost } from "./fakeWord";
import { FIXTURE_NAMES, fixture } from "./helpers";

jest.setTimeout(120_000);

/**
 * body.getOoxml() throws GeneralException on some documents (office-js
 * #6059, #5394; #998 a shape grouped with a picture). The test Word host
 * fails it on demand, as Word reports it (errorLocation Body.getOoxml);
 * the adapter then reads through paragraphs and cells.
 */

const sample = loadSample();
const getOoxmlFails = (host: FakeWordHost) => {
  host.failCommand = (name) => (name === "getOoxml" ? "GeneralException" : null);
  return host;
};

/** Grid columns aside (the object model has only cellIndex: no spans), the same. */
const withoutColumns = (x: unknown): unknown => JSON.parse(JSON.stringify(x, (k, v) => (k === "col" ? undefined : v)));

/** The model's text where the fallback saw a symbol-font box it cannot name (U+FFFD): the box as the OOXML reader names it. */
const BOXES = new Set(["□", "☐", "☑", "☒", "■", "√", "✓", "✔", "✗", "✘", "⊠", "▢"]);
const asFallbackSees = (expected: string, got: string) =>
  [...expected].map((ch, k) => ([...got][k] === "\ufffd" && BOXES.has(ch) ? "\ufffd" : ch)).join("");

async function filledReference(): Promise<Uint8Array> {
  const doc = await OoxmlAdapter.open(fixture("reference.docx"));
  await fillDocument(doc, sample);
  return (await doc.save()) as Uint8Array;
}

describe("when getOoxml fails, the read goes through Word's paragraphs and cells", () => {
  let filled: Uint8Array;
  beforeAll(async () => {
    filled = await filledReference();
  });

  it("gives the reference form's model (texts, tables, nesting, cells), in three round trips", async () => {
    const host = getOoxmlFails(await FakeWordHost.fromDocx(filled));
    const word = new WordAdapter(host.host());
    const before = host.syncs;
    const model = await word.read();
    expect(host.syncs - before).toBe(3);
    const expected = await (await OoxmlAdapter.open(filled)).read();
    expect(model.paragraphs.map((p) => [p.text, p.hasDrawing, p.cell?.table, p.cell?.row])).toEqual(
      expected.paragraphs.map((p) => [p.text, p.hasDrawing, p.cell?.table, p.cell?.row]),
    );
    expect(model.tables.map((t) => [t.nestingLevel, t.paragraphRange, t.rows.length])).toEqual(
      expected.tables.map((t) => [t.nestingLevel, t.paragraphRange, t.rows.length]),
    );
    // What it cannot see: merged cells. Where the form has none, the cells are the same.
    const plain = expected.tables.filter((t) => t.rows.every((r) => r.cells.every((c) => c.gridSpan === 1 && c.vMerge === null)));
    expect(plain.length).toBeGreaterThan(0);
    for (const t of plain) expect(model.tables[t.index].rows).toEqual(t.rows);
  });

  it("locates, extracts and checks the reference form as the .docx path does", async () => {
    const host = getOoxmlFails(await FakeWordHost.fromDocx(filled));
    const word = new WordAdapter(host.host());
    const ooxml = await OoxmlAdapter.open(filled);
    expect(withoutColumns(locateForm(await word.read()))).toEqual(withoutColumns(locateForm(await ooxml.read())));
    expect((await extractDocument(word)).data).toEqual((await extractDocument(ooxml)).data);
    expect(await checkDocument(word)).toEqual(await checkDocument(ooxml));
  });

  it("lists findings without marking, refuses to fill before writing anything, and says what to do", async () => {
    const host = getOoxmlFails(await FakeWordHost.fromDocx(fixture("reference.docx")));
    const before = host.documentXml();
    const controller = createController(new WordAdapter(host.host()));
    // 检查 lists the findings; nothing is marked, and the outcome says so.
    expect((await controller.check()).length).toBeGreaterThan(0);
    expect(controller.marksOutcome()).toEqual({ commentsRefused: false, unmarked: true });
    for (const attempt of [() => controller.fill(sample)]) {
      const err = await attempt().catch((e) => e);
      expect(err).toBeInstanceOf(SilkformError);
      expect((err as SilkformError).id).toBe("officeError");
      expect((err as Error).message).toMatch(/逐段读取：可以读取和检查，但不能在文档中填写、标记/);
      expect((err as Error).message).toMatch(/另存为/);
    }
    expect(host.documentXml()).toBe(before);
  });

  it("when the object model fails too, says so in Chinese with what to do", async () => {
    const host = await FakeWordHost.fromDocx(fixture("reference.docx"));
    host.failCommand = (name) => (name === "getOoxml" || name === "load" ? "GeneralException" : null);
    const err = await new WordAdapter(host.host()).read().catch((e) => e);
    expect(err).toBeInstanceOf(SilkformError);
    expect((err as SilkformError).id).toBe("officeError");
    expect((err as Error).message).toMatch(/^Word 无法读取此文档：导出文档内容（getOoxml）和逐段读取都失败了。/);
    expect((err as Error).message).not.toMatch(/稍后重试/);
  });

  it.each(FIXTURE_NAMES)("reads %s with the same paragraph texts and table shapes", async (name) => {
    const bytes = fixture(name);
    const model = await new WordAdapter(getOoxmlFails(await FakeWordHost.fromDocx(bytes)).host()).read();
    const expected = await (await OoxmlAdapter.open(bytes)).read();
    expect(model.paragraphs.map((p) => p.text)).toEqual(expected.paragraphs.map((p, i) => asFallbackSees(p.text, model.paragraphs[i]?.text ?? "")));
    expect(model.tables.map((t) => [t.nestingLevel, t.paragraphRange, t.rows.length])).toEqual(
      expected.tables.map((t) => [t.nestingLevel, t.paragraphRange, t.rows.length]),
    );
  });
});

describe("the object-model read's own rules", () => {
  it("turns Word's characters into the model's and says what it cannot see", () => {
    expect(modelText("甲\v乙\f丙\u001e丁\u00ad")).toEqual({ text: "甲\n乙\n丙-丁", hasDrawing: false });
    expect(modelText("签章\u0001")).toEqual({ text: "签章", hasDrawing: true });
    // A Wingdings box comes as a private-use character without its font: which box it is cannot be told.
    expect(modelText("\uf0a3 是").text).toBe("\ufffd 是");
  });

  it("puts a nested table into the cell whose paragraph follows it", () => {
    // body, [table 1: cell(0,0): p, [nested table: (0,0),(0,1)], p], body
    const model = buildModel(
      ["前", "外", "内甲", "内乙", "外尾", "后"],
      [0, 1, 2, 2, 1, 0],
      [null, { row: 0, cell: 0, rows: 1 }, { row: 0, cell: 0, rows: 1 }, { row: 0, cell: 1, rows: 1 }, { row: 0, cell: 0, rows: 1 }, null],
    );
    expect(model.tables.map((t) => [t.nestingLevel, t.paragraphRange])).toEqual([
      [1, [1, 5]],
      [2, [2, 4]],
    ]);
    const outer = model.tables[0].rows[0].cells[0].blocks.map((b) => (b.kind === "paragraph" ? b.text : `table ${b.index}`));
    expect(outer).toEqual(["外", "table 1", "外尾"]);
    expect(model.tables[1].rows[0].cells.map((c) => c.ref)).toEqual([
      { table: 1, row: 0, col: 0 },
      { table: 1, row: 0, col: 1 },
    ]);
    expect(model.blocks.map((b) => b.kind)).toEqual(["paragraph", "table", "paragraph"]);
  });

  it("tells two tables with nothing between them apart by a step back in cells or another row count", () => {
    const one = { row: 0, cell: 0, rows: 1 };
    const model = buildModel(["甲", "乙", "丙", "丁"], [1, 1, 1, 1], [one, { row: 0, cell: 0, rows: 2 }, { row: 1, cell: 0, rows: 2 }, { row: 0, cell: 0, rows: 2 }]);
    expect(model.tables.map((t) => t.paragraphRange)).toEqual([
      [0, 1],
      [1, 3],
      [3, 4],
    ]);
  });
});
