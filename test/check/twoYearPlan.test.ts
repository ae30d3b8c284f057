import { planYears } from "../../src/check/rules/twoYearPlan";

/** Whether a plan text gives tasks to both years of the two-year phase, for a form dated 2026. */
const covers = (text: string) => {
  const p = planYears(text, 2026);
  return p.everyYear || p.years.size >= 2;
};

describe("the years a 年度建设任务 text addresses", () => {
  it.each([
    "第一年：建成联合试验站1个。第二年：形成技术规程3项。",
    "第1年建成试验站；第2年推广示范。",
    "首年完成平台建设，次年开展示范推广。",
    "2027年：建成试验站。2028年：示范推广5000亩。",
    "2027—2028年建成试验站并示范推广。",
    "年度1：建成平台；年度2：示范推广。",
    "第一年度建成平台，第二年度开展推广。",
    "一年内建成试验站，两年内形成技术规程。",
    "第一年（2027年）建成试验站；2028年开展推广。",
    "每年举办培训班2期，联合发表论文5篇。",
  ])("both years: %s", (text) => {
    expect(covers(text)).toBe(true);
  });

  it.each([
    ["第一年：建成联合试验站1个，举办培训班2期。", "第一年"],
    ["2027年建成联合试验站1个，在2023年峰会成果基础上深化合作。", "2027年"],
    ["第一年（2027年）：建成联合试验站。", "第一年"],
    ["两年内建成联合试验站，形成技术规程3项。", "两年内"],
    ["2027年建成联合试验站，到2035年建成中亚领先的农业科技合作平台。", "2027年"],
    ["建成联合试验站1个，形成技术规程3项，培养青年人才10名。", null],
    ["围绕十一年来的合作基础，建成联合试验站。", null],
  ])("one year or none: %s", (text, first) => {
    expect(covers(text)).toBe(false);
    expect(planYears(text, 2026).first).toBe(first);
  });
});
