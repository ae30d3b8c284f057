import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import { DocxPackage } from "../../src/adapters/ooxml/docx";
import { applyMarksToPackage, clearMarksFromPackage } from "../../src/adapters/ooxml/marks";
import { W_NS, XElement, createW, parseXml, serializeXml, wAttr, wChild } from "../../src/adapters/ooxml/xml";
import { Finding, MARK_AUTHOR, Mark } from "../../src/check/finding";
import { marksFromFindings } from "../../src/check/marks";
import { readFormDataFile } from "../../src/cli/io";
import type { DocModel } from "../../src/document/model";
import { locateForm } from "../../src/locate";
import { fillDocument, loadFormData, saveFormData } from "../helpers/controller";

const FIXTURES = join(__dirname, "..", "fixtures");
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.file(name)!.async("string"));
  return out;
}

function expectSameParts(actual: Map<string, string>, expected: Map<string, string>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [name, text] of expected) {
    // toBe on 300 KB strings prints both; say which part differs first.
    if (actual.get(name) !== text) throw new Error(`part ${name} differs from the original`);
  }
}

let filledBytes: Promise<Uint8Array> | null = null;
function filledSample(): Promise<Uint8Array> {
  filledBytes ??= (async () => {
    const doc = await OoxmlAdapter.open(fixture("reference.docx"));
    await fillDocument(doc, (await readFormDataFile(join(FIXTURES, "data", "sample.json"))).data);
    return doc.save();
  })();
  return filledBytes;
}

const len = (model: DocModel, p: number) => model.paragraphs[p].text.length;

/**
 * Marks as the check would make them, found through the locator so they hit
 * the same places in every variant: a range across two paragraphs of a
 * narrative box (its instruction and the answer after it), a whole-paragraph
 * overflow-like range, the 主管部门 answer cell, the 主管部门审核意见 paragraph,
 * the first 类型 option (a □ character, a w:sym or a checkbox control) and the
 * cover's lab name (a run-level content control in one variant).
 */
function realisticMarks(model: DocModel): Mark[] {
  const located = locateForm(model);
  const loc = (id: string) => {
    const f = located.fields.find((x) => x.id === id);
    if (!f?.location) throw new Error(`${id} not located`);
    return f.location;
  };
  const marks: Mark[] = [];
  const region = loc("strategy.significance");
  if (region.kind !== "region") throw new Error("region expected");
  const boxParas = model.paragraphs.filter((p) => p.cell && p.cell.table === region.cell!.table && p.cell.row === region.cell!.row && p.cell.col === region.cell!.col);
  const instruction = boxParas[0].index;
  marks.push({
    id: "strategy.significance#overLimit",
    target: { kind: "range", start: { paragraph: instruction, offset: 5 }, end: { paragraph: instruction + 1, offset: Math.min(12, len(model, instruction + 1)) } },
    severity: "error", comment: "【错误】战略意义共 1023 字，超出 1000 字限制 23 字",
  });
  const last = boxParas[boxParas.length - 1].index;
  const lastWithText = [...boxParas].reverse().find((p) => p.text.length > 4)?.index ?? last;
  marks.push({
    id: "strategy.significance#quantified",
    target: { kind: "range", start: { paragraph: lastWithText, offset: 2 }, end: { paragraph: lastWithText, offset: len(model, lastWithText) } },
    severity: "warning", comment: "【警告】战略意义未见量化内容",
  });
  const dept = loc("basic.department");
  if (dept.kind !== "cell") throw new Error("cell expected");
  marks.push({ id: "basic.department#required", target: { kind: "cell", cell: dept.cell, paragraphs: dept.paragraphs }, severity: "error", comment: "【错误】主管部门未填写" });
  const opinion = loc("sign.department.opinion");
  if (opinion.kind !== "region") throw new Error("region expected");
  const opinionParas = opinion.paragraphs.length ? opinion.paragraphs : [opinion.insertAfter ?? instruction];
  marks.push({ id: "sign.department.opinion#required", target: { kind: "paragraphs", paragraphs: opinionParas }, severity: "warning", comment: "【警告】主管部门审核意见为空" });
  const labType = loc("basic.labType");
  if (labType.kind !== "choice") throw new Error("choice expected");
  const optionPara = labType.paragraphs[0];
  marks.push({ id: "basic.labType#singleChoice", target: { kind: "range", start: { paragraph: optionPara, offset: 0 }, end: { paragraph: optionPara, offset: len(model, optionPara) } }, severity: "error", comment: "【错误】类型须单选" });
  const cover = loc("cover.labName");
  if (cover.kind !== "inline") throw new Error("inline expected");
  marks.push({
    id: "cover.labName#consistency",
    target: { kind: "range", start: { paragraph: cover.span.paragraph, offset: Math.max(0, cover.span.start - 2) }, end: { paragraph: cover.span.paragraph, offset: cover.span.end } },
    severity: "warning", comment: "【警告】封面名称与表内不一致",
  });
  return marks;
}

