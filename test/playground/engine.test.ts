import { DocxPackage } from "../../src/adapters/ooxml/docx";
import type { MarkTarget } from "../../src/document/marks";
import { SilkformError } from "../../src/errors";
import { localEngine, type DocumentEngine } from "../../src/playground/engine/engine";
import { remoteEngine, serveEngine, type Port } from "../../src/playground/engine/remote";
import { readFixture, sampleData } from "../helpers/fixtures";

jest.setTimeout(120_000);

/**
 * The playground's document engine across a message port (the Web Worker's channel; here a
 * MessageChannel in this process): the same answers as the engine in the same thread, the
 * document's change and selection events, the marks outcome, and errors that keep their id.
 */
const blank = async () => readFixture("reference.docx");

async function both(): Promise<{ remote: DocumentEngine; local: DocumentEngine; events: string[]; close: () => void }> {
  const channel = new MessageChannel();
  serveEngine(channel.port1 as unknown as Port, localEngine, blank);
  const events: string[] = [];
  const remote = await remoteEngine(channel.port2 as unknown as Port)(
    readFixture("reference.docx"),
    { changed: () => events.push("change"), selected: (t: MarkTarget) => events.push(`select:${t.kind}`) },
    blank,
  );
  const local = await localEngine(readFixture("reference.docx"), { changed: () => undefined, selected: () => undefined }, blank);
  return { remote, local, events, close: () => (channel.port1.close(), channel.port2.close()) };
}

it("fills, checks and marks as the engine in this thread does, and tells the page what changed", async () => {
  const { remote, local, events, close } = await both();
  try {
    const [r, l] = [await remote.actions.fill(sampleData(), { overwrite: false }), await local.actions.fill(sampleData(), { overwrite: false })];
    expect(r).toEqual(l);
    expect(events).toContain("change");
    const findings = await remote.actions.check({ final: false });
    expect(findings).toEqual(await local.actions.check({ final: false }));
    expect(findings.length).toBeGreaterThan(0);
    expect(remote.actions.marksOutcome()).toEqual(local.actions.marksOutcome());
    expect(remote.actions.marksOutcome()).not.toBeNull();

    events.length = 0;
    await remote.actions.jumpTo(findings.find((f) => f.location)!);
    expect(events).toEqual([expect.stringMatching(/^select:/)]);

    // Bytes come back whole; the marks are cleared from the copy only.
    const marked = await DocxPackage.open(await remote.save());
    expect(marked.zip.file("word/comments.xml")).not.toBeNull();
    expect((await DocxPackage.open(await remote.saveWithoutMarks())).zip.file("word/comments.xml")).toBeNull();
    expect((await DocxPackage.open(await remote.save())).zip.file("word/comments.xml")).not.toBeNull();
    expect(await remote.actions.undoFill()).toBe(true);
  } finally {
    close();
  }
});

it("hands back errors with their id, and keeps working after one", async () => {
  const { remote, close } = await both();
  try {
    const refused = remote.actions.newBlankForm({ confirmReplace: false });
    await expect(refused).rejects.toBeInstanceOf(SilkformError);
    await expect(refused).rejects.toMatchObject({ id: "documentNotEmpty", message: expect.stringContaining("确认后才会替换") });
    await expect(remote.replaceWithDocx(readFixture("bad/not-a-zip.docx"))).rejects.toThrow("不是有效的 .docx");
    expect((await remote.actions.readDocument()).data.basic).toBeDefined();
  } finally {
    close();
  }
});
