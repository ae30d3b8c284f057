import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import { WordAdapterError } from "../../src/adapters/word/errors";
import { loadSample, sampleMarks } from "../../scripts/bench/wordSyncs";
import { MARK_AUTHOR } from "../../src/check/finding";
import { COMMENT_PREFIX, WordAdapter } from "../../src/adapters/word/wordAdapter";
import { listCounts, planContent } from "../../src/fill/plan";
import { locateForm } from "../../src/locate";
import { FakeWordHost } from "./fakeWord";
import { FIXTURE_NAMES, fixture, highlightMap, modelOf, shadingMap } from "./helpers";
import { fillDocument, extractDocument } from "../helpers/controller";

jest.setTimeout(60_000);

const sample = loadSample();

async function ooxmlFilled(bytes: Uint8Array) {
  const doc = await OoxmlAdapter.open(bytes);
  const report = await fillDocument(doc, sample);
  return { doc, report };
}

describe.each(FIXTURE_NAMES)("Word adapter on %s", (name) => {
  const bytes = fixture(name);

  it("reads the same model, locates and extracts the same as the OOXML path", async () => {
    const host = await FakeWordHost.fromDocx(bytes);
    const word = new WordAdapter(host.host());
    const ooxml = await OoxmlAdapter.open(bytes);
    const model = await word.read();
    expect(model).toEqual(await ooxml.read());
    expect(locateForm(model)).toEqual(locateForm(await ooxml.read()));
    expect(await extractDocument(word)).toEqual(await extractDocument(ooxml));
  });

  it("fills like the OOXML path: same report, same text everywhere, same extract", async () => {
    const host = await FakeWordHost.fromDocx(bytes);
    const report = await fillDocument(new WordAdapter(host.host()), sample);
    const expected = await ooxmlFilled(bytes);
    expect(report).toEqual(expected.report);

    const wordModel = modelOf(host);
    const ooxmlModel = await expected.doc.read();
    expect(wordModel.paragraphs.map((p) => p.text)).toEqual(ooxmlModel.paragraphs.map((p) => p.text));
    expect(wordModel.tables.map((t) => t.rows.map((r) => r.cells.map((c) => [c.ref, c.gridSpan, c.vMerge])))).toEqual(
      ooxmlModel.tables.map((t) => t.rows.map((r) => r.cells.map((c) => [c.ref, c.gridSpan, c.vMerge]))),
    );

    // Round trip: what Word wrote extracts, through either adapter, to what the OOXML fill extracts.
    const reopened = await OoxmlAdapter.open(await host.toDocx());
    const fromWord = await extractDocument(reopened);
    const fromOoxml = await extractDocument(expected.doc);
    expect(fromWord.data).toEqual(fromOoxml.data);
    expect((await extractDocument(new WordAdapter(host.host()))).data).toEqual(fromOoxml.data);

    // Filling again changes nothing.
    const again = await fillDocument(new WordAdapter(host.host()), sample);
    expect(again.changed).toEqual([]);
  });

  it("marks and clears: the user's highlights and comments survive, ours go", async () => {
    const host = await FakeWordHost.fromDocx((await ooxmlFilled(bytes).then((x) => x.doc.save())) as Uint8Array);
    // The user's own highlight on the first answer paragraph and a comment of theirs.
    await host.run(async (ctx) => {
      const first = ctx.document.body.paragraphs.getFirst();
      first.getRange("Content").font.highlightColor = "Green";
      first.getRange("Whole").insertComment("用户自己的批注");
      await ctx.sync();
    });
    const beforeHighlights = highlightMap(host);
    const beforeShading = shadingMap(host);
    const beforeText = modelOf(host).paragraphs.map((p) => p.text);

    const adapter = new WordAdapter(host.host());
    const marks = sampleMarks(await adapter.read());
    expect(marks.length).toBeGreaterThan(20);
    await adapter.applyMarks(marks);
    expect(host.comments.filter((c) => c.content.startsWith(COMMENT_PREFIX))).toHaveLength(marks.length);
    expect(highlightMap(host)).not.toEqual(beforeHighlights);
    expect(modelOf(host).paragraphs.map((p) => p.text)).toEqual(beforeText);

    // Marking again replaces the marks instead of stacking them.
    await new WordAdapter(host.host()).applyMarks(marks);
    expect(host.comments.filter((c) => c.content.startsWith(COMMENT_PREFIX))).toHaveLength(marks.length);

    await new WordAdapter(host.host()).clearMarks();
    expect(highlightMap(host)).toEqual(beforeHighlights);
    expect(shadingMap(host)).toEqual(beforeShading);
    expect(host.comments.map((c) => c.content)).toEqual(["用户自己的批注"]);
    expect(host.wordSettings.size).toBe(0);
  });
});