function elements(root: Node, localName: string): XElement[] {
  const list = (root as XElement).getElementsByTagNameNS(W_NS, localName);
  const out: XElement[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i] as XElement);
  return out;
}

/** Text of the runs of a paragraph that carry a highlight of this colour. */
function highlightedText(p: XElement, colour: string | string[]): string {
  const colours = typeof colour === "string" ? [colour] : colour;
  return elements(p, "r")
    .filter((r) => {
      const rPr = wChild(r, "rPr");
      const h = rPr ? wChild(rPr, "highlight") : null;
      return h !== null && colours.includes(wAttr(h, "val") ?? "");
    })
    .map((r) => elements(r, "t").map((t) => t.textContent).join("") + elements(r, "sym").map(() => "□").join(""))
    .join("");
}

const SOURCES: [string, () => Promise<Uint8Array>][] = [
  ["reference", async () => fixture("reference.docx")],
  ["filled sample", filledSample],
  ["split-runs", async () => fixture("variants/split-runs.docx")],
  ["wps", async () => fixture("variants/wps.docx")],
  ["content-controls", async () => fixture("variants/content-controls.docx")],
  ["libreoffice", async () => fixture("variants/libreoffice.docx")],
  ["added-rows", async () => fixture("variants/added-rows.docx")],
  ["inserted-content", async () => fixture("variants/inserted-content.docx")],
];

describe.each(SOURCES)("marks on %s", (_name, source) => {
  test("apply writes highlights, shading and comments; clear after reopening restores every part byte for byte", async () => {
    const original = await source();
    const doc = await OoxmlAdapter.open(original);
    const model = await doc.read();
    const textsBefore = model.paragraphs.map((p) => p.text);
    const marks = realisticMarks(model);
    await doc.applyMarks(marks);
    // Marks never change what the model reads.
    expect((await doc.read()).paragraphs.map((p) => p.text)).toEqual(textsBefore);

    const marked = await doc.save();
    const parts = await partsOf(marked);
    const comments = parseXml(parts.get("word/comments.xml")!, "comments");
    const ours = elements(comments, "comment").filter((c) => wAttr(c, "author") === MARK_AUTHOR);
    expect(ours).toHaveLength(marks.length);
    expect(wAttr(ours[0], "initials")).toBe("丝路");
    expect(ours.map((c) => elements(c, "t").map((t) => t.textContent).join(""))).toEqual(marks.map((m) => m.comment));
    const body = parseXml(parts.get("word/document.xml")!, "document");
    for (const c of ours) {
      const id = wAttr(c, "id");
      for (const name of ["commentRangeStart", "commentRangeEnd", "commentReference"]) {
        expect(elements(body, name).filter((e) => wAttr(e, "id") === id)).toHaveLength(1);
      }
    }
    expect(parts.get("[Content_Types].xml")).toContain('PartName="/word/comments.xml"');
    expect(parts.get("word/_rels/document.xml.rels")).toContain("relationships/comments");
    expect(parts.get("word/_rels/document.xml.rels")).toContain("relationships/customXml");
    expect([...parts.keys()].filter((k) => k.startsWith("customXml/")).sort()).toEqual(["customXml/_rels/item1.xml.rels", "customXml/item1.xml", "customXml/itemProps1.xml"]);

    // The range highlight covers exactly the marked text.
    const reread = await OoxmlAdapter.open(marked);
    const rm = await reread.read();
    expect(rm.paragraphs.map((p) => p.text)).toEqual(textsBefore);
    const overflow = marks[1].target;
    if (overflow.kind !== "range") throw new Error("range");
    const p = reread.pkg.index.paragraphs[overflow.start.paragraph].el;
    // In a blank form the two narrative marks overlap; the error's yellow wins where they do.
    expect(highlightedText(p, ["yellow", "green"])).toBe(rm.paragraphs[overflow.start.paragraph].text.slice(overflow.start.offset, overflow.end.offset));
    expect(highlightedText(p, "green").length).toBeGreaterThan(0);

    expect(await clearMarksFromPackage(reread.pkg)).toBe("restored");
    expectSameParts(await partsOf(await reread.save()), await partsOf(original));
    expect((await reread.read()).paragraphs.map((x) => x.text)).toEqual(textsBefore);
  });

  test("apply then clear in one session restores every part byte for byte", async () => {
    const original = await source();
    const doc = await OoxmlAdapter.open(original);
    await doc.applyMarks(realisticMarks(await doc.read()));
    await doc.clearMarks();
    expectSameParts(await partsOf(await doc.save()), await partsOf(original));
  });
});

