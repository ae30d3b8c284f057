import { matchesField } from "../../src/check/context";
import type { FieldPattern } from "../../src/form/paths";
import { emailProblem, phoneProblem, urlProblem } from "../../src/check/rules/contact";
import { parseLabName } from "../../src/check/rules/labName";
import { parseStat } from "../../src/check/rules/number";
import { suggestCountry } from "../../src/check/rules/partners";
import { hasQuantity } from "../../src/check/rules/quantified";
import { findPlaceholders, isNone, PLACEHOLDER_PATTERNS, stripPlaceholders } from "../../src/check/text";

describe("field patterns", () => {
  it.each([
    [["*.email"], "contact.cn.email", true],
    [["*.email"], "email", false],
    [["stats.*"], "stats.rnd.funding", true],
    [["staff[].phone"], "staff[12].phone", true],
    [["*.nature"], "cnParticipants[1].nature", true],
    [["basic.labName"], "cover.labName", false],
  ])("%j matches %s: %s", (patterns, id, expected) => {
    expect(matchesField(patterns as FieldPattern[], id)).toBe(expected);
  });
});

describe("“无”", () => {
  it.each(["无", " 无 ", "无。", "暂无", "无\n"])("%j is the answer 无", (t) => expect(isNone(t)).toBe(true));
  it.each(["", "无锡", "-", "/", "无相关项目，但计划申报"])("%j is not", (t) => expect(isNone(t)).toBe(false));
});

describe("placeholders", () => {
  it("are found in width, dash and spacing variants", () => {
    expect(findPlaceholders("(建议3－5个)俄罗斯", PLACEHOLDER_PATTERNS)).toHaveLength(1);
    expect(findPlaceholders("中国-XXX(重点合作国)XXXX(具体领域)\"一带一路\"联合实验室", PLACEHOLDER_PATTERNS)).toHaveLength(1);
    expect(stripPlaceholders("（建议3-5个）蒙古国、巴基斯坦")).toBe("蒙古国、巴基斯坦");
    expect(findPlaceholders("建议与3-5个国家合作", PLACEHOLDER_PATTERNS)).toEqual([]);
  });
});

describe("phone", () => {
  it.each([
    "029-87081234",
    "029 8708 1234",
    "(029)87081234",
    "（029）87081234",
    "02987081234",
    "010-12345678",
    "0755-1234567",
    "029-87081234转8012",
    "029-87081234-8012",
    "029-87081234 ext. 12",
    "13991234567",
    "139 9123 4567",
    "+86 139 9123 4567",
    "+86-29-87081234",
    "+7 727 2641234",
    "+7 (727) 264-12-34",
    "0044 20 7946 0958",
    "400-123-4567",
    "１３９９１２３４５６７",
    "029-87081234；13991234567",
    "无",
  ])("accepts %s", (t) => expect(phoneProblem(t)).toBeNull());

  it.each([
    ["87081234", "区号"],
    ["1399123456", "11 位"],
    ["139912345678", "11 位"],
    ["029-8708234a", "号码以外"],
    ["+7 12", "位数"],
    ["+86 12345", "中国电话"],
    ["电话：029-87081234", "号码以外"],
  ])("rejects %s", (t, why) => expect(phoneProblem(t)).toContain(why));
});

describe("email", () => {
  it.each(["wangxy@nwafu.edu.cn", "Wang.X-Y@nwafu.edu.cn", "d.seitkali@kaznau.kz", "a@b.cn; c@d.org", "无"])("accepts %s", (t) => expect(emailProblem(t)).toBeNull());
  it.each([
    ["wangxy#nwafu.edu.cn", "不是有效"],
    ["d.seitkali@kaznau", "不是有效"],
    ["wang..x@a.cn", "不是有效"],
    ["wangxy＠nwafu.edu.cn", "全角"],
    ["wangxy@nwafu。edu。cn", "不是有效"],
  ])("rejects %s", (t, why) => expect(emailProblem(t)).toContain(why));
});

