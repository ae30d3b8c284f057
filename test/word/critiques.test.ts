import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import { COMMENT_PREFIX, WordAdapter } from "../../src/adapters/word/wordAdapter";
import { loadSample, sampleMarks } from "../../scripts/bench/wordSyncs";
import { fillDocument } from "../helpers/controller";
import { FakeWordHost } from "./fakeWord";
import { fixture, highlightMap } from "./helpers";

jest.setTimeout(120_000);

/**
 * WordApi 1.7 critiques (#17 item 10): Editor-style underlines over what 检查
 * highlighted, on top of highlight + comment (which travel with the file;
 * critiques are not saved). Word without the annotation service refuses
 * them: the marks stay, critiques stop for the session.
 */

const sample = loadSample();
let filled: Uint8Array;
beforeAll(async () => {
  const doc = await OoxmlAdapter.open(fixture("reference.docx"));
  await fillDocument(doc, sample);
  filled = (await doc.save()) as Uint8Array;
});

const ours = (host: FakeWordHost) => host.comments.filter((c) => c.content.startsWith(COMMENT_PREFIX));

describe("critiques where WordApi 1.7 is supported", () => {
  it("underline exactly the highlighted text, red for errors and blue for warnings, beside the comments", async () => {
    const host = await FakeWordHost.fromDocx(filled, { apiVersion: "1.7" });
    const adapter = new WordAdapter(host.host());
    const marks = sampleMarks(await adapter.read());
    await adapter.applyMarks(marks);
    expect(ours(host)).toHaveLength(marks.length);
    expect(host.annotations.length).toBeGreaterThan(5);
    const schemes = new Set(host.annotations.map((a) => a.critique.colorScheme));
    expect([...schemes].every((c) => c === "Red" || c === "Blue")).toBe(true);
    for (const { p, critique } of host.annotations) {
      const colour = host.getHighlight({ start: { p, off: critique.start }, end: { p, off: critique.start + critique.length }, mark: false });
      expect(colour).toBe(critique.colorScheme === "Red" ? "#FFFF00" : "#00FF00");
    }

    // Marking again replaces them; clearing takes them away with the marks.
    const count = host.annotations.length;
    await adapter.applyMarks(marks);
    expect(host.annotations).toHaveLength(count);
    const before = highlightMap(await FakeWordHost.fromDocx(filled));
    await adapter.clearMarks();
    expect(host.annotations).toHaveLength(0);
    expect(highlightMap(host)).toEqual(before);
  });

  it("when Word refuses them, the marks stand and critiques are not tried again", async () => {
    const host = await FakeWordHost.fromDocx(filled, { apiVersion: "1.7" });
    host.failCommand = (name) => (name === "insertAnnotations" ? "GeneralException" : null);
    const adapter = new WordAdapter(host.host());
    const marks = sampleMarks(await adapter.read());
    await expect(adapter.applyMarks(marks)).resolves.toEqual({ commentsRefused: false });
    expect(ours(host)).toHaveLength(marks.length);
    expect(host.annotations).toHaveLength(0);
    const tried = host.commandsRun;
    host.failCommand = null;
    await adapter.applyMarks(marks);
    expect(host.commandCounts.get("insertAnnotations") ?? 0).toBe(0);
    expect(host.commandsRun).toBeGreaterThan(tried);
  });

  it("cost nothing where WordApi 1.7 is missing", async () => {
    const host = await FakeWordHost.fromDocx(filled, { apiVersion: "1.4" });
    const adapter = new WordAdapter(host.host());
    const marks = sampleMarks(await adapter.read());
    const before = host.syncs;
    await adapter.applyMarks(marks);
    expect(host.syncs - before).toBe(1);
    expect(host.annotations).toHaveLength(0);
  });
});