describe("Word adapter on a WordApi 1.3 host", () => {
  it("fills the same, marks without comments and keeps its record in the Common API settings", async () => {
    const bytes = fixture("reference.docx");
    const host = await FakeWordHost.fromDocx(bytes, { apiVersion: "1.3" });
    await fillDocument(new WordAdapter(host.host()), sample);
    const expected = await ooxmlFilled(bytes);
    expect(modelOf(host).paragraphs.map((p) => p.text)).toEqual((await expected.doc.read()).paragraphs.map((p) => p.text));

    const before = highlightMap(host);
    const adapter = new WordAdapter(host.host());
    await adapter.applyMarks(sampleMarks(await adapter.read()));
    expect(host.comments).toHaveLength(0);
    expect(host.savedSetting("silkform.marks")).not.toBeNull();
    await new WordAdapter(host.host()).clearMarks();
    expect(highlightMap(host)).toEqual(before);
    expect(host.savedSetting("silkform.marks")).toBeNull();
  });
});

describe("Word adapter safety", () => {
  it("refuses to work when Word's paragraphs and its OOXML disagree", async () => {
    const host = await FakeWordHost.fromDocx(fixture("reference.docx"), {
      // Drop the first paragraph from the OOXML only: every later index would be off by one.
      ooxmlFilter: (xml) => xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/, ""),
    });
    const err = await new WordAdapter(host.host()).read().catch((e) => e);
    expect(err).toBeInstanceOf(WordAdapterError);
    expect((err as WordAdapterError).wordId).toBe("wordMismatch");
    expect((err as Error).message).toMatch(/为避免写错位置/);
  });

  it("stops before writing anything when the document changed after it was read", async () => {
    const host = await FakeWordHost.fromDocx(fixture("reference.docx"));
    const adapter = new WordAdapter(host.host());
    const model = await adapter.read();
    const located = locateForm(model);
    const plan = planContent(model, located, sample, { overwrite: false, fresh: () => false });
    expect(plan.ops.length).toBeGreaterThan(50);
    expect(listCounts(located).size).toBeGreaterThan(0);

    // The user adds a paragraph at the top: every paragraph index the plan uses is now one off.
    await host.run(async (ctx) => {
      ctx.document.body.insertParagraph("用户新加的一段", "Start");
      await ctx.sync();
    });
    const before = modelOf(host).paragraphs.map((p) => p.text);
    const err = await adapter.applyEdits(plan.ops).catch((e) => e);
    expect(err).toBeInstanceOf(WordAdapterError);
    expect((err as WordAdapterError).wordId).toBe("wordChanged");
    expect(modelOf(host).paragraphs.map((p) => p.text)).toEqual(before);
  });

  it("clears comments the command line wrote into the .docx (author 丝路申报助手), and only those", async () => {
    const host = await FakeWordHost.fromDocx(fixture("reference.docx"));
    const comment = async (author: string, text: string) => {
      host.commentAuthor = author;
      await host.run(async (ctx) => {
        ctx.document.body.paragraphs.getFirst().getRange("Whole").insertComment(text);
        await ctx.sync();
      });
    };
    await comment(MARK_AUTHOR, "【错误】必填项为空");
    await comment("张老师", "请补充");
    await new WordAdapter(host.host()).clearMarks();
    expect(host.comments.map((c) => c.content)).toEqual(["请补充"]);
  });

  it("selects a finding's place", async () => {
    const host = await FakeWordHost.fromDocx(fixture("reference.docx"));
    const adapter = new WordAdapter(host.host());
    const model = await adapter.read();
    const labName = locateForm(model).fields.find((f) => f.id === "basic.labName")!;
    expect(labName.location?.kind).toBe("cell");
    if (labName.location?.kind !== "cell") return;
    await adapter.select({ kind: "cell", cell: labName.location.cell, paragraphs: labName.location.paragraphs });
    expect(host.selection?.text).toContain(labName.text.slice(0, 5));

    const p = model.paragraphs.find((x) => x.text.length > 30)!;
    await adapter.select({ kind: "range", start: { paragraph: p.index, offset: 3 }, end: { paragraph: p.index, offset: 12 } });
    expect(host.selection).toEqual({ text: p.text.slice(3, 12), paragraph: p.index });
  });
});
