import { mkdtempSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import { createW, elementChildren, parseXml, serializeXml, W_NS, wName, XElement } from "../../src/adapters/ooxml/xml";
import { WordAdapter } from "../../src/adapters/word/wordAdapter";
import { createController } from "../../src/controller";
import { SilkformError } from "../../src/errors";
import { loadSample, sampleMarks } from "../../scripts/bench/wordSyncs";
import { runCli } from "../helpers/cli";
import { extractDocument, fillDocument } from "../helpers/controller";
import { FakeWordHost } from "./fakeWord";
import { fixture, highlightMap, modelOf, shadingMap } from "./helpers";

jest.setTimeout(120_000);

/**
 * Tracked changes (office-js #1267, #5286): a copy of the form with
 * revisions inside answer cells and narratives. The model reads it as if
 * every revision were accepted, on the .docx path and in Word, whether Word
 * shows the deleted text in Paragraph.text (Word on the web) or not
 * (desktop Word in Simple Markup).
 */

const sample = loadSample();
const OLD = "旧稿";

const revision = (doc: Document, kind: "ins" | "del", id: number) => {
  const el = createW(doc, kind);
  el.setAttributeNS(W_NS, "w:id", String(id));
  el.setAttributeNS(W_NS, "w:author", "审稿人");
  el.setAttributeNS(W_NS, "w:date", "2026-03-01T00:00:00Z");
  return el;
};

/** A deleted run with this text, as Word writes it. */
function deletedRun(doc: Document, text: string, id: number): XElement {
  const del = revision(doc, "del", id);
  const r = createW(doc, "r");
  const t = createW(doc, "delText");
  t.appendChild(doc.createTextNode(text));
  r.appendChild(t);
  del.appendChild(r);
  return del;
}

/**
 * The reference form filled with the sample, then revised: in every third
 * paragraph with text, its first run becomes a tracked insertion after a
 * tracked deletion of "旧稿"; every seventh also ends in a deleted "（删）".
 * Returns the .docx and how many paragraphs in and out of tables were revised.
 */
async function revisedCopy(): Promise<{ bytes: Uint8Array; filled: Uint8Array; inCells: number; outside: number }> {
  const filledDoc = await OoxmlAdapter.open(fixture("reference.docx"));
  await fillDocument(filledDoc, sample);
  const filled = (await filledDoc.save()) as Uint8Array;
  const zip = await JSZip.loadAsync(filled);
  const dom = parseXml(await zip.file("word/document.xml")!.async("string"), "word/document.xml");
  const paragraphs = dom.getElementsByTagNameNS(W_NS, "p");
  let id = 5000;
  let seen = 0;
  let inCells = 0;
  let outside = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as XElement;
    const run = elementChildren(p).find((c) => wName(c) === "r" && (c.textContent ?? "").trim() !== "");
    if (!run || seen++ % 3 !== 0) continue;
    const ins = revision(dom, "ins", id++);
    p.insertBefore(deletedRun(dom, OLD, id++), run);
    p.insertBefore(ins, run);
    ins.appendChild(run);
    if (seen % 7 === 1) p.appendChild(deletedRun(dom, "（删）", id++));
    let inTable = false;
    for (let a = p.parentNode; a; a = a.parentNode) if (wName(a) === "tc") inTable = true;
    if (inTable) inCells++;
    else outside++;
  }
  zip.file("word/document.xml", serializeXml(dom));
  return { bytes: await zip.generateAsync({ type: "uint8array" }), filled, inCells, outside };
}

let copy: Awaited<ReturnType<typeof revisedCopy>>;
beforeAll(async () => {
  copy = await revisedCopy();
});

describe("a copy with tracked changes", () => {
  it("has revisions in answer cells and in narratives", () => {
    expect(copy.inCells).toBeGreaterThan(10);
    expect(copy.outside).toBeGreaterThan(3);
  });

  it("reads on the .docx path as if every revision were accepted", async () => {
    const revised = await OoxmlAdapter.open(copy.bytes);
    const filled = await OoxmlAdapter.open(copy.filled);
    expect((await revised.read()).paragraphs.map((p) => p.text)).toEqual((await filled.read()).paragraphs.map((p) => p.text));
    expect((await extractDocument(revised)).data).toEqual((await extractDocument(filled)).data);
    expect(revised.revisions().pending).toBe(true);
    expect(filled.revisions().pending).toBe(false);
  });

  it.each([
    ["web", true],
    ["desktop", false],
  ] as const)("reads in Word (%s) like the .docx path", async (platform, shown) => {
    const host = await FakeWordHost.fromDocx(copy.bytes, { platform });
    // As modelled: Word on the web keeps the deleted text in Paragraph.text (#1267); desktop in Simple Markup does not.
    const texts = host.paragraphs().list.map((p) => host.text(p));
    expect(texts.some((t) => t.includes(OLD))).toBe(shown);

    const word = new WordAdapter(host.host());
    const ooxml = await OoxmlAdapter.open(copy.bytes);
    expect(await word.read()).toEqual(await ooxml.read());
    expect(word.revisions()).toEqual({ tracking: false, pending: true });
    expect((await extractDocument(word)).data).toEqual((await extractDocument(ooxml)).data);
  });

  it("marks and clears in Word on the web, around the deleted text", async () => {
    const host = await FakeWordHost.fromDocx(copy.bytes, { platform: "web" });
    const before = { highlights: highlightMap(host), shading: shadingMap(host), text: host.paragraphs().list.map((p) => host.text(p)) };
    const adapter = new WordAdapter(host.host());
    const marks = sampleMarks(await adapter.read());
    await adapter.applyMarks(marks);
    expect(highlightMap(host)).not.toEqual(before.highlights);
    await new WordAdapter(host.host()).clearMarks();
    expect(highlightMap(host)).toEqual(before.highlights);
    expect(shadingMap(host)).toEqual(before.shading);
    expect(host.paragraphs().list.map((p) => host.text(p))).toEqual(before.text);
  });

  it("fills again in Word on the web without a mismatch, and the answers stay", async () => {
    const host = await FakeWordHost.fromDocx(copy.bytes, { platform: "web" });
    const report = await fillDocument(new WordAdapter(host.host()), sample);
    expect(report.changed).toEqual([]);
    expect((await extractDocument(new WordAdapter(host.host()))).data).toEqual((await extractDocument(await OoxmlAdapter.open(copy.filled))).data);
  });
});