describe("marks in detail", () => {
  test("a range across split runs is split exactly at its offsets, highlight in schema order", async () => {
    const doc = await OoxmlAdapter.open(fixture("variants/split-runs.docx"));
    const model = await doc.read();
    const p = model.paragraphs.find((x) => x.text.length > 40)!;
    await doc.applyMarks([{ id: "x#required", target: { kind: "range", start: { paragraph: p.index, offset: 7 }, end: { paragraph: p.index, offset: 31 } }, severity: "error", comment: "【错误】测试" }]);
    const el = doc.pkg.index.paragraphs[p.index].el;
    expect(highlightedText(el, "yellow")).toBe(p.text.slice(7, 31));
    let withLang = 0;
    for (const h of elements(el, "highlight")) {
      const rPr = h.parentNode as XElement;
      const names = Array.from({ length: rPr.childNodes.length }, (_, i) => rPr.childNodes[i] as XElement).map((n) => n.localName);
      // CT_RPr order: highlight before u … lang.
      if (names.includes("lang")) {
        withLang++;
        expect(names.indexOf("highlight")).toBeLessThan(names.indexOf("lang"));
      }
    }
    expect(withLang).toBeGreaterThan(0);
    const start = elements(el, "commentRangeStart")[0];
    const end = elements(el, "commentRangeEnd")[0];
    expect(start && end).toBeTruthy();
  });

  test("an empty cell gets cell shading and a comment on its empty paragraph; a warning is green", async () => {
    const doc = await OoxmlAdapter.open(fixture("reference.docx"));
    const dept = locateForm(await doc.read()).fields.find((f) => f.id === "basic.department")!.location!;
    if (dept.kind !== "cell") throw new Error("cell");
    await doc.applyMarks([
      { id: "basic.department#required", target: { kind: "cell", cell: dept.cell, paragraphs: dept.paragraphs }, severity: "error", comment: "【错误】主管部门未填写" },
      { id: "sign#date", target: { kind: "paragraphs", paragraphs: [0] }, severity: "warning", comment: "【警告】日期" },
    ]);
    const tc = doc.pkg.index.cells.get(`${dept.cell.table}:${dept.cell.row}:${dept.cell.col}`)!;
    const shd = wChild(wChild(tc, "tcPr")!, "shd")!;
    expect([wAttr(shd, "val"), wAttr(shd, "fill")]).toEqual(["clear", "FFF2CC"]);
    // tcPr keeps schema order: shd before vAlign.
    const tcPrNames = Array.from({ length: wChild(tc, "tcPr")!.childNodes.length }, (_, i) => (wChild(tc, "tcPr")!.childNodes[i] as XElement).localName);
    if (tcPrNames.includes("vAlign")) expect(tcPrNames.indexOf("shd")).toBeLessThan(tcPrNames.indexOf("vAlign"));
    const p = elements(tc, "p")[0];
    expect(elements(p, "commentRangeStart")).toHaveLength(1);
    expect(elements(p, "commentReference")).toHaveLength(1);
    const p0 = doc.pkg.index.paragraphs[0].el;
    expect(wAttr(wChild(wChild(p0, "pPr")!, "shd")!, "fill")).toBe("E2EFDA");
  });

  test("a highlight the user already had is left as it was, and survives clearing", async () => {
    const base = await OoxmlAdapter.open(await filledSample());
    const model = await base.read();
    const p = model.paragraphs.find((x) => x.text.length > 30 && x.cell !== null)!;
    // The user highlighted the paragraph's first run in cyan.
    const run = elements(base.pkg.index.paragraphs[p.index].el, "r")[0];
    const rPr = wChild(run, "rPr")!;
    const h = createW(base.pkg.document, "highlight");
    h.setAttributeNS(W_NS, "w:val", "cyan");
    rPr.appendChild(h);
    base.pkg.markDirty();
    const original = await base.save();

    const doc = await OoxmlAdapter.open(original);
    await doc.applyMarks([{ id: "x#overLimit", target: { kind: "range", start: { paragraph: p.index, offset: 0 }, end: { paragraph: p.index, offset: p.text.length } }, severity: "error", comment: "【错误】超出" }]);
    const el = doc.pkg.index.paragraphs[p.index].el;
    expect(highlightedText(el, "cyan").length).toBeGreaterThan(0);
    expect(highlightedText(el, "cyan") + highlightedText(el, "yellow")).toBe(p.text);
    await doc.clearMarks();
    expectSameParts(await partsOf(await doc.save()), await partsOf(original));
  });

  test("marking again replaces the earlier marks instead of stacking them", async () => {
    const original = await filledSample();
    const doc = await OoxmlAdapter.open(original);
    const marks = realisticMarks(await doc.read());
    await doc.applyMarks(marks);
    await doc.applyMarks(marks.slice(0, 2));
    const parts = await partsOf(await doc.save());
    expect(elements(parseXml(parts.get("word/comments.xml")!, "c"), "comment")).toHaveLength(2);
    expect([...parts.keys()].filter((k) => k.startsWith("customXml/"))).toHaveLength(3);
    const again = await OoxmlAdapter.open(await doc.save());
    await again.clearMarks();
    expectSameParts(await partsOf(await again.save()), await partsOf(original));
  });

  test("marking with no marks takes away the earlier ones, as a clean check should", async () => {
    const original = await filledSample();
    const doc = await OoxmlAdapter.open(original);
    await doc.applyMarks(realisticMarks(await doc.read()));
    await doc.applyMarks([]);
    expectSameParts(await partsOf(await doc.save()), await partsOf(original));
  });

  test("comments carry the date given, our author and initials", async () => {
    const pkg = await DocxPackage.open(fixture("reference.docx"));
    await applyMarksToPackage(pkg, [{ id: "a#required", target: { kind: "paragraphs", paragraphs: [0] }, severity: "error", comment: "【错误】测试" }], { now: new Date("2026-03-01T09:30:00.123Z") });
    const c = elements((await pkg.partDom("word/comments.xml"))!, "comment")[0];
    expect([wAttr(c, "author"), wAttr(c, "initials"), wAttr(c, "date")]).toEqual([MARK_AUTHOR, "丝路", "2026-03-01T09:30:00Z"]);
  });

  test("the form data part kept in the document is left alone by marking and clearing", async () => {
    const pkg = await DocxPackage.open(await filledSample());
    await saveFormData(pkg, { basic: { labName: "中国—哈萨克斯坦干旱区生态农业“一带一路”联合实验室" } });
    const original = await pkg.save();
    const doc = await OoxmlAdapter.open(original);
    await doc.applyMarks(realisticMarks(await doc.read()));
    const marked = await DocxPackage.open(await doc.save());
    expect(Object.keys(marked.zip.files).filter((n) => /^customXml\/item\d+\.xml$/.test(n)).sort()).toEqual(["customXml/item1.xml", "customXml/item2.xml"]);
    expect((await loadFormData(marked))?.basic?.labName).toContain("哈萨克斯坦");
    await clearMarksFromPackage(marked);
    expectSameParts(await partsOf(await marked.save()), await partsOf(original));
  });

  test("clearing a document without marks changes nothing", async () => {
    const original = fixture("variants/wps.docx");
    const doc = await OoxmlAdapter.open(original);
    expect(await clearMarksFromPackage(doc.pkg)).toBe("none");
    expectSameParts(await partsOf(await doc.save()), await partsOf(original));
  });

  test("our comment ids stay clear of the user's comments, which marking and clearing keep", async () => {
    const original = await withUserComment(await filledSample());
    const doc = await OoxmlAdapter.open(original);
    await doc.applyMarks(realisticMarks(await doc.read()));
    const comments = parseXml((await partsOf(await doc.save())).get("word/comments.xml")!, "c");
    const all = elements(comments, "comment");
    expect(all.filter((c) => wAttr(c, "author") === "张三")).toHaveLength(1);
    const ids = all.map((c) => wAttr(c, "id"));
    expect(new Set(ids).size).toBe(ids.length);
    await doc.clearMarks();
    expectSameParts(await partsOf(await doc.save()), await partsOf(original));
  });
});

