import type { Finding, MarkTarget } from "../../src/check/finding";
import type { DocModel } from "../../src/document/model";
import { countZi } from "../../src/text/ziCount";
import { checkFixture, defect, findingsOf } from "./util";

const one = (findings: Finding[], field: string, rule: Finding["rule"]) => {
  const hits = findingsOf(findings, field, rule);
  expect(hits).toHaveLength(1);
  return hits[0];
};

/** The text a range covers, paragraphs joined with "\n". */
function rangeText(model: DocModel, t: MarkTarget): string {
  if (t.kind !== "range") throw new Error("not a range");
  const parts: string[] = [];
  for (let p = t.start.paragraph; p <= t.end.paragraph; p++) {
    const text = model.paragraphs[p].text;
    parts.push(text.slice(p === t.start.paragraph ? t.start.offset : 0, p === t.end.paragraph ? t.end.offset : text.length));
  }
  return parts.join("\n");
}

describe("overLimit marks the overflow exactly", () => {
  it.each([
    ["limits", "strategy.layout", 1000, "【"],
    ["limits", "strategy.cooperation", 1000, "Overflow text"],
    ["limits", "tech.annualTasks", 500, "【"],
    ["limit-800", "strategy.significance", 800, "【"],
  ])("%s.docx %s: from the first 字 past %i to the end of the answer", async (name, field, limit, overflow) => {
    const { findings, located, model } = await checkFixture(defect(name));
    const f = one(findings, field, "overLimit");
    const region = located.fields.find((x) => x.id === field)!.location;
    if (region?.kind !== "region") throw new Error("no region");
    const last = region.paragraphs[region.paragraphs.length - 1];
    const t = f.location!;
    expect(t.kind).toBe("range");
    if (t.kind !== "range") return;
    // The range starts where the marker the fixture put at limit+1 starts, and ends at the end of the last paragraph.
    expect(t.start.paragraph).toBe(last);
    expect(t.start.offset).toBe(model.paragraphs[last].text.lastIndexOf(overflow));
    expect(t.end).toEqual({ paragraph: last, offset: model.paragraphs[last].text.length });
    expect(rangeText(model, t)).toBe(overflow);
    // Everything before the start is exactly the limit.
    const before = region.paragraphs.map((p) => model.paragraphs[p].text);
    const k = region.paragraphs.indexOf(t.start.paragraph);
    const head = [...before.slice(0, k), before[k].slice(0, t.start.offset)].join("\n");
    expect(countZi(head)).toBe(limit);
  });

  it("the overflow of a two-paragraph answer lies in the second paragraph (700 + 300 字 before it)", async () => {
    const { findings, located } = await checkFixture(defect("limits"));
    const region = located.fields.find((x) => x.id === "strategy.layout")!.location;
    if (region?.kind !== "region") throw new Error("no region");
    expect(region.paragraphs).toHaveLength(2);
    const t = one(findings, "strategy.layout", "overLimit").location;
    expect(t?.kind === "range" && t.start.paragraph).toBe(region.paragraphs[1]);
  });

  it("the limit comes from the copy's own instruction", async () => {
    const { located } = await checkFixture(defect("limit-800"));
    const loc = located.fields.find((x) => x.id === "strategy.significance")!.location;
    expect(loc).toMatchObject({ kind: "region", limit: 800, limitFromDocument: true });
  });
});

