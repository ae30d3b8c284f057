/**
 * One-click fixes (#17 item 5): the check offers a fix only where it is sure, as data; applying
 * it is a fill (the task pane's path: undoable, and a document changed since the check is a
 * conflict, not overwritten). On real .docx files, and over the test Word host too.
 */
import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import { WordAdapter } from "../../src/adapters/word/wordAdapter";
import type { Finding, FindingFix } from "../../src/check/finding";
import { reportJson } from "../../src/check/report";
import { createController } from "../../src/controller";
import type { DocumentAdapter } from "../../src/document/adapter";
import { getPath, setPath } from "../../src/form/paths";
import type { FormData } from "../../src/form/schema";
import { readFixture } from "../helpers/fixtures";
import { FakeWordHost } from "../word/fakeWord";
import { checkFixture, defect } from "./util";

jest.setTimeout(120_000);

const fixOf = (findings: Finding[], field: string, rule: Finding["rule"]): FindingFix | undefined =>
  findings.find((f) => f.field === field && f.rule === rule)?.fix;

describe("fixes the check is sure of", () => {
  it("cuts the template's sample text out of an answer (all of it when nothing else is there)", async () => {
    const { findings } = await checkFixture(defect("placeholder"));
    expect(fixOf(findings, "basic.labName", "placeholder")).toEqual({ kind: "replace", from: "中国—XXX（重点合作国）XXXX（具体领域）“一带一路”联合实验室", to: "" });
    expect(fixOf(findings, "basic.radiatingPartners", "placeholder")).toEqual({ kind: "replace", from: "（建议3-5个）土库曼斯坦、蒙古国、巴基斯坦", to: "土库曼斯坦、蒙古国、巴基斯坦" });
  });

  it("offers the options of a single choice with none or several ticked", async () => {
    const none = (await checkFixture(defect("choice-none"))).findings;
    expect(fixOf(none, "basic.labType", "singleChoice")).toEqual({ kind: "choose", from: "", options: ["前沿科技与基础研究", "应用技术与产业科技", "民生科技与文明互鉴"] });
    const two = (await checkFixture(defect("choice-two"))).findings;
    expect(fixOf(two, "cnParticipants[0].nature", "singleChoice")).toEqual({ kind: "choose", from: "科研院所、企业", options: ["科研院所", "高等院校", "企业", "其他"] });
  });

  it("normalises an address's full stops, but guesses no missing area code, digit or scheme", async () => {
    const { findings } = await checkFixture(defect("formats-bad"));
    expect(fixOf(findings, "cnHost.website", "url")).toEqual({ kind: "replace", from: "www。nwafu。edu。cn", to: "www.nwafu.edu.cn" });
    const unsure = findings.filter((f) => ["phone", "email", "url"].includes(f.rule) && f.field !== "cnHost.website");
    expect(unsure.length).toBeGreaterThanOrEqual(5);
    for (const f of unsure) expect([f.field, f.fix]).toEqual([f.field, undefined]);
    // A code whose name is another discipline's: the user has to say which was meant.
    expect(fixOf((await checkFixture(defect("discipline-bad"))).findings, "basic.discipline", "discipline")).toBeUndefined();
  });

  it("goes into the CLI's JSON report with its finding", async () => {
    const { findings } = await checkFixture(defect("formats-bad"));
    const json = reportJson({ file: "x.docx", findings });
    expect(json.findings.find((f) => f.field === "cnHost.website")?.fix).toEqual({ kind: "replace", from: "www。nwafu。edu。cn", to: "www.nwafu.edu.cn" });
    expect(json.findings.find((f) => f.rule === "number")).not.toHaveProperty("fix");
  });
});

const hosts: [string, (fixture?: string) => Promise<DocumentAdapter>][] = [
  [".docx", (fixture = "clean") => OoxmlAdapter.open(readFixture(`defects/${fixture}.docx`))],
  ["Word", async (fixture = "clean") => new WordAdapter((await FakeWordHost.fromDocx(readFixture(`defects/${fixture}.docx`))).host())],
];

/** Answers written into the clean form as a user might, and the fix each one gets. */
const WRITTEN: [field: string, rule: Finding["rule"], written: string, fixed: string | null][] = [
  ["basic.discipline", "discipline", "农业生态学", "210 农学；21020 农业基础学科；2102050 农业生态学"],
  ["basic.discipline", "discipline", "520 计算机科学技术；52020 人工智能", null],
  ["basic.discipline", "discipline", "心理语言学", null],
  ["contact.cn.landline", "phone", "电话：029—87081234。", "029-87081234"],
  ["contact.cn.mobile", "phone", "１３９９１２３４５６７；1399123456", null],
  ["contact.cn.email", "email", "wangxy＠nwafu．edu．cn", "wangxy@nwafu.edu.cn"],
  ["cnHost.website", "url", "网址：https://www. nwafu.edu.cn", "https://www.nwafu.edu.cn"],
];