describe("url", () => {
  it.each(["https://www.nwafu.edu.cn", "http://www.egi.cas.cn/index.html", "www.x.edu.cn", "nwafu.edu.cn", "https://soil.academy.uz/en?a=1", "HTTPS://WWW.X.CN", "无"])(
    "accepts %s",
    (t) => expect(urlProblem(t)).toBeNull(),
  );
  it.each([
    ["www。nwafu。edu。cn", "全角"],
    ["ftp://x.cn", "http"],
    ["www.nwafu .edu.cn", "空格"],
    ["西北农林科技大学", "不是有效"],
    ["localhost", "不是有效"],
  ])("rejects %s", (t, why) => expect(urlProblem(t)).toContain(why));
});

describe("numbers", () => {
  it.each([
    ["18", "int", undefined, 18],
    ["０", "int", undefined, 0],
    ["1,200", "int", undefined, 1200],
    ["12项", "int", undefined, 12],
    ["12850.5", "amount", "万元", 12850.5],
    ["1800平方米", "amount", "平米", 1800],
    ["35600万元", "amount", "万元", 35600],
    ["12.0", "int", undefined, 12],
  ] as const)("%s (%s) is %d", (t, kind, unit, value) => expect(parseStat(t, kind, unit)).toEqual({ ok: true, value }));

  it.each([
    ["-1", "int", "负数"],
    ["3.5", "int", "整数"],
    ["约100", "int", "确切"],
    ["100余", "int", "确切"],
    ["十二", "int", "阿拉伯数字"],
    ["1500元", "amount", "数字以外"],
    ["待定", "int", "不是有效"],
    ["很多", "int", "确切"],
  ] as const)("%s (%s) is rejected", (t, kind, why) => {
    const r = parseStat(t, kind, kind === "amount" ? "万元" : undefined);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toContain(why);
  });

  it("accepts 无", () => expect(parseStat("无", "int")).toEqual({ ok: true, value: null }));
});

describe("lab names", () => {
  it.each([
    ["中国—哈萨克斯坦干旱区生态农业“一带一路”联合实验室", "KAZ", "干旱区生态农业"],
    ["中国－俄罗斯人工智能“一带一路”联合实验室", "RUS", "人工智能"],
    ["中国-俄罗斯联邦人工智能\"一带一路\"联合实验室", "RUS", "人工智能"],
    ["中国–几内亚比绍水稻「一带一路」联合实验室", "GNB", "水稻"],
    ["中国——巴基斯坦地球科学‘一带一路’联合实验室", "PAK", "地球科学"],
  ])("%s reads as %s + %s", (name, iso3, field) => {
    const r = parseLabName(name);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.country.iso3).toBe(iso3);
      expect(r.field).toBe(field);
    }
  });

  it.each([
    ["哈萨克斯坦干旱区“一带一路”联合实验室", "中国—"],
    ["中国—哈萨克斯坦干旱区一带一路联合实验室", "引号"],
    ["中国—哈萨克斯坦干旱区联合实验室", "结尾"],
    ["中国—美国人工智能“一带一路”联合实验室", "国名"],
    ["中国—哈萨克斯坦“一带一路”联合实验室", "具体领域"],
  ])("%s is rejected (%s)", (name, why) => {
    const r = parseLabName(name);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toContain(why);
  });
});

describe("country suggestions", () => {
  it("proposes the country a partial or decorated name means", () => {
    expect(suggestCountry("哈萨克")?.nameZh).toBe("哈萨克斯坦");
    expect(suggestCountry("俄罗斯（莫斯科）")?.nameZh).toBe("俄罗斯");
    expect(suggestCountry("美国")).toBeUndefined();
  });
});

describe("quantities", () => {
  it.each(["不少于40人", "新增仪器设备15台（套）", "经费三百万元", "引进专家十余人", "覆盖率达到百分之九十", "面积２０亩"])("%s has one", (t) =>
    expect(hasQuantity(t)).toBe(true),
  );
  it.each(["加强团队建设，进一步引进人才", "服务“一带一路”建设，统一管理", "完善仪器设备，若干"])("%s has none", (t) => expect(hasQuantity(t)).toBe(false));
});
