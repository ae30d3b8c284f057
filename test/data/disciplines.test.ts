import {
  DISCIPLINES,
  DisciplineProblem,
  childrenOf,
  findDisciplineByCode,
  findDisciplinesByName,
  formatDiscipline,
  parseDisciplineText,
  validateDiscipline,
} from "../../src/data/disciplines";

const AI_CHAIN = [
  { code: "520", name: "计算机科学技术" },
  { code: "52020", name: "人工智能" },
  { code: "5202010", name: "人工智能理论" },
];

function kinds(problems: DisciplineProblem[]): string[] {
  return problems.map((p) => p.kind);
}

function check(text: string): DisciplineProblem[] {
  return validateDiscipline(parseDisciplineText(text).items);
}

describe("lookups", () => {
  test("the table has the 3532 rows of the standard", () => {
    expect(DISCIPLINES).toHaveLength(3532);
    expect(DISCIPLINES.filter((d) => d.level === 1)).toHaveLength(62);
  });

  test("findDisciplineByCode", () => {
    expect(findDisciplineByCode("5202010")).toEqual({ code: "5202010", name: "人工智能理论", level: 3, parent: "52020" });
    expect(findDisciplineByCode("５２０")?.name).toBe("计算机科学技术");
    expect(findDisciplineByCode("5202011")).toBeUndefined();
  });

  test("findDisciplinesByName, incl. names listed twice and variant characters", () => {
    expect(findDisciplinesByName("人工智能").map((d) => d.code)).toEqual(["52020"]);
    expect(findDisciplinesByName("心理语言学")).toHaveLength(2);
    expect(findDisciplinesByName("计算机图象处理").map((d) => d.code)).toEqual(["5206040"]);
    expect(findDisciplinesByName("人工智能学")).toEqual([]);
  });

  test("childrenOf", () => {
    expect(childrenOf(null)).toHaveLength(62);
    expect(childrenOf("52020").map((d) => d.code)).toContain("5202010");
    expect(childrenOf("19030").map((d) => d.code)).toContain("1903510"); // printed as 19035xx
    expect(childrenOf("11024")).toEqual([]);
  });

  test("formatDiscipline", () => {
    expect(formatDiscipline("5202010")).toBe("5202010 人工智能理论");
    expect(formatDiscipline("9999999")).toBeUndefined();
  });
});

describe("parseDisciplineText", () => {
  const expectChain = (text: string): void => {
    expect(parseDisciplineText(text).items.map(({ code, name }) => ({ code, name }))).toEqual(AI_CHAIN);
  };

  test("codes and names separated by slashes", () => {
    expectChain("520 计算机科学技术 / 52020 人工智能 / 5202010 人工智能理论");
  });

  test("no space between code and name, full-width semicolons", () => {
    expectChain("520计算机科学技术；52020人工智能；5202010人工智能理论");
  });

  test("multi-line with full-width digits and spaces", () => {
    expectChain("５２０　计算机科学技术\n５２０２０　人工智能\r\n５２０２０１０　人工智能理论\n");
  });

  test("only spaces between items", () => {
    expectChain("520 计算机科学技术 52020 人工智能 5202010 人工智能理论");
    expectChain("520计算机科学技术52020人工智能5202010人工智能理论");
  });

  test("level labels and list numbers are ignored", () => {
    expectChain("一级学科：520 计算机科学技术\n二级学科：52020 人工智能\n三级学科：5202010 人工智能理论");
    expectChain("1. 520 计算机科学技术\n2. 52020 人工智能\n3. 5202010 人工智能理论");
  });

  test("name first, code in brackets or after the name", () => {
    expectChain("计算机科学技术（520）、人工智能（52020）、人工智能理论（5202010）");
    expectChain("计算机科学技术 520；人工智能 52020；人工智能理论 5202010");
  });

  test("names only", () => {
    expect(parseDisciplineText("计算机科学技术 人工智能 人工智能理论").items.map((i) => i.name)).toEqual([
      "计算机科学技术",
      "人工智能",
      "人工智能理论",
    ]);
  });

  test("、 inside a standard name is not a separator", () => {
    const items = parseDisciplineText("230 畜牧、兽医科学、23010 畜牧、兽医科学基础学科").items;
    expect(items.map(({ code, name }) => ({ code, name }))).toEqual([
      { code: "230", name: "畜牧、兽医科学" },
      { code: "23010", name: "畜牧、兽医科学基础学科" },
    ]);
    expect(parseDisciplineText("航空、航天科学技术、人工智能").items.map((i) => i.name)).toEqual([
      "航空、航天科学技术",
      "人工智能",
    ]);
  });

  test("raw keeps the original text of each item", () => {
    const items = parseDisciplineText("５２０　计算机科学技术；人工智能（52020）").items;
    expect(items.map((i) => i.raw)).toEqual(["５２０　计算机科学技术", "人工智能（52020）"]);
  });

  test("stray spaces inside a name are joined", () => {
    expect(parseDisciplineText("52020 人工 智能").items).toEqual([{ code: "52020", name: "人工智能", raw: "52020 人工 智能" }]);
  });

  test("1992-style dotted codes are read as the same digits", () => {
    expect(parseDisciplineText("520.20 人工智能").items[0].code).toBe("52020");
  });

  test("empty text gives no items", () => {
    expect(parseDisciplineText("").items).toEqual([]);
    expect(parseDisciplineText(" \n ；").items).toEqual([]);
  });
});