describe("finding locations", () => {
  it("a cell answer is marked as its cell", async () => {
    const { findings, located } = await checkFixture(defect("required"));
    const f = one(findings, "director.cn.phone", "required");
    const loc = located.fields.find((x) => x.id === "director.cn.phone")!.location;
    if (loc?.kind !== "cell") throw new Error("not a cell");
    expect(f.location).toEqual({ kind: "cell", cell: loc.cell, paragraphs: loc.paragraphs });
  });

  it("an empty cover line is marked as its whole paragraph", async () => {
    const { findings, located } = await checkFixture(defect("required"));
    const loc = located.fields.find((x) => x.id === "cover.date")!.location;
    if (loc?.kind !== "inline") throw new Error("not inline");
    expect(one(findings, "cover.date", "required").location).toEqual({ kind: "paragraphs", paragraphs: [loc.span.paragraph] });
  });

  it("a filled cover answer is marked as a range over the answer text", async () => {
    const { findings, model } = await checkFixture(defect("consistency-bad"));
    const t = one(findings, "cover.cnDirector", "consistency").location!;
    expect(t.kind).toBe("range");
    expect(rangeText(model, t)).toBe("李明");
  });

  it("an empty narrative is marked as its empty paragraphs", async () => {
    const { findings, located } = await checkFixture(defect("required"));
    const loc = located.fields.find((x) => x.id === "strategy.influence")!.location;
    if (loc?.kind !== "region") throw new Error("not a region");
    expect(loc.paragraphs.length).toBeGreaterThan(0);
    expect(one(findings, "strategy.influence", "required").location).toEqual({ kind: "paragraphs", paragraphs: loc.paragraphs });
  });

  it("an empty data table is marked as the cells of its first data row", async () => {
    const { findings, located, model } = await checkFixture(defect("required"));
    const loc = located.fields.find((x) => x.id === "tables.govDocs")!.location;
    if (loc?.kind !== "table") throw new Error("not a table");
    const row = model.tables[loc.table].rows[loc.rows[0]];
    const paragraphs = row.cells.flatMap((c) => c.blocks.filter((b) => b.kind === "paragraph").map((b) => (b.kind === "paragraph" ? b.index : -1)));
    expect(one(findings, "tables.govDocs", "required").location).toEqual({ kind: "paragraphs", paragraphs });
  });

  it("an empty cell of a started table row is marked as that cell", async () => {
    const { findings, located, model } = await checkFixture(defect("required"));
    const loc = located.fields.find((x) => x.id === "tables.leaders")!.location;
    if (loc?.kind !== "table") throw new Error("not a table");
    const f = one(findings, "tables.leaders[0].leaders", "required");
    expect(f.location).toMatchObject({ kind: "cell", cell: { table: loc.table, row: loc.rows[0], col: loc.columns.leaders } });
    if (f.location?.kind === "cell") expect(f.location.paragraphs.every((p) => model.paragraphs[p].text === "")).toBe(true);
  });

  it("a placeholder left next to the answer is marked exactly", async () => {
    const { findings, model } = await checkFixture(defect("placeholder"));
    const t = one(findings, "basic.radiatingPartners", "placeholder").location!;
    expect(rangeText(model, t)).toBe("（建议3-5个）");
  });

  it("a field that is not found has no location and says why", async () => {
    const { findings } = await checkFixture(defect("not-found"));
    const f = one(findings, "cover.department", "required");
    expect(f.location).toBeNull();
    expect(f.message).toContain("封面中找不到“主管部门：”这一行");
  });

  it("a field whose instruction was deleted is reported as not found, never guessed", async () => {
    const { findings } = await checkFixture("variants/no-instructions.docx");
    for (const id of ["tech.positioning", "tech.annualTasks"]) {
      const f = one(findings, id, "required");
      expect(f).toMatchObject({ severity: "error", location: null });
      expect(f.message).toContain("找不到");
      expect(findingsOf(findings, id).filter((x) => x.rule !== "required")).toEqual([]);
    }
  });

  it("a choice is marked as its cell, a signature spot as its paragraph", async () => {
    const { findings, located } = await checkFixture(defect("choice-two"));
    const choice = located.fields.find((x) => x.id === "basic.labType")!.location;
    if (choice?.kind !== "choice") throw new Error("not a choice");
    expect(one(findings, "basic.labType", "singleChoice").location).toEqual({ kind: "cell", cell: choice.cell, paragraphs: choice.paragraphs });
    const seal = located.fields.find((x) => x.id === "sign.host.seal")!.location;
    if (seal?.kind !== "mark") throw new Error("not a mark");
    expect(one(findings, "sign.host.seal", "seal").location).toEqual({ kind: "paragraphs", paragraphs: [seal.span.paragraph] });
  });

  it("every location of every fixture points at paragraphs that exist", async () => {
    for (const name of ["required", "placeholder", "limits", "countries-bad", "formats-bad", "consistency-bad", "choice-none"]) {
      const { findings, model } = await checkFixture(defect(name));
      for (const f of findings) {
        const t = f.location;
        if (!t) continue;
        const paras = t.kind === "range" ? [t.start.paragraph, t.end.paragraph] : t.paragraphs;
        for (const p of paras) expect(model.paragraphs[p]).toBeDefined();
        if (t.kind === "range") {
          expect(t.start.offset).toBeLessThanOrEqual(model.paragraphs[t.start.paragraph].text.length);
          expect(t.end.offset).toBeLessThanOrEqual(model.paragraphs[t.end.paragraph].text.length);
        }
      }
    }
  });
});
