import fc from "fast-check";
import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import { WordAdapter } from "../../src/adapters/word/wordAdapter";
import type { EditOp } from "../../src/fill/ops";
import { FakeWordHost, wordParagraphText } from "./fakeWord";
import { highlightMap, makeDocx, modelOf, p, r } from "./helpers";

jest.setTimeout(120_000);

/**
 * Offsets inside paragraphs reach Word only through search. These cases
 * make that hard: text repeated many times (the first hit of a short
 * search would be wrong), paragraphs over 255 characters, Word's special
 * characters (tab, line break, symbol-font box, footnote mark, non-breaking
 * hyphen) and search's own special character `^`. Whatever happens, the
 * Word path must change the text exactly as the OOXML path does.
 */

const SPECIALS = [
  "<w:r><w:tab/></w:r>",
  "<w:r><w:br/></w:r>",
  `<w:r><w:sym w:font="Wingdings 2" w:char="00A3"/></w:r>`,
  `<w:r><w:footnoteReference w:id="1"/></w:r>`,
  "<w:r><w:noBreakHyphen/></w:r>",
];

const text = fc.string({ unit: fc.constantFrom("甲", "乙", "丙", "a", "^", "?", " ", "，", "*"), minLength: 1, maxLength: 40 });
const longText = fc.tuple(fc.constantFrom("甲乙", "甲乙丙", "^a"), fc.integer({ min: 100, max: 200 })).map(([s, n]) => s.repeat(n));
const piece = fc.oneof({ weight: 4, arbitrary: text.map((t) => r(t)) }, { weight: 1, arbitrary: longText.map((t) => r(t)) }, { weight: 2, arbitrary: fc.constantFrom(...SPECIALS) });
const paragraph = fc.array(piece, { minLength: 1, maxLength: 6 }).map((runs) => p(...runs));
const documentXml = fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((ps) => ps.join(""));

async function both(bodyXml: string) {
  const bytes = await makeDocx(bodyXml);
  const host = await FakeWordHost.fromDocx(bytes);
  const word = new WordAdapter(host.host());
  const ooxml = await OoxmlAdapter.open(bytes);
  const model = await word.read();
  expect(model).toEqual(await ooxml.read());
  return { host, word, ooxml, model };
}

/** Word's text of every paragraph: also shows footnote marks, pictures and symbols the model text hides. */
async function wordTexts(source: FakeWordHost | OoxmlAdapter): Promise<string[]> {
  const host = source instanceof FakeWordHost ? source : await FakeWordHost.fromDocx(await source.save());
  return host.paragraphs().list.map(wordParagraphText);
}

describe("edits inside paragraphs", () => {
  it("replaces the right occurrence of repeated text, past 255 characters", async () => {
    const long = "甲乙".repeat(300);
    const { host, word, ooxml } = await both(p(r(long), r("^结尾")) + p(r("甲乙甲乙甲乙")));
    const ops: EditOp[] = [
      { op: "setSpan", span: { paragraph: 0, start: 501, end: 505 }, text: "【替换】" },
      { op: "setSpan", span: { paragraph: 1, start: 4, end: 6 }, text: "丙" },
    ];
    await word.applyEdits(ops);
    await ooxml.applyEdits(ops);
    const got = modelOf(host).paragraphs.map((x) => x.text);
    expect(got).toEqual((await ooxml.read()).paragraphs.map((x) => x.text));
    expect(await wordTexts(host)).toEqual(await wordTexts(ooxml));
    expect(got[0]).toBe(`${long.slice(0, 501)}【替换】${long.slice(505)}^结尾`);
    expect(got[1]).toBe("甲乙甲乙丙");
  });

  it("changes exactly the span, for any text and any span", async () => {
    await fc.assert(
      fc.asyncProperty(
        documentXml,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ unit: fc.constantFrom("新", "^", "x", "\t"), maxLength: 5 })), { minLength: 1, maxLength: 4 }),
        async (bodyXml, picks) => {
          const { host, word, model } = await both(bodyXml);
          const used = new Set<number>();
          const ops: EditOp[] = [];
          const expected = model.paragraphs.map((x) => x.text);
          for (const [a, b, t] of picks) {
            const i = a % model.paragraphs.length;
            if (used.has(i)) continue;
            used.add(i);
            const len = model.paragraphs[i].text.length;
            const start = len === 0 ? 0 : a % (len + 1);
            const end = start + (len - start === 0 ? 0 : b % (len - start + 1));
            ops.push({ op: "setSpan", span: { paragraph: i, start, end }, text: t });
            expected[i] = expected[i].slice(0, start) + t + expected[i].slice(end);
          }
          const footnotes = (ts: string[]) => ts.map((x) => [...x].filter((c) => c === "\u0002").length);
          const before = footnotes(await wordTexts(host));
          await word.applyEdits(ops);
          expect(modelOf(host).paragraphs.map((x) => x.text)).toEqual(expected);
          // Footnote marks (and pictures) inside a replaced span are kept, as the OOXML path keeps them.
          expect(footnotes(await wordTexts(host))).toEqual(before);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("highlights exactly the marked characters and clears them again", async () => {
    await fc.assert(
      fc.asyncProperty(documentXml, fc.nat(), fc.nat(), fc.nat(), async (bodyXml, pick, a, b) => {
        const { host, word, model } = await both(bodyXml);
        const i = pick % model.paragraphs.length;
        const len = model.paragraphs[i].text.length;
        fc.pre(len > 0);
        const start = a % len;
        const end = start + 1 + (b % (len - start));
        const before = highlightMap(host);
        await word.applyMarks([{ id: "x#overLimit", severity: "error", comment: "超出字数", target: { kind: "range", start: { paragraph: i, offset: start }, end: { paragraph: i, offset: end } } }]);
        const marked = highlightMap(host)[i];
        expect(marked.map((c, k) => (c === "yellow") === (k >= start && k < end))).toEqual(marked.map(() => true));
        expect(host.comments.map((c) => c.content)).toEqual(["【丝路申报助手】超出字数"]);
        await new WordAdapter(host.host()).clearMarks();
        expect(highlightMap(host)).toEqual(before);
        expect(host.comments).toEqual([]);
        expect(modelOf(host).paragraphs.map((x) => x.text)).toEqual(model.paragraphs.map((x) => x.text));
      }),
      { numRuns: 40 },
    );
  });

  it("keeps the user's highlight under a mark and gives it back", async () => {
    const { host, word } = await both(p(r("用户高亮的", "<w:highlight w:val=\"green\"/>"), r("普通文字"), r("也高亮", "<w:highlight w:val=\"green\"/>")));
    await word.applyMarks([{ id: "a#required", severity: "error", comment: "", target: { kind: "range", start: { paragraph: 0, offset: 2 }, end: { paragraph: 0, offset: 7 } } }]);
    expect(highlightMap(host)[0]).toEqual(["green", "green", "yellow", "yellow", "yellow", "yellow", "yellow", null, null, "green", "green", "green"]);
    // The user edits the marked paragraph before clearing: our colour goes, theirs stays.
    await host.run(async (ctx) => {
      ctx.document.body.paragraphs.getFirst().getRange("End").insertText("补充", "End");
      await ctx.sync();
    });
    await new WordAdapter(host.host()).clearMarks();
    // Bright green is also our warning colour, but only the yellow we gave this paragraph is ours to take off;
    // the text typed at the end took the user's green from the character before it, as Word does.
    expect(highlightMap(host)[0]).toEqual(["green", "green", null, null, null, null, null, null, null, "green", "green", "green", "green", "green"]);
  });
});
