import { Finding, MarkTarget } from "../../src/check/finding";
import { marksFromFindings, targetKey } from "../../src/check/marks";
import { severityOfComment } from "../helpers/markComments";

const cell: MarkTarget = { kind: "cell", cell: { table: 0, row: 1, col: 2 }, paragraphs: [12] };
const range: MarkTarget = { kind: "range", start: { paragraph: 250, offset: 1000 }, end: { paragraph: 251, offset: 23 } };

const finding = (over: Partial<Finding>): Finding => ({
  field: "strategy.significance",
  rule: "overLimit",
  severity: "error",
  message: "战略意义共 1023 字，超出 1000 字限制 23 字",
  location: range,
  ...over,
});

describe("marksFromFindings", () => {
  test("one mark per located finding, message prefixed by its severity, id from the finding", () => {
    const marks = marksFromFindings([
      finding({}),
      finding({ field: "basic.mainPartners", rule: "partnerCount", severity: "warning", message: "主要合作国建议 3-5 个", location: cell }),
    ]);
    expect(marks).toEqual([
      { id: "strategy.significance#overLimit", target: range, severity: "error", comment: "【错误】战略意义共 1023 字，超出 1000 字限制 23 字" },
      { id: "basic.mainPartners#partnerCount", target: cell, severity: "warning", comment: "【警告】主要合作国建议 3-5 个" },
    ]);
  });

  test("findings without a location are not marked", () => {
    expect(marksFromFindings([finding({ location: null })])).toEqual([]);
  });

  test("findings on one target share one mark: errors first, duplicates once, the first error's id", () => {
    const marks = marksFromFindings([
      finding({ field: "basic.department", rule: "consistency", severity: "warning", message: "与封面不一致", location: cell }),
      finding({ field: "basic.department", rule: "required", severity: "error", message: "主管部门未填写", location: { ...cell, paragraphs: [12] } }),
      finding({ field: "basic.department", rule: "consistency", severity: "warning", message: "与封面不一致", location: cell }),
    ]);
    expect(marks).toHaveLength(1);
    expect(marks[0].id).toBe("basic.department#required");
    expect(marks[0].comment).toBe("【错误】主管部门未填写\n【警告】与封面不一致");
    expect(marks[0].severity).toBe("error");
  });

  test("different places stay different marks", () => {
    const other: MarkTarget = { kind: "range", start: { paragraph: 250, offset: 999 }, end: { paragraph: 251, offset: 23 } };
    expect(marksFromFindings([finding({}), finding({ location: other })])).toHaveLength(2);
  });

  test("a paragraph list marks the same place in any order", () => {
    expect(targetKey({ kind: "paragraphs", paragraphs: [3, 1, 2] })).toBe(targetKey({ kind: "paragraphs", paragraphs: [1, 2, 3] }));
  });

  test("is pure: the findings are not changed", () => {
    const fs = [finding({}), finding({ severity: "warning" })];
    const copy = JSON.parse(JSON.stringify(fs));
    marksFromFindings(fs);
    expect(fs).toEqual(copy);
  });
});

describe("severityOfComment", () => {
  test("an error line makes the whole comment an error; no prefix counts as an error", () => {
    expect(severityOfComment("【警告】a\n【错误】b")).toBe("error");
    expect(severityOfComment("【警告】a")).toBe("warning");
    expect(severityOfComment("请检查")).toBe("error");
  });
});
