import { FIELDS } from "../../src/form/fields";
import type { LocatedField } from "../../src/locate";
import { byId, locateFixture } from "../helpers/fixtures";

describe("locator on the reference form", () => {
  let fields: Map<string, LocatedField>;
  let all: LocatedField[];
  beforeAll(async () => {
    const { result } = await locateFixture("reference.docx");
    all = result.fields;
    fields = byId(result.fields);
  });

  it("finds every field id of FORM.md, one entry per id (list items indexed)", () => {
    expect(all.filter((f) => !f.found)).toEqual([]);
    const patterns = new Set(all.map((f) => f.id.replace(/\[\d+\]/g, "[]")));
    for (const def of FIELDS) expect(patterns).toContain(def.id);
    expect(all.filter((f) => f.id.startsWith("staff[")).length).toBe(9);
    expect(all.length).toBe(111);
  });

  it("places cover answers right after each label's colon", () => {
    expect(fields.get("cover.labName")!.location).toEqual({ kind: "inline", span: { paragraph: 8, start: 8, end: 8 } });
    expect(fields.get("cover.department")!.location).toEqual({ kind: "inline", span: { paragraph: 11, start: 5, end: 5 } });
    expect(fields.get("cover.date")!.location).toEqual({ kind: "inline", span: { paragraph: 12, start: 3, end: 3 } });
  });

  it("places basic-information answers in the cell right of their label", () => {
    const cell = (id: string) => {
      const l = fields.get(id)!.location!;
      if (l.kind !== "cell") throw new Error(`${id} is ${l.kind}`);
      return [l.cell.row, l.cell.col, l.labelCell?.col];
    };
    expect(cell("basic.labName")).toEqual([0, 2, 1]);
    expect(cell("basic.department")).toEqual([1, 2, 1]);
    expect(cell("basic.discipline")).toEqual([5, 2, 0]);
    expect(cell("director.cn.name")).toEqual([8, 3, 2]);
    expect(cell("director.cn.title")).toEqual([8, 6, 5]);
    expect(cell("director.foreign.position")).toEqual([11, 6, 5]);
    expect(cell("contact.cn.mobile")).toEqual([14, 3, 2]);
    expect(cell("contact.cn.fax")).toEqual([14, 6, 5]);
    expect(cell("contact.foreign.email")).toEqual([16, 6, 5]);
    expect(cell("staff[0].name")).toEqual([17, 2, 1]);
    expect(cell("staff[2].phone")).toEqual([19, 7, 6]);
    expect(cell("cnHost.address")).toEqual([23, 2, 1]);
    expect(cell("cnParticipants[0].website")).toEqual([26, 2, 1]);
    expect(cell("foreignParticipants[0].name")).toEqual([31, 2, 1]);
    expect(cell("stats.rnd.funding")).toEqual([34, 2, 1]);
    expect(cell("stats.ops.hostFunding")).toEqual([51, 2, 1]);
  });

  it("reads the template's placeholders and unticked boxes", () => {
    expect(fields.get("basic.labName")!.text).toBe("中国—XXX（重点合作国）XXXX（具体领域）“一带一路”联合实验室");
    expect(fields.get("basic.mainPartners")!.text).toBe("（建议3-5个）");
    const type = fields.get("basic.labType")!.location!;
    expect(type.kind).toBe("choice");
    if (type.kind !== "choice") return;
    expect(type.options.map((o) => [o.option, o.box?.paragraph, o.box?.start, o.ticked])).toEqual([
      ["前沿科技与基础研究", 49, 0, false],
      ["应用技术与产业科技", 50, 0, false],
      ["民生科技与文明互鉴", 51, 0, false],
    ]);
    const nature = fields.get("cnHost.nature")!.location!;
    if (nature.kind !== "choice") throw new Error("nature is not a choice");
    expect(nature.options.map((o) => o.box?.start)).toEqual([0, 5, 10, 13]);
  });

  it("anchors narratives after their instructions and reads each limit from the document", () => {
    const region = (id: string) => {
      const l = fields.get(id)!.location!;
      if (l.kind !== "region") throw new Error(`${id} is ${l.kind}`);
      return [l.cell!.table, l.paragraphs[0], l.paragraphs.length, l.insertAfter, l.limit, l.limitFromDocument];
    };
    expect(region("strategy.significance")).toEqual([1, 229, 4, 228, 1000, true]);
    // The caption "合作国别" before the data table is not part of the answer.
    expect(region("strategy.layout")).toEqual([2, 235, 4, 234, 1000, true]);
    expect(region("tech.positioning")).toEqual([13, 364, 3, 363, 500, true]);
    expect(region("tech.annualTasks")).toEqual([13, 368, 3, 367, 500, true]);
    expect(region("tech.projectsText")).toEqual([15, 424, 3, 423, 500, true]);
    expect(region("tech.exchangesText")).toEqual([15, 445, 3, 444, 500, true]);
    expect(region("tech.outcomes")).toEqual([15, 453, 4, 452, 1000, true]);
  });

  it("finds data tables by their headers and indicators by their rows", () => {
    const table = (id: string) => {
      const l = fields.get(id)!.location!;
      if (l.kind !== "table") throw new Error(`${id} is ${l.kind}`);
      return [l.table, l.headerRow, l.rows.length, Object.keys(l.columns).length];
    };
    expect(table("tables.layout")).toEqual([3, 0, 3, 4]);
    expect(table("tables.leaders")).toEqual([7, 0, 2, 4]);
    expect(table("tables.govDocs")).toEqual([8, 0, 2, 4]);
    expect(table("tables.cnHostProjects")).toEqual([10, 0, 3, 6]);
    expect(table("tables.intlProjects")).toEqual([16, 0, 3, 5]);
    expect(table("tables.exchanges")).toEqual([17, 0, 3, 4]);
    const ind = fields.get("indicators.other")!.location!;
    expect(ind.kind === "cell" && [ind.cell.table, ind.cell.row, ind.cell.col]).toEqual([14, 8, 2]);
  });

  it("finds the signature, seal and date spots, all empty", () => {
    const mark = (id: string) => {
      const l = fields.get(id)!.location!;
      if (l.kind !== "mark") throw new Error(`${id} is ${l.kind}`);
      return [l.cell.row, l.span.paragraph, l.span.start, l.present];
    };
    expect(mark("sign.director.signature")).toEqual([0, 481, 12, false]);
    expect(mark("sign.director.date")).toEqual([0, 482, 0, false]);
    expect(mark("sign.host.signature")).toEqual([1, 487, 12, false]);
    expect(mark("sign.host.seal")).toEqual([1, 488, 0, false]);
    expect(mark("sign.department.signature")).toEqual([2, 494, 10, false]);
    expect(mark("sign.department.date")).toEqual([2, 496, 0, false]);
  });
});
