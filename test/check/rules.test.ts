import { RULES } from "../../src/check";
import { tableCellId } from "../../src/check/context";
import { extractFormData } from "../../src/extract/extract";
import { getPath } from "../../src/form/paths";
import { findingId, RULE_IDS, RuleId, Severity } from "../../src/check/finding";
import { checkFixture, defect, errors, findingsOf } from "./util";

/**
 * Every rule of FORM.md §3 on real .docx files (test/fixtures/defects, built by
 * scripts/defects/build.ts): where it must find something, and where the same
 * kind of answer is valid and it must stay silent.
 */
interface Case {
  /** A defects/ fixture by name, or a fixture path ending in .docx. */
  fixture: string;
  field: string;
  final?: boolean;
  severity?: Severity;
  /** Text the message must contain. */
  says?: string[];
}

const fixtureOf = (c: Case) => (c.fixture.endsWith(".docx") ? c.fixture : defect(c.fixture));

const CASES: Record<RuleId, { find: Case[]; notFind: Case[] }> = {
  required: {
    find: [
      { fixture: "required", field: "cover.date", says: ["未填写", "无"] },
      { fixture: "required", field: "director.cn.phone" },
      { fixture: "required", field: "staff[0].phone" },
      { fixture: "required", field: "cnParticipants[0].website" },
      { fixture: "required", field: "strategy.influence" },
      { fixture: "required", field: "indicators.management" },
      { fixture: "required", field: "tables.govDocs", says: ["没有填写任何一行", "无"] },
      { fixture: "required", field: "tables.leaders[0].leaders", says: ["第1行", "中外领导人姓名、职务"] },
      { fixture: "not-found", field: "cover.department", says: ["找不到", "主管部门"] },
      // The blank form: the review opinions are warnings while filling, errors in the final check.
      { fixture: "reference.docx", field: "sign.host.opinion", severity: "warning" },
      { fixture: "reference.docx", field: "sign.department.opinion", final: true, severity: "error" },
    ],
    notFind: [
      { fixture: "none", field: "strategy.diplomacy" },
      { fixture: "none", field: "tables.leaders" },
      { fixture: "none", field: "tables.govDocs" },
      { fixture: "none", field: "stats.intl.funding" },
      { fixture: "none", field: "indicators.other" },
      { fixture: "none", field: "cnParticipants[0].website" },
      { fixture: "none", field: "staff[1].name" },
      { fixture: "required", field: "staff[2].name" },
      { fixture: "required", field: "tables.leaders" },
      { fixture: "clean", field: "sign.host.opinion" },
    ],
  },
  placeholder: {
    find: [
      { fixture: "placeholder", field: "basic.labName", says: ["中国—XXX（重点合作国）XXXX（具体领域）“一带一路”联合实验室"] },
      { fixture: "placeholder", field: "basic.mainPartners", says: ["（建议3-5个）"] },
      { fixture: "placeholder", field: "basic.radiatingPartners", says: ["（建议3-5个）", "删除"] },
    ],
    notFind: [
      { fixture: "clean", field: "basic.labName" },
      { fixture: "clean", field: "basic.mainPartners" },
      { fixture: "countries-good", field: "basic.radiatingPartners" },
    ],
  },
  overLimit: {
    find: [
      { fixture: "limits", field: "strategy.layout", says: ["1001 字", "1000 字", "1 字"] },
      { fixture: "limits", field: "strategy.cooperation", says: ["1002 字"] },
      { fixture: "limits", field: "tech.annualTasks", says: ["501 字", "500 字"] },
      { fixture: "limit-800", field: "strategy.significance", says: ["801 字", "超出 800 字限制 1 字"] },
    ],
    notFind: [
      { fixture: "limits", field: "strategy.significance" },
      { fixture: "limits", field: "tech.positioning" },
      { fixture: "limit-800", field: "strategy.layout" },
      { fixture: "clean", field: "tech.outcomes" },
    ],
  },
  briCountry: {
    find: [
      { fixture: "countries-bad", field: "basic.keyPartner", says: ["“美国”"] },
      { fixture: "labname-key-not-bri", field: "basic.keyPartner", says: ["“美国”"] },
      { fixture: "countries-bad", field: "basic.radiatingPartners", says: ["“哈萨克”", "是否应为“哈萨克斯坦”", "“日本”"] },
    ],
    notFind: [
      { fixture: "countries-good", field: "basic.keyPartner" },
      { fixture: "countries-good", field: "basic.radiatingPartners" },
      { fixture: "none", field: "basic.radiatingPartners" },
      { fixture: "clean", field: "basic.keyPartner" },
    ],
  },
  partnerCount: {
    find: [
      { fixture: "countries-bad", field: "basic.mainPartners", severity: "warning", says: ["2 个", "3-5"] },
      { fixture: "countries-bad", field: "basic.radiatingPartners", severity: "warning", says: ["6 个"] },
    ],
    notFind: [
      { fixture: "countries-good", field: "basic.mainPartners" },
      { fixture: "countries-good", field: "basic.radiatingPartners" },
      { fixture: "none", field: "basic.radiatingPartners" },
    ],
  },
  partnerOverlap: {
    find: [{ fixture: "countries-bad", field: "basic.radiatingPartners", severity: "warning", says: ["“吉尔吉斯斯坦”已是主要合作国"] }],
    notFind: [
      { fixture: "countries-good", field: "basic.mainPartners" },
      { fixture: "countries-good", field: "basic.radiatingPartners" },
      { fixture: "clean", field: "basic.radiatingPartners" },
    ],
  },
  labName: {
    find: [
      { fixture: "labname-mismatch", field: "basic.labName", says: ["乌兹别克斯坦", "哈萨克斯坦", "不一致"] },
      { fixture: "labname-key-not-bri", field: "basic.labName", says: ["“哈萨克斯坦”", "重点合作国“美国”", "不一致"] },
      { fixture: "labname-shape", field: "basic.labName", says: ["中国—"] },
      { fixture: "countries-bad", field: "basic.labName", says: ["美国", "共建“一带一路”国家"] },
    ],
    notFind: [
      { fixture: "countries-good", field: "basic.labName" },
      { fixture: "clean", field: "basic.labName" },
    ],
  },
  discipline: {
    find: [{ fixture: "discipline-bad", field: "basic.discipline", says: ["21020", "农业基础学科", "GB/T 13745-2009"] }],
    notFind: [
      { fixture: "clean", field: "basic.discipline" },
      { fixture: "countries-good", field: "basic.discipline" },
    ],
  },
  singleChoice: {
    find: [
      { fixture: "choice-none", field: "basic.labType", says: ["未勾选"] },
      { fixture: "choice-none", field: "foreignHost.nature", says: ["未勾选"] },
      { fixture: "choice-two", field: "basic.labType", says: ["2 项", "前沿科技与基础研究", "应用技术与产业科技"] },
      { fixture: "choice-two", field: "cnParticipants[0].nature", says: ["科研院所、企业"] },
    ],
    notFind: [
      { fixture: "clean", field: "basic.labType" },
      { fixture: "clean", field: "cnParticipants[1].nature" },
      { fixture: "none", field: "cnParticipants[0].nature" },
      { fixture: "choice-two", field: "foreignHost.nature" },
    ],
  },
  number: {
    find: [
      { fixture: "formats-bad", field: "stats.rnd.funding", says: ["负数"] },
      { fixture: "formats-bad", field: "stats.rnd.patents", says: ["整数"] },
      { fixture: "formats-bad", field: "stats.intl.countries", says: ["约"] },
      { fixture: "formats-bad", field: "stats.team.researchers", says: ["阿拉伯数字"] },
    ],
    notFind: [
      { fixture: "formats-good", field: "stats.rnd.funding" },
      { fixture: "formats-good", field: "stats.ops.area" },
      { fixture: "formats-good", field: "stats.rnd.patents" },
      { fixture: "formats-good", field: "stats.rnd.publications" },
      { fixture: "none", field: "stats.intl.funding" },
      { fixture: "clean", field: "stats.rnd.funding" },
    ],
  },
  email: {
    find: [
      { fixture: "formats-bad", field: "contact.cn.email", says: ["wangxy#nwafu.edu.cn"] },
      { fixture: "formats-bad", field: "contact.foreign.email" },
    ],
    notFind: [
      { fixture: "formats-good", field: "contact.cn.email" },
      { fixture: "none", field: "contact.foreign.email" },
      { fixture: "clean", field: "contact.foreign.email" },
    ],
  },
  phone: {
    find: [
      { fixture: "formats-bad", field: "director.cn.phone", says: ["区号"] },
      { fixture: "formats-bad", field: "contact.cn.mobile", says: ["11 位"] },
      { fixture: "formats-bad", field: "contact.cn.fax" },
    ],
    notFind: [
      { fixture: "formats-good", field: "director.cn.phone" },
      { fixture: "formats-good", field: "contact.cn.landline" },
      { fixture: "formats-good", field: "contact.cn.mobile" },
      { fixture: "formats-good", field: "contact.cn.fax" },
      { fixture: "formats-good", field: "staff[0].phone" },
      { fixture: "clean", field: "director.foreign.phone" },
      { fixture: "none", field: "director.foreign.phone" },
    ],
  },
  url: {
    find: [
      { fixture: "formats-bad", field: "cnHost.website", says: ["全角"] },
      { fixture: "formats-bad", field: "cnParticipants[0].website", says: ["http"] },
    ],
    notFind: [
      { fixture: "formats-good", field: "cnHost.website" },
      { fixture: "formats-good", field: "cnParticipants[0].website" },
      { fixture: "clean", field: "cnHost.website" },
      { fixture: "none", field: "foreignHost.website" },
    ],
  },
  consistency: {
    find: [
      { fixture: "consistency-bad", field: "cover.cnDirector", says: ["李明", "李明华"] },
      { fixture: "consistency-bad", field: "cover.department", says: ["陕西省科技厅", "陕西省科学技术厅"] },
    ],
    notFind: [
      { fixture: "consistency-bad", field: "cover.cnHost" },
      { fixture: "countries-good", field: "cover.labName" },
      { fixture: "clean", field: "cover.labName" },
    ],
  },
  quantified: {
    find: [
      { fixture: "formats-bad", field: "indicators.team", says: ["量化"] },
      { fixture: "formats-bad", field: "indicators.facilities" },
    ],
    notFind: [
      { fixture: "formats-good", field: "indicators.support" },
      { fixture: "none", field: "indicators.team" },
      { fixture: "clean", field: "indicators.facilities" },
    ],
  },
  signature: {
    find: [
      { fixture: "clean", field: "sign.director.signature", severity: "warning" },
      { fixture: "clean", field: "sign.host.signature", final: true, severity: "error", says: ["提交前必须"] },
    ],
    notFind: [
      { fixture: "signed", field: "sign.host.signature" },
      { fixture: "signed", field: "sign.department.signature", final: true },
    ],
  },
  seal: {
    find: [
      { fixture: "clean", field: "sign.host.seal", severity: "warning" },
      { fixture: "clean", field: "sign.department.seal", final: true, severity: "error" },
    ],
    notFind: [
      { fixture: "signed", field: "sign.host.seal", final: true },
      { fixture: "signed", field: "sign.department.seal" },
    ],
  },
  date: {
    find: [
      { fixture: "clean", field: "sign.department.date", severity: "warning" },
      { fixture: "clean", field: "sign.director.date", final: true, severity: "error" },
    ],
    notFind: [
      { fixture: "signed", field: "sign.director.date", final: true },
      { fixture: "signed", field: "sign.host.date" },
    ],
  },
  crossCount: {
    find: [
      { fixture: "cross-more", field: "stats.rnd.nationalTasks", says: ["1 项", "三（一）", "2 项"] },
      { fixture: "cross-more", field: "stats.intl.nationalProjects", says: ["国家国际科技合作项目数", "其他国际合作项目数", "合计 1 项", "2 个项目"] },
      { fixture: "cross-more", field: "stats.intl.agreementInstitutions", says: ["3 家", "国别布局", "4 家"] },
      { fixture: "cross-more", field: "stats.intl.countries", says: ["5 个", "7 个国家", "土库曼斯坦"] },
      { fixture: "cross-more", field: "stats.intl.events", says: ["1 次", "三（五）2", "2 次"] },
      { fixture: "cross-missing", field: "stats.rnd.nationalTasks", says: ["18 项", "没有列出"] },
      { fixture: "cross-missing", field: "stats.intl.nationalProjects", says: ["合计 17 项", "没有列出"] },
      { fixture: "cross-missing", field: "stats.intl.agreementInstitutions", says: ["8 家", "没有列出"] },
      { fixture: "cross-missing", field: "stats.intl.countries", says: ["12 个", "只列出 7 个"] },
      { fixture: "cross-missing", field: "stats.intl.events", says: ["9 次", "没有列出"] },
      { fixture: "countries-bad", field: "stats.intl.countries", says: ["7 个", "美国"] },
    ],
    notFind: [
      ...["stats.rnd.nationalTasks", "stats.intl.nationalProjects", "stats.intl.agreementInstitutions", "stats.intl.countries", "stats.intl.events"].flatMap((field) => [
        { fixture: "clean", field },
        { fixture: "cross-good", field },
      ]),
      { fixture: "countries-good", field: "stats.intl.countries" },
      // The partner lists are not answered yet: placeholder and required say so, not a count.
      { fixture: "placeholder", field: "stats.intl.countries" },
    ],
  },
  timeNoted: {
    find: [
      { fixture: "times-bad", field: "tables.cnHostProjects[0].period", says: ["第1行", "执行时间", "2018年12月", "近5年"] },
      { fixture: "times-bad", field: "tables.cnHostProjects[1].period", says: ["没有写明时间", "三年"] },
      { fixture: "times-bad", field: "tables.leaders[0].time", says: ["没有写明时间", "5月"] },
      { fixture: "times-bad", field: "tables.govDocs[0].time", says: ["2019年7月", "2026年11月24日"] },
      { fixture: "times-bad", field: "tables.layout[0].agreement", says: ["有效期已于2019年5月结束"] },
      { fixture: "times-bad", field: "tables.layout[1].agreement", says: ["签署时间"] },
    ],
    notFind: [
      { fixture: "times-good", field: "tables.cnHostProjects[0].period" },
      { fixture: "times-good", field: "tables.cnHostProjects[1].period" },
      { fixture: "times-good", field: "tables.cnHostProjects[2].period" },
      { fixture: "times-good", field: "tables.leaders[0].time" },
      { fixture: "times-good", field: "tables.govDocs[0].time" },
      { fixture: "times-good", field: "tables.layout[0].agreement" },
      { fixture: "times-good", field: "tables.layout[1].agreement" },
      { fixture: "times-good", field: "tables.layout[2].agreement" },
      { fixture: "clean", field: "tables.layout[3].agreement" },
      { fixture: "none", field: "tables.leaders[0].time" },
    ],
  },
  currencyUnit: {
    find: [
      { fixture: "money-bad", field: "tables.cnHostProjects[0].funding", says: ["第1行", "经费投入", "单位", "2400"] },
      { fixture: "money-bad", field: "tables.intlProjects[1].funding", says: ["第2行", "“80”"] },
    ],
    notFind: [
      { fixture: "money-bad", field: "tables.intlProjects[0].funding" },
      { fixture: "money-good", field: "tables.cnHostProjects[0].funding" },
      { fixture: "money-good", field: "tables.cnHostProjects[1].funding" },
      { fixture: "money-good", field: "tables.intlProjects[0].funding" },
      { fixture: "money-good", field: "tables.intlProjects[1].funding" },
      { fixture: "clean", field: "tables.cnHostProjects[0].funding" },
    ],
  },
  twoYearPlan: {
    find: [
      { fixture: "plan-one-year", field: "tech.annualTasks", says: ["年度建设任务及目标", "“第一年”", "第二年"] },
      { fixture: "limits", field: "tech.annualTasks", says: ["没有按年度"] },
    ],
    notFind: [
      { fixture: "clean", field: "tech.annualTasks" },
      { fixture: "plan-years", field: "tech.annualTasks" },
    ],
  },
};

