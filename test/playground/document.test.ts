import { DocxPackage } from "../../src/adapters/ooxml/docx";
import { PlaygroundDocument } from "../../src/playground/document";
import { readFixture, sampleData } from "../helpers/fixtures";
import { loadFormData } from "../helpers/controller";

const blank = async () => readFixture("reference.docx");

describe("the playground's in-browser document", () => {
  it("gives the pane the limits this copy states, not the form's defaults", async () => {
    const doc = await PlaygroundDocument.open(readFixture("defects/limit-800.docx"), "a.docx", blank);
    const limits = await doc.actions.documentLimits();
    expect(limits["strategy.significance"]).toBe(800);
    expect(limits["tech.cnHost"]).toBe(1000);
    expect(limits["tech.positioning"]).toBe(500);
    const plain = await PlaygroundDocument.open(readFixture("variants/no-instructions.docx"), "b.docx", blank);
    expect(await plain.actions.documentLimits()).toEqual({});
  });

  it("fills, keeps the data inside the .docx, and undoes the fill exactly", async () => {
    const doc = await PlaygroundDocument.open(await blank(), "a.docx", blank);
    const before = await doc.bytes();
    const r = await doc.actions.fill(sampleData(), { overwrite: false });
    expect(r.changed.length).toBeGreaterThan(100);
    const saved = await loadFormData(await DocxPackage.open(await doc.bytes()));
    expect(saved?.basic?.labName).toBe(sampleData().basic!.labName);
    expect(await doc.actions.undoFill()).toBe(true);
    const undone = await DocxPackage.open(await doc.bytes());
    expect(await undone.partText("word/document.xml")).toBe(await (await DocxPackage.open(before)).partText("word/document.xml"));
    expect(await doc.actions.undoFill()).toBe(false);
  });

  it("checks and marks, clears the marks, and refuses to replace a document with content unless confirmed", async () => {
    const doc = await PlaygroundDocument.open(await blank(), "a.docx", blank);
    await doc.actions.fill(sampleData(), { overwrite: false });
    const findings = await doc.actions.check({ final: false });
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings).toHaveLength(8);
    const marked = await DocxPackage.open(await doc.bytes());
    expect(marked.zip.file("word/comments.xml")).not.toBeNull();
    await doc.actions.clearMarks();
    expect((await DocxPackage.open(await doc.bytes())).zip.file("word/comments.xml")).toBeNull();
    await expect(doc.actions.newBlankForm({ confirmReplace: false })).rejects.toThrow("确认后才会替换");
    await doc.actions.newBlankForm({ confirmReplace: true });
    expect((await doc.actions.readDocument()).data.basic?.researchDirection).toBe("");
  });

  it("reports to the pane every value the copy cannot hold (填入文档 on a copy without those places)", async () => {
    const doc = await PlaygroundDocument.open(readFixture("partial/lost-places.docx"), "a.docx", blank);
    const r = await doc.actions.fill(sampleData(), { overwrite: false });
    expect(r.unfillable.map((u) => [u.field, u.value])).toEqual([
      ["basic.labType", "应用技术与产业科技"],
      ["cnParticipants[0].address", "新疆乌鲁木齐市北京南路818号"],
      ["cnParticipants[1].address", "陕西省杨凌示范区新桥路12号"],
      ["foreignParticipants[0].name", "乌兹别克斯坦科学院土壤研究所"],
      ["foreignParticipants[0].nature", "科研院所"],
      ["foreignParticipants[0].website", "https://soil.academy.uz"],
    ]);
  });

  it("keeps the current document when a dropped file is not a .docx", async () => {
    const doc = await PlaygroundDocument.open(await blank(), "a.docx", blank);
    await expect(doc.replaceWith(readFixture("bad/not-a-zip.docx"), "x.docx")).rejects.toThrow("不是有效的 .docx");
    expect(doc.fileName).toBe("a.docx");
    expect((await doc.actions.readDocument()).data.basic).toBeDefined();
  });
});