describe("filling while Word records changes (Track Changes on)", () => {
  const blank = fixture("reference.docx");

  async function expectedExtract() {
    const doc = await OoxmlAdapter.open(blank);
    await fillDocument(doc, sample);
    return (await extractDocument(doc)).data;
  }

  it("asks first: nothing is written until the user chooses", async () => {
    const host = await FakeWordHost.fromDocx(blank, { changeTrackingMode: "TrackAll" });
    const before = host.documentXml();
    const err = await createController(new WordAdapter(host.host())).fill(sample).catch((e) => e);
    expect(err).toBeInstanceOf(SilkformError);
    expect((err as SilkformError).id).toBe("trackChangesOn");
    expect((err as Error).message).toMatch(/修订/);
    expect(host.documentXml()).toBe(before);
  });

  it("pauses tracking for the fill and turns it back on after", async () => {
    const host = await FakeWordHost.fromDocx(blank, { changeTrackingMode: "TrackMineOnly" });
    await createController(new WordAdapter(host.host())).fill(sample, { tracking: "pause" });
    expect(host.changeTrackingMode).toBe("TrackMineOnly");
    expect(host.documentXml()).not.toMatch(/<w:ins /);
    expect((await extractDocument(new WordAdapter(host.host()))).data).toEqual(await expectedExtract());
  });

  it.each(["web", "desktop"] as const)("fills as tracked changes (%s): every answer is a revision, and it reads back", async (platform) => {
    const host = await FakeWordHost.fromDocx(blank, { changeTrackingMode: "TrackAll", platform });
    const controller = createController(new WordAdapter(host.host()));
    await controller.fill(sample, { tracking: "track" });
    expect(host.changeTrackingMode).toBe("TrackAll");
    const xml = host.documentXml();
    expect((xml.match(/<w:ins /g) ?? []).length).toBeGreaterThan(20);
    // Accepted, the revisions give the same form as an untracked fill.
    expect(modelOf(host).paragraphs.length).toBeGreaterThan(0);
    expect((await extractDocument(new WordAdapter(host.host()))).data).toEqual(await expectedExtract());
    expect((await extractDocument(await OoxmlAdapter.open(await host.toDocx()))).data).toEqual(await expectedExtract());
    // Undo puts the document back as it was, not as one more revision.
    expect(await controller.undoFill()).toBe(true);
    expect(host.documentXml()).not.toMatch(/<w:ins /);
    expect(host.changeTrackingMode).toBe("TrackAll");
  });

  it("never turns marks into revisions", async () => {
    const host = await FakeWordHost.fromDocx(copy.filled, { changeTrackingMode: "TrackAll" });
    const adapter = new WordAdapter(host.host());
    await adapter.applyMarks(sampleMarks(await adapter.read()));
    await new WordAdapter(host.host()).clearMarks();
    expect(host.documentXml()).not.toMatch(/<w:(ins|del|rPrChange) /);
    expect(host.changeTrackingMode).toBe("TrackAll");
  });
});

describe("the command line on a copy with tracked changes", () => {
  it("says it reads as if every revision were accepted, and that its fill is not a revision", async () => {
    const dir = mkdtempSync(join(tmpdir(), "silkform-revisions-"));
    const revised = join(dir, "revised.docx");
    const plain = join(dir, "plain.docx");
    const data = join(dir, "data.json");
    writeFileSync(revised, copy.bytes);
    writeFileSync(plain, copy.filled);
    writeFileSync(data, JSON.stringify(sample));

    const fill = await runCli(["fill", revised, data, "-o", join(dir, "out.docx")]);
    expect(fill.err).toContain("按“接受全部修订”后的内容读取");
    expect(fill.err).toContain("不记为修订");
    const check = await runCli(["check", revised]);
    expect(check.err).toContain("按“接受全部修订”后的内容读取");
    const extract = await runCli(["extract", revised]);
    expect(extract.err).toContain("按“接受全部修订”后的内容读取");
    expect(JSON.parse(extract.out)).toEqual(JSON.parse((await runCli(["extract", plain])).out));
    expect((await runCli(["check", plain])).err).not.toContain("修订");
  });
});