/** The department reviewer's rules (docs/form-reference.md) and FORM.md's suggestions are warnings; every other rule finds errors. */
const WARNING_RULES: readonly RuleId[] = ["partnerCount", "partnerOverlap", "crossCount", "timeNoted", "currencyUnit", "twoYearPlan"];

describe("the rule set", () => {
  it("has exactly one rule per rule id of FORM.md §3, in RULE_IDS order", () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it("every rule declares the fields it applies to", () => {
    for (const r of RULES) expect(r.fields.length).toBeGreaterThan(0);
  });

  it("has a must-find and a must-not-find case on a real .docx for every rule id", () => {
    for (const id of RULE_IDS) {
      expect(CASES[id].find.length).toBeGreaterThan(0);
      expect(CASES[id].notFind.length).toBeGreaterThan(0);
    }
  });
});

describe.each(RULE_IDS.map((id) => [id] as const))("rule %s", (rule) => {
  const { find, notFind } = CASES[rule];

  it.each(find.map((c) => [`${c.fixture}.docx ${c.field}${c.final ? " (--final)" : ""}`, c] as const))("finds %s", async (_n, c) => {
    const { findings } = await checkFixture(fixtureOf(c), { final: c.final });
    const hits = findingsOf(findings, c.field, rule);
    expect(hits).toHaveLength(1);
    const hit = hits[0];
    const expected = c.severity ?? (WARNING_RULES.includes(rule) ? "warning" : "error");
    expect(hit.severity).toBe(expected);
    expect(hit.message).toMatch(/[\u4e00-\u9fff]/);
    for (const s of c.says ?? []) expect(hit.message).toContain(s);
  });

  it.each(notFind.map((c) => [`${c.fixture}.docx ${c.field}${c.final ? " (--final)" : ""}`, c] as const))("stays silent on %s", async (_n, c) => {
    const { findings, located, model } = await checkFixture(fixtureOf(c), { final: c.final });
    // The field must exist in the document (a table cell: hold an answer), or silence would prove nothing.
    if (tableCellId(c.field)) expect(String(getPath(extractFormData(model, located).data, c.field) ?? "").trim()).not.toBe("");
    else expect(located.fields.find((f) => f.id === c.field)?.found).toBe(true);
    expect(findingsOf(findings, c.field, rule)).toEqual([]);
  });
});

describe("fixtures as a whole", () => {
  it("the filled sample has no errors, only the signature/seal/date warnings", async () => {
    const { findings } = await checkFixture(defect("clean"));
    expect(errors(findings)).toEqual([]);
    expect(findings.map((f) => f.rule).sort()).toEqual(["date", "date", "date", "seal", "seal", "signature", "signature", "signature"]);
    // The clean fixture has the opinions filled in; sign.*.opinion appears only as required in the blank form.
    expect(findings.every((f) => f.field.startsWith("sign.") && f.severity === "warning")).toBe(true);
  });

  it("--final turns the missing signatures, seals and dates into errors", async () => {
    const { findings } = await checkFixture(defect("clean"), { final: true });
    expect(findings).toHaveLength(8);
    expect(findings.every((f) => f.severity === "error")).toBe(true);
  });

  it("a signed, sealed and dated form has no findings even in the final check", async () => {
    expect((await checkFixture(defect("signed"), { final: true })).findings).toEqual([]);
  });

  it("“无” answers and spare rows give no errors", async () => {
    expect(errors((await checkFixture(defect("none"))).findings)).toEqual([]);
  });

  it.each(["clean", "countries-good", "formats-good", "none", "signed", "cross-good", "times-good", "money-good", "plan-years"])("%s.docx has no errors", async (name) => {
    expect(errors((await checkFixture(defect(name))).findings)).toEqual([]);
  });

  it.each([
    ["required", ["required"]],
    ["placeholder", ["placeholder", "required"]],
    // The limits fixture's plan is filler text with no year in it.
    ["limits", ["overLimit", "twoYearPlan"]],
    ["limit-800", ["overLimit"]],
    ["countries-bad", ["labName", "briCountry", "partnerCount", "partnerOverlap", "crossCount"]],
    ["labname-mismatch", ["labName"]],
    // 美国 adds a country the 合作国数量 does not count (crossCount, a warning).
    ["labname-key-not-bri", ["labName", "briCountry", "crossCount"]],
    ["labname-shape", ["labName"]],
    ["discipline-bad", ["discipline"]],
    ["choice-none", ["singleChoice"]],
    ["choice-two", ["singleChoice"]],
    ["formats-bad", ["phone", "email", "url", "number", "quantified"]],
    ["consistency-bad", ["consistency"]],
    ["not-found", ["required"]],
    ["cross-more", ["crossCount"]],
    ["cross-missing", ["crossCount"]],
    ["times-bad", ["timeNoted"]],
    ["money-bad", ["currencyUnit"]],
    ["plan-one-year", ["twoYearPlan"]],
    ["cross-good", []],
    ["times-good", []],
    ["money-good", []],
    ["plan-years", []],
    ["countries-good", []],
    ["none", []],
  ])("%s.docx reports only its own defects (%j) besides the signature warnings", async (name, rules) => {
    const { findings } = await checkFixture(defect(name));
    const other = findings.filter((f) => !["signature", "seal", "date"].includes(f.rule));
    expect(new Set(other.map((f) => f.rule))).toEqual(new Set(rules));
  });

  it.each(["reference.docx", "variants/added-rows.docx", ...["clean", "required", "countries-bad", "formats-bad", "limits", "cross-missing", "times-bad", "money-bad"].map(defect)])(
    "%s: at most one finding per field and rule (finding ids are unique)",
    async (fixture) => {
      const { findings } = await checkFixture(fixture);
      const ids = findings.map(findingId);
      expect(new Set(ids).size).toBe(ids.length);
    },
  );
});
