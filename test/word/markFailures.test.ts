// A check that fails halfway can always be cleared without trace: Word may refuse any command of the mark
// batch (GeneralException anywhere; NotAllowed at insertComment on some web tenants, office-js #6746).
import { WordAdapter } from "../../src/adapters/word/wordAdapter";
import { COMMENT_PREFIX, type Mark } from "../../src/document/marks";
import { FakeWordHost } from "./fakeWord";
import { highlightMap, makeDocx, p, r, shadingMap } from "./helpers";

const cell = (xml: string, fill?: string) => `<w:tc><w:tcPr>${fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : ""}</w:tcPr>${xml}</w:tc>`;
const BODY =
  p(r("申报单位名称：丝路大学"), r("（盖章）", '<w:highlight w:val="cyan"/>')) +
  p(r("联系电话：010-12345678")) +
  `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>${cell(p(r("主任")))}${cell(p())}${cell(p(r("李明")), "D9D9D9")}</w:tr></w:tbl>` +
  p();

// Paragraphs: 0, 1 body; 2, 3, 4 the cells; 5 the empty one after the table.
const MARKS: Mark[] = [
  { id: "a#required", severity: "error", comment: "缺少单位名称", target: { kind: "range", start: { paragraph: 0, offset: 5 }, end: { paragraph: 0, offset: 13 } } },
  { id: "b#contact", severity: "warning", comment: "电话格式", target: { kind: "range", start: { paragraph: 1, offset: 5 }, end: { paragraph: 1, offset: 17 } } },
  { id: "c#required", severity: "error", comment: "未填", target: { kind: "cell", cell: { table: 0, row: 0, col: 1 }, paragraphs: [3] } },
  { id: "d#required", severity: "warning", comment: "请核对", target: { kind: "cell", cell: { table: 0, row: 0, col: 2 }, paragraphs: [4] } },
  { id: "e#sign", severity: "error", comment: "缺少日期", target: { kind: "paragraphs", paragraphs: [5] } },
];

async function freshHost(apiVersion: "1.3" | "1.4" = "1.4") {
  return FakeWordHost.fromDocx(await makeDocx(BODY), { apiVersion, officeSettings: true });
}

const state = (host: FakeWordHost) => ({ highlights: highlightMap(host), shading: shadingMap(host), comments: host.comments.map((c) => c.content) });

describe.each(["1.4", "1.3"] as const)("mark batch failing at each of its commands (WordApi %s)", (api) => {
  it("is always cleared without trace by 清除标记, in a new session", async () => {
    // How many commands the mark batch has, and that it marks at all.
    const probe = await freshHost(api);
    const original = state(probe);
    const first = new WordAdapter(probe.host());
    await first.read();
    const start = probe.commandsRun;
    await first.applyMarks(MARKS);
    const count = probe.commandsRun - start;
    expect(count).toBeGreaterThan(MARKS.length);
    expect(state(probe)).not.toEqual(original);

    // Marking twice, failing while the second replaces the first, also clears.
    for (const twice of [false, true]) {
      for (let k = 0; k < count; k++) {
        const host = await freshHost(api);
        const word = new WordAdapter(host.host());
        if (twice) await word.applyMarks(MARKS.slice(0, 3));
        await word.read();
        const at = host.commandsRun + k;
        host.failCommand = (_name, index) => (index === at ? "GeneralException" : null);
        await expect(word.applyMarks(MARKS)).rejects.toMatchObject({ id: "officeError" });
        host.failCommand = null;
        await new WordAdapter(host.host()).clearMarks();
        expect({ k, twice, ...state(host) }).toEqual({ k, twice, ...original });
      }
    }
  });
});

describe("Word refuses comments (NotAllowed at insertComment, #6746)", () => {
  it("marks with highlights and shading only, says so, and clears without trace", async () => {
    const host = await freshHost("1.4");
    const original = state(host);
    host.failCommand = (name) => (name === "insertComment" ? "NotAllowed" : null);
    const word = new WordAdapter(host.host());
    await expect(word.applyMarks(MARKS)).resolves.toEqual({ commentsRefused: true });
    expect(host.comments).toHaveLength(0);
    const marked = state(host);
    expect(marked.highlights[0].slice(5, 13)).toEqual(Array(8).fill("yellow"));
    expect(marked.highlights[1].slice(5, 17)).toEqual(Array(12).fill("green"));
    expect(marked.shading).not.toEqual(original.shading);
    // The next check of the session does not try comments again.
    await expect(word.applyMarks(MARKS.slice(0, 2))).resolves.toEqual({ commentsRefused: true });
    host.failCommand = null;
    await new WordAdapter(host.host()).clearMarks();
    expect(state(host)).toEqual(original);
  });

  it("a comment the user can see is still added where Word takes comments", async () => {
    const host = await freshHost("1.4");
    await expect(new WordAdapter(host.host()).applyMarks(MARKS)).resolves.toEqual({ commentsRefused: false });
    expect(host.comments.map((c) => c.content.startsWith(COMMENT_PREFIX))).toEqual(Array(MARKS.length).fill(true));
  });
});
