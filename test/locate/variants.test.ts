import type { LocatedField, Location } from "../../src/locate";
import { byId, locateFixture, VARIANTS } from "../helpers/fixtures";

/** The compact position a test can state: [table, row, col] for cells, first paragraph for regions, … */
function where(l: Location | undefined): unknown {
  if (!l) return null;
  switch (l.kind) {
    case "inline":
      return ["inline", l.span.paragraph, l.span.start, l.span.end];
    case "cell":
    case "choice":
      return [l.kind, l.cell.table, l.cell.row, l.cell.col];
    case "region":
      return ["region", l.cell?.table ?? null, l.paragraphs[0] ?? null, l.paragraphs.length, l.limit, l.limitFromDocument];
    case "table":
      return ["table", l.table, l.headerRow, l.rows.length];
    case "mark":
      return ["mark", l.cell.table, l.span.paragraph, l.span.start, l.present];
  }
}

const EXPECTED: Record<string, Record<string, unknown>> = {
  // Saved by real LibreOffice: same structure, so the same places as the reference.
  "variants/libreoffice.docx": {
    "cover.date": ["inline", 12, 3, 3],
    "staff[2].phone": ["cell", 0, 19, 7],
    "strategy.significance": ["region", 1, 229, 4, 1000, true],
    "sign.director.signature": ["mark", 20, 481, 12, false],
  },
  // WPS: symbol-font boxes, runs split at script changes, a tab after 日期：.
  "variants/wps.docx": {
    "cover.date": ["inline", 12, 3, 4],
    "basic.labType": ["choice", 0, 7, 2],
    "cnHost.nature": ["choice", 0, 21, 2],
    "tech.teams": ["region", 12, 357, 4, 1000, true],
  },
  "variants/split-runs.docx": {
    "cover.labName": ["inline", 8, 8, 8],
    "contact.cn.mobile": ["cell", 0, 14, 3],
    "tech.positioning": ["region", 13, 364, 3, 500, true],
    "tables.exchanges": ["table", 17, 0, 3],
  },
  // Two added 专职人员, a second 中方参与单位 and 外方参与单位 block, longer data tables.
  "variants/added-rows.docx": {
    "staff[4].name": ["cell", 0, 21, 2],
    "staff[4].phone": ["cell", 0, 21, 7],
    "cnParticipants[1].name": ["cell", 0, 30, 2],
    "cnParticipants[1].nature": ["choice", 0, 31, 2],
    "foreignParticipants[1].website": ["cell", 0, 42, 2],
    "stats.rnd.funding": ["cell", 0, 43, 2],
    "tables.layout": ["table", 3, 0, 6],
    "tables.intlProjects": ["table", 16, 0, 5],
    "strategy.significance": ["region", 1, 266, 4, 1000, true],
  },
  // "姓　名", "手机", "E-mail", half-width parentheses and colons, spaced headings.
  "variants/label-spacing.docx": {
    "cover.department": ["inline", 11, 5, 5],
    "director.cn.title": ["cell", 0, 8, 6],
    "contact.cn.mobile": ["cell", 0, 14, 3],
    "contact.foreign.email": ["cell", 0, 16, 6],
    "stats.rnd.funding": ["cell", 0, 34, 2],
    "basic.labType": ["choice", 0, 7, 2],
    "strategy.layout": ["region", 2, 235, 4, 1000, true],
  },
  // Instructions deleted: answers start at the top of the box, limits fall back to the form's.
  "variants/no-instructions.docx": {
    "strategy.significance": ["region", 1, 221, 4, 1000, false],
    "strategy.layout": ["region", 2, 226, 4, 1000, false],
    "tech.projectsText": ["region", 15, 391, 3, 500, false],
    "tech.outcomes": ["region", 15, 415, 4, 1000, false],
    "tech.positioning": null,
    "tech.annualTasks": null,
  },
  // An image and a paragraph on top, a table before 一、基本信息, notes between headings and boxes.
  "variants/inserted-content.docx": {
    "cover.date": ["inline", 14, 3, 3],
    "basic.labType": ["choice", 1, 7, 2],
    "staff[0].name": ["cell", 1, 17, 2],
    "strategy.significance": ["region", 2, 237, 4, 1000, true],
    "tables.layout": ["table", 4, 0, 3],
    "tech.teams": ["region", 13, 366, 4, 1000, true],
    "sign.director.signature": ["mark", 22, 495, 12, false],
  },
  // The basic table split in two inside the 管理人员 group: the parts are read as one.
  "variants/split-table.docx": {
    "staff[0].name": ["cell", 0, 17, 2],
    "staff[1].name": ["cell", 1, 0, 2],
    "staff[2].phone": ["cell", 1, 1, 7],
    "cnHost.name": ["cell", 1, 2, 2],
    "stats.ops.hostFunding": ["cell", 1, 33, 2],
  },
  // Data tables moved out of the boxes, between box pieces: answers stay in their own box.
  "variants/tables-outside.docx": {
    "strategy.layout": ["region", 2, 235, 4, 1000, true],
    "tables.layout": ["table", 3, 0, 3],
    "strategy.diplomacy": ["region", 6, 275, 4, 1000, true],
    "tech.positioning": ["region", 14, 361, 3, 500, true],
    "tech.projectsText": ["region", 18, 420, 3, 500, true],
    "tech.exchangesText": ["region", 20, 441, 3, 500, true],
    "tech.outcomes": ["region", 20, 449, 4, 1000, true],
  },
  // No boxes at all: the answers are body paragraphs under the instructions.
  "variants/no-boxes.docx": {
    "strategy.layout": ["region", null, 235, 4, 1000, true],
    "tables.layout": ["table", 1, 0, 3],
    "tech.annualTasks": ["region", null, 368, 3, 500, true],
    "tech.projectsText": ["region", null, 424, 3, 500, true],
    "tables.intlProjects": ["table", 6, 0, 3],
  },
  // The cover as a label | answer table: the answer is the cell, not the rest of the label's line.
  "variants/cover-table.docx": {
    "cover.labName": ["cell", 0, 0, 1],
    "cover.date": ["cell", 0, 4, 1],
    "basic.labName": ["cell", 1, 0, 2],
  },
  // Block, run and row content controls; checkbox controls for 类型 and 性质.
  "variants/content-controls.docx": {
    "cover.labName": ["inline", 8, 8, 8],
    "basic.labType": ["choice", 0, 7, 2],
    "staff[0].name": ["cell", 0, 17, 2],
    "staff[2].phone": ["cell", 0, 19, 7],
    "cnHost.nature": ["choice", 0, 21, 2],
  },
  // No merged cell at all: labels written on every row, empty fillers where spans were.
  "variants/no-merge.docx": {
    "basic.labName": ["cell", 0, 0, 2],
    "basic.discipline": ["cell", 0, 5, 2],
    "basic.researchDirection": ["cell", 0, 6, 2],
    "basic.labType": ["choice", 0, 7, 2],
    "director.cn.title": ["cell", 0, 8, 6],
    "staff[3].phone": ["cell", 0, 20, 7],
    "cnParticipants[1].name": ["cell", 0, 29, 2],
    "foreignParticipants[1].website": ["cell", 0, 41, 2],
    "stats.ops.hostFunding": ["cell", 0, 59, 2],
  },
  // No merged cell, labels typed once with blank cells below (WPS save).
  "variants/no-merge-typed.docx": {
    "basic.discipline": ["cell", 0, 5, 2],
    "basic.labType": ["choice", 0, 7, 2],
    "director.foreign.position": ["cell", 0, 11, 6],
    "contact.cn.fax": ["cell", 0, 14, 6],
    // "专职人员" only on the first staff row: the others are items by their 职务 / 电话 labels.
    "staff[1].name": ["cell", 0, 18, 2],
    "staff[2].phone": ["cell", 0, 19, 7],
    "staff[3].name": ["cell", 0, 20, 2],
    "cnParticipants[1].nature": ["choice", 0, 30, 2],
    "foreignParticipants[1].name": ["cell", 0, 39, 2],
  },
  // Group labels of the repeated blocks written on each row: items start at 名称 / 专职人员.
  "variants/repeated-groups.docx": {
    "staff[4].name": ["cell", 0, 21, 2],
    "cnHost.nature": ["choice", 0, 23, 2],
    "cnParticipants[0].name": ["cell", 0, 26, 2],
    "cnParticipants[1].nature": ["choice", 0, 31, 2],
    "cnParticipants[2].name": ["cell", 0, 34, 2],
    "foreignParticipants[1].nature": ["choice", 0, 45, 2],
    "stats.rnd.funding": ["cell", 0, 47, 2],
  },
  // Group and sub-label in one cell: paragraphs, a line break, a space, an ideographic space.
  "variants/joined-labels.docx": {
    "basic.labName": ["cell", 0, 0, 2],
    "basic.department": ["cell", 0, 1, 2],
    "basic.keyPartner": ["cell", 0, 2, 2],
    "cnHost.name": ["cell", 0, 20, 2],
    "cnParticipants[1].nature": ["choice", 0, 29, 2],
    "foreignHost.website": ["cell", 0, 34, 2],
    "stats.rnd.funding": ["cell", 0, 38, 2],
  },
  // Made by LibreOffice: the no-merge and joined-labels copies opened and saved by soffice.
  "variants/no-merge-libreoffice.docx": {
    "cover.date": ["inline", 12, 3, 3],
    "basic.discipline": ["cell", 0, 5, 2],
    "basic.labType": ["choice", 0, 7, 2],
    "staff[3].phone": ["cell", 0, 20, 7],
    "cnParticipants[1].name": ["cell", 0, 29, 2],
    "foreignParticipants[1].website": ["cell", 0, 41, 2],
    "strategy.significance": ["region", 1, 531, 4, 1000, true],
  },
  "variants/joined-labels-libreoffice.docx": {
    "basic.labName": ["cell", 0, 0, 2],
    "basic.discipline": ["cell", 0, 5, 2],
    "cnParticipants[1].nature": ["choice", 0, 29, 2],
    "stats.ops.hostFunding": ["cell", 0, 55, 2],
    "tech.positioning": ["region", 13, 343, 3, 500, true],
  },
  // The form as a web page (no merges, labels on every row) converted by LibreOffice and by pandoc:
  // both drop the empty answer paragraphs, so the narratives' answer space is empty.
  "variants/html-libreoffice.docx": {
    "cover.date": ["inline", 7, 3, 3],
    "basic.labName": ["cell", 0, 0, 2],
    "basic.discipline": ["cell", 0, 5, 2],
    "basic.labType": ["choice", 0, 7, 2],
    "staff[3].phone": ["cell", 0, 20, 7],
    "cnParticipants[1].nature": ["choice", 0, 30, 2],
    "foreignParticipants[1].website": ["cell", 0, 41, 2],
    "strategy.significance": ["region", 1, null, 0, 1000, true],
    "sign.director.signature": ["mark", 20, 699, 12, false],
  },
  "variants/html-pandoc.docx": {
    "cover.date": ["inline", 8, 3, 3],
    "basic.discipline": ["cell", 0, 5, 2],
    "basic.labType": ["choice", 0, 7, 2],
    "staff[3].phone": ["cell", 0, 20, 7],
    "cnParticipants[1].name": ["cell", 0, 29, 2],
    "stats.ops.hostFunding": ["cell", 0, 59, 2],
    "tech.positioning": ["region", 13, null, 0, 500, true],
    "tables.layout": ["table", 3, 0, 3],
  },
  // Group and sub-label in one cell (<br> or a space) as a web page: LibreOffice keeps the
  // row/col spans, the pandoc copy was written without them (fillers after the joined label).
  "variants/html-joined-libreoffice.docx": {
    "basic.labName": ["cell", 0, 0, 2],
    "basic.discipline": ["cell", 0, 5, 2],
    "cnParticipants[1].name": ["cell", 0, 28, 2],
    "stats.ops.hostFunding": ["cell", 0, 55, 2],
    "sign.director.signature": ["mark", 20, 392, 12, false],
  },
  "variants/html-joined-pandoc.docx": {
    "basic.labName": ["cell", 0, 0, 2],
    "basic.discipline": ["cell", 0, 5, 2],
    "basic.labType": ["choice", 0, 7, 2],
    "cnParticipants[1].nature": ["choice", 0, 29, 2],
    "stats.ops.hostFunding": ["cell", 0, 55, 2],
  },
};

