import { readdirSync } from "fs";
import { join } from "path";
import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import { WordAdapter } from "../../src/adapters/word/wordAdapter";
import { marksFromFindings } from "../../src/check/marks";
import { severityOfComment } from "../helpers/markComments";
import { FakeWordHost } from "./fakeWord";
import { FIXTURES, fixture, highlightMap, modelOf, shadingMap } from "./helpers";
import { checkDocument } from "../helpers/controller";

jest.setTimeout(60_000);

const DEFECTS = readdirSync(join(FIXTURES, "defects"))
  .filter((f) => f.endsWith(".docx"))
  .sort()
  .map((f) => `defects/${f}`);

/** The real check's findings, marked and cleared through Word. */
describe.each(["reference.docx", ...DEFECTS])("check through Word: %s", (name) => {
  it("finds what the OOXML path finds, marks it by severity and clears it", async () => {
    const bytes = fixture(name);
    const host = await FakeWordHost.fromDocx(bytes);
    let findings;
    try {
      findings = await checkDocument(new WordAdapter(host.host()), { final: true });
    } catch (e) {
      // Not the form at all: both paths must refuse it the same way.
      await expect(checkDocument(await OoxmlAdapter.open(bytes), { final: true })).rejects.toThrow((e as Error).message);
      return;
    }
    expect(findings).toEqual(await checkDocument(await OoxmlAdapter.open(bytes), { final: true }));
    const marks = marksFromFindings(findings);

    const before = { hl: highlightMap(host), shd: shadingMap(host), text: modelOf(host).paragraphs.map((p) => p.text) };
    const adapter = new WordAdapter(host.host());
    await adapter.read();
    const syncs = host.syncs;
    await adapter.applyMarks(marks);
    expect(host.syncs - syncs).toBe(1);

    const hl = highlightMap(host);
    const shd = shadingMap(host);
    for (const m of marks) {
      // The colour follows the mark's severity, which the comment's prefixes also say.
      expect(severityOfComment(m.comment)).toBe(m.severity);
      const error = m.severity === "error";
      if (m.target.kind === "range" && m.target.start.paragraph === m.target.end.paragraph && m.target.end.offset > m.target.start.offset) {
        const colours = new Set(hl[m.target.start.paragraph].slice(m.target.start.offset, m.target.end.offset));
        // Another, more severe mark may cover the same text.
        expect(colours.has("yellow") || (!error && colours.has("green"))).toBe(true);
      }
    }
    expect(shd.filter((f) => f === "FFF2CC" || f === "E2EFDA").length).toBeGreaterThanOrEqual(marks.filter((m) => m.target.kind === "cell").length > 0 ? 1 : 0);
    expect(modelOf(host).paragraphs.map((p) => p.text)).toEqual(before.text);

    await new WordAdapter(host.host()).clearMarks();
    expect(highlightMap(host)).toEqual(before.hl);
    expect(shadingMap(host)).toEqual(before.shd);
    expect(host.comments).toEqual([]);
  });
});
