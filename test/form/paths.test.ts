import { SilkformError } from "../../src/errors";
import { FIELDS, TABLE_COLUMNS, tableColumnsOf, type TableFieldId } from "../../src/form/fields";
import { pathLabel } from "../../src/form/labels";
import { DATA_TABLES } from "../../src/form/layout";
import { cellPath, fieldsUnder, formatPath, LISTS, matchesPattern, nearestField, parentPath, parsePath, pathSection, patternsMatcher, splitPath, tryParsePath, type FieldPath } from "../../src/form/paths";
import { RULES } from "../../src/check/rules";

/** Every concrete shape a catalogue id takes in a document: the field, an item of a list, a row and every cell of a table. */
function shapesOf(id: (typeof FIELDS)[number]["id"], type: string): FieldPath[] {
  if (id.includes("[]")) return [{ field: id }, { field: id, index: 0 }, { field: id, index: 12 }];
  if (type === "list") return [{ field: id }, { field: id, index: 0 }, { field: id, index: 3 }];
  if (type === "table") {
    const columns = tableColumnsOf(id as TableFieldId);
    return [{ field: id }, { field: id, index: 2 }, ...columns.map((column) => ({ field: id, index: 1, column }))];
  }
  return [{ field: id }];
}

describe("field paths: one parser, one printer", () => {
  const all = FIELDS.flatMap((d) => shapesOf(d.id, d.type).map((p) => [formatPath(p), p] as const));

  it.each(all)("%s round-trips", (text, p) => {
    expect(parsePath(text)).toEqual(p);
    expect(formatPath(parsePath(text))).toBe(text);
  });

  it("covers every field id of the catalogue and every table column", () => {
    const ids = new Set(all.map(([, p]) => p.field));
    expect([...ids].sort()).toEqual(FIELDS.map((d) => d.id).sort());
    const cells = all.filter(([, p]) => p.column !== undefined).length;
    expect(cells).toBe(Object.values(TABLE_COLUMNS).reduce((n, c) => n + c.length, 0));
  });

  it("reads the shapes the form uses", () => {
    expect(parsePath("basic.labName")).toEqual({ field: "basic.labName" });
    expect(parsePath("staff[1].phone")).toEqual({ field: "staff[].phone", index: 1 });
    expect(parsePath("tables.cnHostProjects[2].funding")).toEqual({ field: "tables.cnHostProjects", index: 2, column: "funding" });
    expect(parsePath("basic.mainPartners[0]")).toEqual({ field: "basic.mainPartners", index: 0 });
    expect(parsePath("tables.layout[3]")).toEqual({ field: "tables.layout", index: 3 });
    expect(cellPath("tables.layout", 1, "country")).toBe("tables.layout[1].country");
  });

  it.each([
    "",
    "basic",
    "basic.",
    ".basic.labName",
    "basic..labName",
    "basic.labname",
    "basic.labName[0]",
    "basic.labName.x",
    "staff.phone",
    "staff[1]",
    "staff[-1].phone",
    "staff[01].phone",
    "staff[1.5].phone",
    "staff[x].phone",
    "staff[1].phone[2]",
    "staff[1][2].phone",
    "staff[1",
    "staff[1].nope",
    "tables.layout[1].nope",
    "tables.layout[1].country.x",
    "tables.layout.country",
    "tables.nope[0]",
    "basic.mainPartners[0].x",
    "基本信息.名称",
    "basic labName",
  ])("%j is not a field path: a typed error, in Chinese", (text) => {
    expect(tryParsePath(text)).toBeNull();
    let thrown: unknown;
    try {
      parsePath(text);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(SilkformError);
    expect((thrown as SilkformError).id).toBe("badFieldPath");
    expect((thrown as SilkformError).message).toContain("不是申报书中的一项");
  });

  it("data paths: keys, parents, the nearest field, the fields inside a group", () => {
    expect(splitPath("staff[1].phone")).toEqual(["staff", 1, "phone"]);
    expect(() => splitPath("staff[].phone")).toThrow(SilkformError);
    expect(parentPath("tables.layout[2].country")).toBe("tables.layout[2]");
    expect(parentPath("tables.layout[2]")).toBe("tables.layout");
    expect(parentPath("staff")).toBeUndefined();
    expect(nearestField("basic.labName.x")).toEqual({ field: { field: "basic.labName" }, rest: "x" });
    expect(fieldsUnder("staff[1]").map((d) => d.id)).toEqual(["staff[].name", "staff[].position", "staff[].phone"]);
    expect(LISTS).toEqual(["staff", "cnParticipants", "foreignParticipants"]);
    expect(pathSection("tables.layout[3].agreement")).toBe("strategy");
    expect(pathSection("stats")).toBe("basic");
  });

  it("rule patterns: exact ids, every item, * for one or more characters", () => {
    expect(matchesPattern("staff[].phone", "staff[3].phone")).toBe(true);
    expect(matchesPattern("staff[].phone", "staff[3].name")).toBe(false);
    expect(matchesPattern("*.email", "contact.cn.email")).toBe(true);
    expect(matchesPattern("stats.*", "stats.rnd.funding")).toBe(true);
    expect(matchesPattern("stats.*", "basic.labName")).toBe(false);
    expect(matchesPattern("sign.*.signature", "sign.host.signature")).toBe(true);
    expect(matchesPattern("sign.*.signature", "sign.host.seal")).toBe(false);
    expect(matchesPattern("tables.cnHostProjects[].period", "tables.cnHostProjects[4].period")).toBe(true);
    expect(matchesPattern("*.nature", "cnParticipants[1].nature")).toBe(true);
    expect(matchesPattern("*", "tables.layout[0].country")).toBe(true);
  });

  it("a matcher made for every rule's list of patterns answers as matchesPattern does, for every path shape", () => {
    const paths = [...FIELDS.flatMap((d) => shapesOf(d.id, d.type).map(formatPath)), "not a path", "staff[x].name"];
    let matched = 0;
    for (const rule of RULES) {
      const matches = patternsMatcher(rule.fields);
      for (const path of paths) {
        const expected = rule.fields.some((q) => matchesPattern(q, path));
        expect([rule.id, path, matches(path)]).toEqual([rule.id, path, expected]);
        if (expected) matched++;
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});

describe("one label for every path", () => {
  it("names fields, items, rows, cells and groups", () => {
    expect(pathLabel("")).toBe("整个文件");
    expect(pathLabel("staff[1].phone")).toBe("联合实验室管理人员/专职人员（第2项）/电话");
    expect(pathLabel("basic.radiatingPartners[2]")).toBe("合作国别/辐射合作国（第3项）");
    expect(pathLabel("tables.exchanges[0].country")).toBe("三（五）2.国际科技交流活动表（第1行）/合作国别");
    expect(pathLabel("tables.exchanges[0].country", "levels")).toBe("三（五）2.国际科技交流活动 表格/第1行/合作国别");
    expect(pathLabel("tables.layout[1]")).toBe("二（二）国别布局表（第2行）");
    expect(pathLabel("staff")).toBe("联合实验室管理人员/专职人员");
    expect(pathLabel("staff[0]")).toBe("联合实验室管理人员/专职人员（第1项）");
    expect(pathLabel("basic")).toBe("一、基本信息");
    expect(pathLabel("basic.labName.x")).toBe("联合实验室/申报名称（x）");
  });

  it("every cell of every data table is named by its printed column header", () => {
    for (const t of DATA_TABLES) {
      for (const c of t.columns) expect(pathLabel(cellPath(t.field, 0, c.key))).toMatch(new RegExp(`（第1行）/${c.header[0]}$`));
    }
  });
});
