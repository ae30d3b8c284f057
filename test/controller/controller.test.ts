import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import { WordAdapter } from "../../src/adapters/word/wordAdapter";
import { createController } from "../../src/controller";
import type { DocumentAdapter } from "../../src/document/adapter";
import { SilkformError } from "../../src/errors";
import { readFixture, sampleData } from "../helpers/fixtures";
import { FakeWordHost } from "../word/fakeWord";

jest.setTimeout(120_000);

/** The same controller over either host: the rules below must hold for both. */
const hosts: [string, () => Promise<{ doc: DocumentAdapter; comments: () => number }>][] = [
  [
    ".docx",
    async () => {
      const doc = await OoxmlAdapter.open(readFixture("reference.docx"));
      return { doc, comments: () => (doc.pkg.zip.file("word/comments.xml") ? 1 : 0) };
    },
  ],
  [
    "Word",
    async () => {
      const host = await FakeWordHost.fromDocx(readFixture("reference.docx"));
      return { doc: new WordAdapter(host.host()), comments: () => host.comments.length };
    },
  ],
];

const texts = async (doc: DocumentAdapter) => (await doc.read()).paragraphs.map((p) => p.text);

describe.each(hosts)("the controller over %s", (_name, open) => {
  it("saves the data on fill and undoes the fill exactly, once", async () => {
    const { doc } = await open();
    const c = createController(doc);
    const before = await texts(doc);
    const report = await c.fill(sampleData());
    expect(report.changed.length).toBeGreaterThan(100);
    expect((await c.loadSaved())?.basic?.labName).toBe(sampleData().basic!.labName);
    expect(await texts(doc)).not.toEqual(before);

    expect(await c.undoFill()).toBe(true);
    expect(await texts(doc)).toEqual(before);
    // The saved data mirrors the pane's form, which undo does not change.
    expect((await c.loadSaved())?.basic?.labName).toBe(sampleData().basic!.labName);
    expect(await c.undoFill()).toBe(false);
  });

  it("undo after a check removes the marks with the fill", async () => {
    const { doc, comments } = await open();
    const c = createController(doc);
    const before = await texts(doc);
    await c.fill(sampleData());
    const findings = await c.check({ final: true });
    expect(findings.length).toBeGreaterThan(0);
    expect(comments()).toBeGreaterThan(0);
    expect(await c.undoFill()).toBe(true);
    expect(await texts(doc)).toEqual(before);
    expect(comments()).toBe(0);
  });

  it("refuses to undo over text typed after the fill, and keeps that text", async () => {
    const { doc } = await open();
    const c = createController(doc);
    await c.fill(sampleData());
    const model = await doc.read();
    const target = model.paragraphs.find((p) => p.text.length > 4)!;
    // What a user typing in the document does, as far as the document can tell.
    await doc.applyEdits([{ op: "setSpan", span: { paragraph: target.index, start: 0, end: 2 }, text: "手改" }]);
    const typed = await texts(doc);
    const err = await c.undoFill().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SilkformError);
    expect((err as SilkformError).id).toBe("undoUnavailable");
    expect(await texts(doc)).toEqual(typed);
    expect(await c.undoFill()).toBe(false);
  });

  it("a fill that changes nothing leaves nothing to undo", async () => {
    const { doc } = await open();
    const c = createController(doc);
    await c.fill({});
    expect(await c.undoFill()).toBe(false);
  });

  it("replaces a document with text by the blank form only when confirmed", async () => {
    const { doc } = await open();
    const c = createController(doc, { blankForm: async () => readFixture("reference.docx") });
    await c.fill(sampleData());
    const err = await c.newBlankForm({ confirmReplace: false }).catch((e: unknown) => e);
    expect((err as SilkformError).id).toBe("documentNotEmpty");
    expect((await c.readDocument()).data.basic?.researchDirection).toBe(sampleData().basic!.researchDirection);
    await c.newBlankForm({ confirmReplace: true });
    expect((await c.readDocument()).data.basic?.researchDirection).toBe("");
  });
});