/** List items each copy really holds; anything more is a phantom item. */
const LIST_ITEMS: Record<string, [staff: number, cn: number, foreign: number]> = {
  "variants/added-rows.docx": [5, 2, 2],
  "variants/no-merge.docx": [4, 2, 2],
  "variants/no-merge-typed.docx": [4, 2, 2],
  "variants/repeated-groups.docx": [5, 3, 2],
  "variants/joined-labels.docx": [3, 2, 1],
  "variants/no-merge-libreoffice.docx": [4, 2, 2],
  "variants/joined-labels-libreoffice.docx": [3, 2, 1],
  "variants/html-libreoffice.docx": [4, 2, 2],
  "variants/html-pandoc.docx": [4, 2, 2],
  "variants/html-joined-libreoffice.docx": [3, 2, 1],
  "variants/html-joined-pandoc.docx": [3, 2, 1],
};

describe.each(VARIANTS)("locator on %s", (name) => {
  let fields: Map<string, LocatedField>;
  let reference: Map<string, LocatedField>;
  beforeAll(async () => {
    fields = byId((await locateFixture(name)).result.fields);
    reference = byId((await locateFixture("reference.docx")).result.fields);
  });

  it("is covered by this test's expectations", () => {
    expect(EXPECTED[name]).toBeDefined();
  });

  it("finds each field at its exact place", () => {
    for (const [id, place] of Object.entries(EXPECTED[name] ?? {})) {
      const f = fields.get(id);
      expect({ id, place: f?.found ? where(f.location) : null }).toEqual({ id, place });
    }
  });

  it("finds every field the reference has, with the same text, or says why not", () => {
    for (const [id, ref] of reference) {
      const f = fields.get(id);
      expect(f).toBeDefined();
      if (!f!.found) {
        expect(f!.reason).toMatch(/\S/);
        continue;
      }
      // A date line's spacing is layout, not an answer: web pages collapse "年  月  日" to "年 月 日".
      const text = (t: string) => (/^sign\.\w+\.date$/.test(id) ? t.replace(/\s+/g, " ") : t);
      expect({ id, text: text(f!.text) }).toEqual({ id, text: text(ref.text) });
    }
  });

  it("holds exactly the list items the copy has, each complete", () => {
    const [staff, cn, foreign] = LIST_ITEMS[name] ?? [3, 1, 1];
    const items = (list: string) => new Set([...fields.keys()].filter((id) => id.startsWith(`${list}[`)).map((id) => id.slice(0, id.indexOf("]") + 1)));
    expect([items("staff").size, items("cnParticipants").size, items("foreignParticipants").size]).toEqual([staff, cn, foreign]);
    for (const f of fields.values()) if (/^(staff|cnParticipants|foreignParticipants)\[/.test(f.id)) expect({ id: f.id, found: f.found }).toEqual({ id: f.id, found: true });
  });

  it("reads every box as an unticked box", () => {
    for (const f of fields.values()) {
      if (f.location?.kind !== "choice") continue;
      for (const o of f.location.options) expect({ id: f.id, option: o.option, box: o.box !== null, ticked: o.ticked }).toEqual({ id: f.id, option: o.option, box: true, ticked: false });
    }
  });
});
