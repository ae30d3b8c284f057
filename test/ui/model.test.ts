/** @jest-environment jsdom */
import "./setup";
import { FIELDS } from "../../src/form/fields";
import { parseFormData } from "../../src/form/schema";
import { parseNumberText, numberProblem } from "../../src/ui/components/inputs/NumberField";
import { nonBriNames } from "../../src/ui/components/inputs/CountryField";
import { disciplineChain, disciplineText } from "../../src/ui/state/disciplineValue";
import { errorText } from "../../src/ui/state/errorText";
import { formReducer } from "../../src/ui/state/formStore";
import { PANE_SECTIONS, allItems, isFilled, sectionProgress, type RecordsItem } from "../../src/ui/state/paneModel";
import { sampleData } from "./helpers";
import { pathLabel } from "../../src/form/labels";
import { pathSection } from "../../src/form/paths";

describe("pane layout derived from FIELDS", () => {
  test("every field that is typed (not signed on paper) has exactly one input", () => {
    const typed = FIELDS.filter((d) => !["signature", "seal", "date"].includes(d.type)).map((d) => d.id);
    const shown = PANE_SECTIONS.flatMap(allItems).flatMap((item) =>
      item.kind === "field" ? [item.path] : item.isTable ? [item.path] : item.columns.map((c) => `${item.path}[].${c.key}`),
    );
    expect([...shown].sort()).toEqual([...typed].sort());
  });

  test("sections and groups mirror the printed form", () => {
    expect(PANE_SECTIONS.map((s) => s.title)).toEqual(["封面", "一、基本信息", "二、战略评议", "三、技术评议", "四、审核意见"]);
    const groups = (id: string) => PANE_SECTIONS.find((s) => s.id === id)!.groups.map((g) => g.title);
    expect(groups("basic")).toEqual([
      "联合实验室",
      "合作国别",
      "学科领域、研究方向和类型",
      "联合实验室主任",
      "联合实验室管理人员",
      "中方依托单位",
      "中方参与单位",
      "外方依托单位",
      "外方参与单位",
      "研发能力与贡献（5年内）",
      "国际科技合作与交流（5年内）",
      "队伍建设和人才引进（5年内）",
      "日常运行管理",
    ]);
    expect(groups("strategy")).toEqual(["（一）战略意义", "（二）国别布局", "（三）合作内容", "（四）影响力", "（五）服务外交"]);
    expect(groups("tech")).toEqual([
      "（一）中方依托单位情况",
      "（二）外方依托单位情况",
      "（三）双方团队",
      "（四）任务目标",
      "（五）建设基础",
      "（六）建设内容",
      "（七）保障措施",
    ]);
    expect(groups("sign")).toEqual(["中方依托单位审核意见", "主管部门审核意见"]);

    const tech4 = PANE_SECTIONS.find((s) => s.id === "tech")!.groups[3];
    const indicators = tech4.subgroups.find((sg) => sg.title === "考核指标")!;
    expect(indicators.items.map((i) => (i.kind === "field" ? i.label : ""))).toEqual([
      "合作成果",
      "团队建设",
      "硬件设施",
      "保障条件",
      "管理机制",
      "国际交流",
      "战略研究",
      "其他建设目标与考核指标",
    ]);
    const management = PANE_SECTIONS[1].groups.find((g) => g.title === "联合实验室管理人员")!;
    expect(management.subgroups.map((sg) => sg.title)).toEqual(["中方联系人", "外方联系人", null]);
    const staff = management.subgroups[2].items[0] as RecordsItem;
    expect(staff).toMatchObject({ kind: "records", path: "staff", itemName: "专职人员" });
    expect(staff.columns.map((c) => c.label)).toEqual(["姓名", "职务", "电话"]);
  });

  test("inputs by type", () => {
    const byPath = new Map<string, ReturnType<typeof allItems>[number]>(PANE_SECTIONS.flatMap(allItems).map((i) => [i.path, i]));
    const widget = (p: string) => {
      const i = byPath.get(p);
      return i?.kind === "field" ? i.widget : i?.kind;
    };
    expect(widget("basic.keyPartner")).toBe("country");
    expect(widget("basic.mainPartners")).toBe("countryList");
    expect(widget("basic.discipline")).toBe("discipline");
    expect(widget("basic.labType")).toBe("choice");
    expect(widget("stats.rnd.funding")).toBe("number");
    expect(widget("strategy.significance")).toBe("narrative");
    expect(widget("indicators.team")).toBe("longText");
    expect(widget("tables.layout")).toBe("records");
    const layout = byPath.get("tables.layout") as RecordsItem;
    expect(layout.columns.map((c) => [c.label, c.widget])).toEqual([
      ["合作国别", "country"],
      ["类型", "choice"],
      ["机构名称（中英文）", "longText"],
      ["签署的科技合作协议名称、时间、有效期及主要内容", "longText"],
    ]);
    for (const t of ["tables.leaders", "tables.govDocs", "tables.exchanges"]) {
      expect((byPath.get(t) as RecordsItem).columns.find((c) => c.key === "country")?.widget).toBe("country");
    }
  });

  test("completion: the sample form is complete; an empty one is not", () => {
    const data = sampleData();
    for (const section of PANE_SECTIONS) {
      const p = sectionProgress(section, data);
      expect(p.filled).toBe(p.total);
      expect(sectionProgress(section, {}).filled).toBe(0);
    }
    expect(isFilled({ staff: [{ name: " " }] })).toBe(false);
    expect(isFilled([{ name: "无" }])).toBe(true);
    expect(isFilled(0)).toBe(true);
  });

  test("names and sections of the paths hosts report", () => {
    expect(pathLabel("staff[1].phone")).toBe("联合实验室管理人员/专职人员（第2项）/电话");
    expect(pathLabel("tables.exchanges[0].country")).toBe("三（五）2.国际科技交流活动表（第1行）/合作国别");
    expect(pathLabel("basic.radiatingPartners[2]")).toBe("合作国别/辐射合作国（第3项）");
    expect(pathLabel("sign.host.seal")).toBe("中方依托单位审核意见/单位公章");
    expect(pathSection("tables.layout[3].agreement")).toBe("strategy");
    expect(pathSection("indicators.team")).toBe("tech");
    expect(pathSection("sign.director.signature")).toBe("sign");
    expect(pathSection("cnParticipants[1].nature")).toBe("basic");
  });
});