/** The package with a comment by another author on paragraph 0 (comments part, relationship and content type). */
async function withUserComment(bytes: Uint8Array): Promise<Uint8Array> {
  const pkg = await DocxPackage.open(bytes);
  const p = pkg.index.paragraphs[0].el;
  const doc = pkg.document;
  const mk = (name: string) => {
    const e = createW(doc, name);
    e.setAttributeNS(W_NS, "w:id", "0");
    return e;
  };
  p.insertBefore(mk("commentRangeStart"), wChild(p, "pPr")!.nextSibling);
  p.appendChild(mk("commentRangeEnd"));
  const r = createW(doc, "r");
  r.appendChild(mk("commentReference"));
  p.appendChild(r);
  pkg.markDirty();
  pkg.setPartText(
    "word/comments.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments xmlns:w="${W_NS}"><w:comment w:id="0" w:author="张三" w:date="2026-01-05T08:00:00Z" w:initials="张"><w:p><w:r><w:t>请核对</w:t></w:r></w:p></w:comment></w:comments>`,
  );
  const rels = (await pkg.partText("word/_rels/document.xml.rels"))!;
  pkg.setPartText(
    "word/_rels/document.xml.rels",
    rels.replace("</Relationships>", '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'),
  );
  const types = (await pkg.partText("[Content_Types].xml"))!;
  pkg.setPartText(
    "[Content_Types].xml",
    types.replace("</Types>", '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'),
  );
  return pkg.save();
}