const withValue = (data: FormData, field: string, value: unknown): FormData => {
  const copy = structuredClone(data) as Record<string, unknown>;
  setPath(copy, field, value);
  return copy as FormData;
};

describe.each(hosts)("applying a fix over %s", (_name, open) => {
  it.each(WRITTEN)("%s (%s) written “%s” is fixed to %p", async (field, rule, written, fixed) => {
    const doc = await open();
    const c = createController(doc);
    const { data } = await c.extract();
    await c.fill(withValue(data, field, written), { overwrite: [field], keep: false });
    const fix = fixOf(await c.check({ mark: false }), field, rule);
    if (fixed === null) return expect(fix).toBeUndefined();
    expect(fix).toEqual({ kind: "replace", from: written, to: fixed });
  });

  it("applies through fill: written, undone, and refused as a conflict once the document has changed", async () => {
    const doc = await open();
    const c = createController(doc);
    const field = "basic.discipline";
    const { data } = await c.extract();
    await c.fill(withValue(data, field, "农业生态学"), { overwrite: [field], keep: false });
    const fix = fixOf(await c.check({ mark: false }), field, "discipline") as Extract<FindingFix, { kind: "replace" }>;
    // Another answer edited in the pane and not yet filled: the fix leaves it for 填入文档.
    const fixedData = withValue(withValue(data, field, fix.to), "basic.researchDirection", "别的研究方向");
    const asFix = { replaceIfUnchanged: { [field]: fix.from }, only: [field] };

    const report = await c.fill(fixedData, asFix);
    expect([report.changed, report.conflicts]).toEqual([[field], []]);
    expect(getPath((await c.extract()).data, "basic.researchDirection")).toBe(getPath(data, "basic.researchDirection"));
    expect(getPath((await c.extract()).data, field)).toBe(fix.to);
    expect((await c.check({ mark: false })).filter((f) => f.field === field)).toEqual([]);

    expect(await c.undoFill()).toBe(true);
    expect(getPath((await c.extract()).data, field)).toBe("农业生态学");

    // Someone typed another answer after the check: the fix does not write over it.
    await c.fill(withValue(data, field, "农学"), { overwrite: [field], keep: false });
    const refused = await c.fill(fixedData, asFix);
    expect(refused.changed).toEqual([]);
    expect(refused.conflicts).toEqual([{ field, current: "农学", proposed: fix.to }]);
    expect(getPath((await c.extract()).data, field)).toBe("农学");
  });

  it("removes a placeholder the fill would otherwise leave alone", async () => {
    const c = createController(await open());
    const { data } = await c.extract();
    const written = withValue(data, "basic.mainPartners", "（建议3-5个）");
    await c.fill(written, { overwrite: true, keep: false });
    const fix = fixOf(await c.check({ mark: false }), "basic.mainPartners", "placeholder") as Extract<FindingFix, { kind: "replace" }>;
    expect(fix).toEqual({ kind: "replace", from: "（建议3-5个）", to: "" });
    // Filling the empty answer leaves the placeholder (it reads as empty); the fix takes it out.
    const emptied = withValue(written, "basic.mainPartners", fix.to);
    expect((await c.fill(emptied, { keep: false })).changed).toEqual([]);
    expect((await c.fill(emptied, { replaceIfUnchanged: { "basic.mainPartners": fix.from } })).changed).toEqual(["basic.mainPartners"]);
    const findings = await c.check({ mark: false });
    expect(findings.filter((f) => f.field === "basic.mainPartners").map((f) => f.rule)).toEqual(["required"]);
  });

  it("ticks the one choice picked where two were ticked", async () => {
    const c = createController(await open("choice-two"));
    const { data } = await c.extract();
    const fix = fixOf(await c.check({ mark: false }), "basic.labType", "singleChoice") as Extract<FindingFix, { kind: "choose" }>;
    const picked = withValue(data, "basic.labType", fix.options[1]);
    const report = await c.fill(picked, { replaceIfUnchanged: { "basic.labType": fix.from } });
    expect(report.changed).toContain("basic.labType");
    expect((await c.check({ mark: false })).filter((f) => f.field === "basic.labType")).toEqual([]);
    expect(getPath((await c.extract()).data, "basic.labType")).toBe(fix.options[1]);
  });
});