describe("form state", () => {
  test("set, add, remove and move copy only what changes", () => {
    const start = sampleData();
    const set = formReducer(start, { type: "set", path: "staff[1].phone", value: "1" });
    expect(set.staff?.[1].phone).toBe("1");
    expect(start.staff?.[1].phone).toBe("13891230002");
    expect(set.cover).toBe(start.cover);
    expect(set.staff?.[0]).toBe(start.staff?.[0]);

    const added = formReducer({}, { type: "listAdd", path: "tables.layout", item: {} });
    expect(added).toEqual({ tables: { layout: [{}] } });
    const moved = formReducer(start, { type: "listMove", path: "basic.mainPartners", from: 2, to: 0 });
    expect(moved.basic?.mainPartners).toEqual(["塔吉克斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦"]);
    expect(formReducer(start, { type: "listMove", path: "basic.mainPartners", from: 0, to: 5 }).basic?.mainPartners).toEqual(start.basic?.mainPartners);
    const removed = formReducer(start, { type: "listRemove", path: "staff", index: 0 });
    expect(removed.staff?.map((s) => s.name)).toEqual(["刘洋", "陈静", "赵磊"]);
    // Whatever the pane builds stays valid form data.
    expect(parseFormData(formReducer(set, { type: "set", path: "stats.rnd.funding", value: "无" })).problems).toEqual([]);
  });

  test("numbers: typed text → value, and what is wrong with it", () => {
    expect(parseNumberText("１２.５")).toBe(12.5);
    expect(parseNumberText("12.")).toBe("12.");
    expect(parseNumberText("无")).toBe("无");
    expect(numberProblem(3.5, true)).toBe("请填写非负整数，或填写“无”");
    expect(numberProblem("-3", false)).toBe("不能为负数");
    expect(numberProblem("", true)).toBeNull();
    expect(numberProblem("无", true)).toBeNull();
  });

  test("countries off the Belt and Road list", () => {
    expect(nonBriNames("哈萨克斯坦")).toEqual([]);
    expect(nonBriNames("哈萨克斯坦、德国")).toEqual(["德国"]);
    expect(nonBriNames("哈萨克")).toEqual(["哈萨克"]);
    expect(nonBriNames("")).toEqual([]);
  });

  test("discipline chains read back from what a cell holds", () => {
    expect(disciplineText(disciplineChain("210 农学；21020 农业基础学科；2102050 农业生态学"))).toBe("210 农学；21020 农业基础学科；2102050 农业生态学");
    // A name alone fixes its ancestors; a chain that does not nest keeps its upper part.
    expect(disciplineText(disciplineChain("农业生态学"))).toBe("210 农学；21020 农业基础学科；2102050 农业生态学");
    expect(disciplineText(disciplineChain("110 数学；21020 农业基础学科"))).toBe("110 数学");
    expect(disciplineChain("随便写的")).toEqual({});
  });

  test("error sentences", () => {
    expect(errorText({ id: "notThisForm", message: "文档不是申报书。" }, "检查")).toBe("文档不是申报书。");
    // The pane goes by the id, never by the script of the text: a Chinese message without one is still an internal error.
    expect(errorText(new Error("内部：未知状态"), "检查")).toBe("“检查”未能完成，请稍后重试。（详细信息：内部：未知状态）");
    expect(errorText(new Error("Boom\n at x"), "检查")).toBe("“检查”未能完成，请稍后重试。（详细信息：Boom）");
    expect(errorText(undefined, "检查")).toBe("“检查”未能完成，请稍后重试。");
    const chunk = Object.assign(new Error("Loading chunk 651 failed.\n(error: https://localhost:3000/651.js)"), { name: "ChunkLoadError" });
    expect(errorText(chunk, "填入文档")).toBe("“填入文档”未能完成：加载项的文件没能加载，文档没有被修改。请稍后重试；仍不行时请关闭任务窗格后重新打开。");
  });
});