describe("clearing after the document changed (structural removal)", () => {
  /** The filled sample with a yellow highlight of the user's on a run no mark touches. */
  async function withUserHighlight(): Promise<{ bytes: Uint8Array; paragraph: number }> {
    const pkg = await DocxPackage.open(await filledSample());
    const located = locateForm(pkg.model);
    const direction = located.fields.find((f) => f.id === "basic.researchDirection")!.location!;
    if (direction.kind !== "cell") throw new Error("cell");
    const paragraph = direction.paragraphs[0];
    const run = elements(pkg.index.paragraphs[paragraph].el, "r")[0];
    const h = createW(pkg.document, "highlight");
    h.setAttributeNS(W_NS, "w:val", "yellow");
    wChild(run, "rPr")!.appendChild(h);
    pkg.markDirty();
    return { bytes: await pkg.save(), paragraph };
  }

  test("an edit between mark and clear: our marks go, the user's highlight and the edit stay", async () => {
    const { bytes: original, paragraph: userPara } = await withUserHighlight();

    // What the document should be after clearing: the original with the same edits.
    const edits = async (doc: OoxmlAdapter) => {
      const located = locateForm(await doc.read());
      const cell = (id: string) => {
        const l = located.fields.find((f) => f.id === id)!.location!;
        if (l.kind !== "cell") throw new Error("cell");
        return l.cell;
      };
      await doc.applyEdits([
        // The user fixes the marked cell …
        { op: "setCell", cell: cell("basic.department"), lines: ["陕西省科技厅"], styleFrom: null },
        // … and changes another one.
        { op: "setCell", cell: cell("cnHost.website"), lines: ["https://example.org/lab"], styleFrom: null },
      ]);
    };
    const control = await OoxmlAdapter.open(original);
    await edits(control);
    const expected = await partsOf(await control.save());

    const doc = await OoxmlAdapter.open(original);
    const marks = realisticMarks(await doc.read());
    await doc.applyMarks(marks);
    const marked = await OoxmlAdapter.open(await doc.save());
    await edits(marked);
    expect(await clearMarksFromPackage(marked.pkg)).toBe("structural");
    const parts = await partsOf(await marked.save());

    // No comment, range, reference, record or comments part of ours is left.
    expect(parts.has("word/comments.xml")).toBe(false);
    expect([...parts.keys()].filter((k) => k.startsWith("customXml/"))).toEqual([]);
    const body = parseXml(parts.get("word/document.xml")!, "d");
    for (const name of ["commentRangeStart", "commentRangeEnd", "commentReference"]) expect(elements(body, name)).toHaveLength(0);
    expect(parts.get("word/_rels/document.xml.rels")).not.toContain("relationships/comments");
    expect(parts.get("word/_rels/document.xml.rels")).not.toContain("customXml");
    expect(parts.get("[Content_Types].xml")).not.toContain("comments");
    expect(parts.get("[Content_Types].xml")).not.toContain("itemProps");

    // The user's highlight stays; ours are gone; the edits stay.
    const model = await marked.read();
    const userEl = marked.pkg.index.paragraphs[userPara].el;
    expect(highlightedText(userEl, "yellow").length).toBeGreaterThan(0);
    const yellow = elements(body, "highlight").filter((h) => wAttr(h, "val") === "yellow");
    expect(yellow).toHaveLength(1);
    expect(elements(body, "highlight").filter((h) => wAttr(h, "val") === "green")).toHaveLength(0);
    expect(elements(body, "shd").filter((s) => ["FFF2CC", "E2EFDA"].includes(wAttr(s, "fill") ?? ""))).toHaveLength(0);
    const texts = model.paragraphs.map((p) => p.text);
    expect(texts).toContain("陕西省科技厅");
    expect(texts).toContain("https://example.org/lab");

    // Split runs are merged back: the body is exactly the control's (original + the same edits).
    expect(parts.get("word/document.xml")).toBe(expected.get("word/document.xml"));
  });

  test("after a LibreOffice save: the empty highlighted run it leaves at our range's end goes too", async () => {
    const doc = await OoxmlAdapter.open(await filledSample());
    const marks = realisticMarks(await doc.read());
    await doc.applyMarks(marks);
    const zip = await JSZip.loadAsync(await doc.save());
    // LibreOffice 7.4 writes `<w:r><w:rPr>…<w:highlight/>…</w:rPr></w:r>` before w:commentRangeEnd and renumbers comments.
    const xml = (await zip.file("word/document.xml")!.async("string")).replace(
      /<w:commentRangeEnd w:id="0"\/>/,
      '<w:r><w:rPr><w:highlight w:val="yellow"/></w:rPr></w:r><w:commentRangeEnd w:id="0"/>',
    );
    zip.file("word/document.xml", xml);
    const edited = await OoxmlAdapter.open(await zip.generateAsync({ type: "uint8array" }));
    expect(await clearMarksFromPackage(edited.pkg)).toBe("structural");
    const body = parseXml(serializeXml(edited.pkg.document), "d");
    expect(elements(body, "highlight")).toHaveLength(0);
  });

  test("a user shading under our cell shading comes back", async () => {
    const pkg = await DocxPackage.open(await filledSample());
    const dept = locateForm(pkg.model).fields.find((f) => f.id === "basic.department")!.location!;
    if (dept.kind !== "cell") throw new Error("cell");
    const tc = pkg.index.cells.get(`${dept.cell.table}:${dept.cell.row}:${dept.cell.col}`)!;
    const shd = createW(pkg.document, "shd");
    shd.setAttributeNS(W_NS, "w:val", "clear");
    shd.setAttributeNS(W_NS, "w:fill", "D9D9D9");
    wChild(tc, "tcPr")!.insertBefore(shd, wChild(wChild(tc, "tcPr")!, "vAlign"));
    pkg.markDirty();
    const original = await pkg.save();

    const doc = await OoxmlAdapter.open(original);
    await doc.applyMarks([{ id: "basic.department#placeholder", target: { kind: "cell", cell: dept.cell, paragraphs: dept.paragraphs }, severity: "error", comment: "【错误】占位文字" }]);
    const tcMarked = doc.pkg.index.cells.get(`${dept.cell.table}:${dept.cell.row}:${dept.cell.col}`)!;
    expect(wAttr(wChild(wChild(tcMarked, "tcPr")!, "shd")!, "fill")).toBe("FFF2CC");
    // Any edit makes the clear structural.
    await doc.applyEdits([{ op: "setSpan", span: { paragraph: 0, start: 0, end: 0 }, text: "※" }]);
    expect(await clearMarksFromPackage(doc.pkg)).toBe("structural");
    const tcAfter = doc.pkg.index.cells.get(`${dept.cell.table}:${dept.cell.row}:${dept.cell.col}`)!;
    expect(wAttr(wChild(wChild(tcAfter, "tcPr")!, "shd")!, "fill")).toBe("D9D9D9");
  });

  test("Word renumbered our comments and dropped the record: comments and what lies in their ranges in our colours go", async () => {
    const original = await withUserComment(await filledSample());
    const doc = await OoxmlAdapter.open(original);
    await doc.applyMarks(realisticMarks(await doc.read()));
    const zip = await JSZip.loadAsync(await doc.save());
    // Simulate another program's save: no record, comment ids renumbered from 10.
    for (const k of Object.keys(zip.files)) if (k.startsWith("customXml/")) zip.remove(k);
    const renumber = (xml: string) => xml.replace(/(<w:comment(?:RangeStart|RangeEnd|Reference)? w:id=")(\d+)"/g, (_m, a, n) => `${a}${Number(n) + 10}"`);
    zip.file("word/document.xml", renumber(await zip.file("word/document.xml")!.async("string")));
    zip.file("word/comments.xml", renumber(await zip.file("word/comments.xml")!.async("string")));
    const edited = await OoxmlAdapter.open(await zip.generateAsync({ type: "uint8array" }));
    expect(await clearMarksFromPackage(edited.pkg)).toBe("structural");
    const parts = await partsOf(await edited.save());
    const comments = elements(parseXml(parts.get("word/comments.xml")!, "c"), "comment");
    expect(comments.map((c) => wAttr(c, "author"))).toEqual(["张三"]);
    const body = parseXml(parts.get("word/document.xml")!, "d");
    expect(elements(body, "commentReference").map((e) => wAttr(e, "id"))).toEqual(["10"]);
    expect(elements(body, "highlight").filter((h) => ["yellow", "green"].includes(wAttr(h, "val") ?? ""))).toHaveLength(0);
    expect(elements(body, "shd").filter((s) => ["FFF2CC", "E2EFDA"].includes(wAttr(s, "fill") ?? ""))).toHaveLength(0);
  });
});

describe("comments the Word add-in made", () => {
  test("are ours by their 【丝路申报助手】 opening, whoever Word names as author", async () => {
    const original = await withUserComment(await filledSample());
    const doc = await OoxmlAdapter.open(original);
    await doc.applyMarks(realisticMarks(await doc.read()));
    const zip = await JSZip.loadAsync(await doc.save());
    // As Word saves the add-in's marks: the user's name as author, our prefix on the text, no .docx record.
    for (const k of Object.keys(zip.files)) if (k.startsWith("customXml/")) zip.remove(k);
    const comments = (await zip.file("word/comments.xml")!.async("string"))
      .replace(/w:author="丝路申报助手"/g, 'w:author="李明华"')
      .replace(/(<w:t[^>]*>)【(错误|警告)】/g, "$1【丝路申报助手】【$2】");
    zip.file("word/comments.xml", comments);
    const edited = await OoxmlAdapter.open(await zip.generateAsync({ type: "uint8array" }));
    expect(await clearMarksFromPackage(edited.pkg)).toBe("structural");
    const parts = await partsOf(await edited.save());
    const left = elements(parseXml(parts.get("word/comments.xml")!, "c"), "comment");
    expect(left.map((c) => wAttr(c, "author"))).toEqual(["张三"]);
    expect(elements(parseXml(parts.get("word/document.xml")!, "d"), "highlight").filter((h) => ["yellow", "green"].includes(wAttr(h, "val") ?? ""))).toHaveLength(0);
  });
});

describe("marks from findings, through the adapter", () => {
  test("two findings on one cell make one comment listing both", async () => {
    const doc = await OoxmlAdapter.open(fixture("reference.docx"));
    const dept = locateForm(await doc.read()).fields.find((f) => f.id === "basic.department")!.location!;
    if (dept.kind !== "cell") throw new Error("cell");
    const target = { kind: "cell" as const, cell: dept.cell, paragraphs: dept.paragraphs };
    const findings: Finding[] = [
      { field: "basic.department", rule: "consistency", severity: "warning", message: "与封面不一致", location: target },
      { field: "basic.department", rule: "required", severity: "error", message: "主管部门未填写", location: target },
    ];
    await doc.applyMarks(marksFromFindings(findings));
    const comments = parseXml(serializeXml((await doc.pkg.partDom("word/comments.xml"))!), "c");
    const list = elements(comments, "comment");
    expect(list).toHaveLength(1);
    expect(elements(list[0], "p").map((p) => elements(p, "t").map((t) => t.textContent).join(""))).toEqual(["【错误】主管部门未填写", "【警告】与封面不一致"]);
  });
});