describe("validateDiscipline", () => {
  test("a correct chain has no problems, whichever way it is written", () => {
    expect(validateDiscipline(AI_CHAIN)).toEqual([]);
    expect(check("520计算机科学技术；52020人工智能；5202010人工智能理论")).toEqual([]);
    expect(check("计算机科学技术 人工智能 人工智能理论")).toEqual([]);
    expect(check("520 计算机科学技术 / 52020 人工智能 / 5202099 人工智能其它学科")).toEqual([]);
  });

  test("unknownCode", () => {
    const problems = check("520 计算机科学技术 / 52020 人工智能 / 5202011 人工智能理论");
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: "unknownCode", code: "5202011", message: "学科代码 5202011 不在 GB/T 13745-2009 中" }),
    );
    expect(kinds(problems)).not.toContain("missingLevel"); // the 7-digit code still stands for level 3
    expect(kinds(check("520 / 52020 / 5202010"))).not.toContain("unknownCode");
  });

  test("nameMismatch", () => {
    const problems = check("520 计算机科学技术 / 52020 人工智能学 / 5202010 人工智能理论");
    expect(problems).toEqual([
      {
        kind: "nameMismatch",
        code: "52020",
        name: "人工智能学",
        expectedName: "人工智能",
        index: 1,
        message: "代码 52020 对应的学科名称应为“人工智能”，而不是“人工智能学”",
      },
    ]);
    // Variant characters of the standard's own drafts are not a mismatch.
    expect(kinds(check("520 计算机科学技术 / 52060 计算机应用 / 5206040 计算机图象处理"))).not.toContain("nameMismatch");
    expect(kinds(check("５２０ 计算机科学技术 / 52020 人工 智能 / 5202010 人工智能理论。"))).toEqual([]);
  });

  test("unknownName", () => {
    const problems = check("计算机科学技术 / 人工智能学 / 人工智能理论");
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: "unknownName", name: "人工智能学", message: "学科名称“人工智能学”不在 GB/T 13745-2009 中" }),
    );
    expect(kinds(problems)).not.toContain("missingLevel");
    expect(kinds(check("计算机科学技术 / 人工智能 / 人工智能理论"))).not.toContain("unknownName");
  });

  test("notNested", () => {
    const problems = check("520 计算机科学技术 / 52010 计算机科学技术基础学科 / 5202010 人工智能理论");
    expect(problems).toEqual([
      expect.objectContaining({
        kind: "notNested",
        code: "5202010",
        message: "三级学科 5202010 不属于二级学科 52010（5202010 人工智能理论 属于 52020 人工智能）",
      }),
    ]);
    expect(kinds(check("410 工程与技术科学基础学科 / 52020 人工智能 / 5202010 人工智能理论"))).toEqual(["notNested"]);
    expect(check("110 数学 / 5202010 人工智能理论")[0]).toEqual(
      expect.objectContaining({ kind: "notNested", message: expect.stringContaining("三级学科 5202010 不属于一级学科 110") }),
    );
    // Two chains in one cell are fine; the standard's own quirk 19030 → 19035xx nests.
    expect(
      kinds(check("520 计算机科学技术 / 52020 人工智能 / 5202010 人工智能理论；190 心理学 / 19030 发展心理学 / 1903520 儿童心理学")),
    ).toEqual([]);
  });

  test("missingLevel", () => {
    expect(check("52020 人工智能 / 5202010 人工智能理论")).toEqual([
      {
        kind: "missingLevel",
        code: "520",
        expectedName: "计算机科学技术",
        message: "缺少一级学科（52020 人工智能 属于 520 计算机科学技术）",
      },
    ]);
    expect(check("520 计算机科学技术 / 5202010 人工智能理论")).toEqual([
      expect.objectContaining({ kind: "missingLevel", code: "52020", message: "缺少二级学科（5202010 人工智能理论 属于 52020 人工智能）" }),
    ]);
    expect(check("520 计算机科学技术 / 52020 人工智能")).toEqual([
      expect.objectContaining({ kind: "missingLevel", message: "缺少三级学科" }),
    ]);
    // A level-2 discipline without level-3 children needs no level 3.
    expect(check("110 数学 / 11024 代数几何学")).toEqual([]);
    expect(validateDiscipline([])).toEqual([]);
  });

  test("a name listed twice resolves to the reading that nests", () => {
    const both = findDisciplinesByName("心理语言学");
    const [a, b] = both;
    const topOf = (code: string): string => {
      let d = findDisciplineByCode(code)!;
      while (d.parent) d = findDisciplineByCode(d.parent)!;
      return d.code;
    };
    for (const d of [a, b]) {
      const top = topOf(d.code);
      const chain = [{ code: top }, ...(d.level === 3 ? [{ code: d.parent! }] : []), { name: "心理语言学" }];
      expect(kinds(validateDiscipline(chain)).filter((k) => k === "notNested")).toEqual([]);
    }
  });
});
