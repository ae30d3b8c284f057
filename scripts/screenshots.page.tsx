/**
 * The page scripts/screenshots.ts photographs: <App> with a fake PaneActions
 * that holds the sample form data and answers 检查 with a few findings. No
 * host, no network; everything the pane shows comes from here.
 */
import { createRoot } from "react-dom/client";
import sample from "../test/fixtures/data/sample.json";
import type { Finding } from "../src/check/finding";
import { parseFormData } from "../src/form/schema";
import type { PaneActions } from "../src/ui/actions";
import { App } from "../src/ui/App";

const parsed = parseFormData(sample);
if (!parsed.data) throw new Error("sample.json does not parse");
const data = parsed.data;

const f = (field: string, rule: Finding["rule"], severity: Finding["severity"], message: string): Finding => ({
  field,
  rule,
  severity,
  message,
  location: null,
});

const fix = (finding: Finding, value: Finding["fix"]): Finding => ({ ...finding, fix: value });

const FINDINGS: Finding[] = [
  fix(f("basic.radiatingPartners", "placeholder", "error", "“合作国别/辐射合作国”中仍留有模板示例文字“（建议3-5个）”（已标出），请删除或替换为实际内容。"), {
    kind: "replace",
    from: "（建议3-5个）土库曼斯坦、蒙古国",
    to: "土库曼斯坦、蒙古国",
  }),
  fix(f("basic.discipline", "discipline", "error", "学科领域：缺少一级学科（2102050 农业生态学 属于 210 农学）；缺少二级学科。请按 GB/T 13745-2009《学科分类与代码》填写一级至三级学科的代码和名称。"), {
    kind: "replace",
    from: "农业生态学",
    to: "210 农学；21020 农业基础学科；2102050 农业生态学",
  }),
  fix(f("basic.labType", "singleChoice", "error", "“类型”勾选了 2 项（前沿科技与基础研究、应用技术与产业科技），只能选一项。"), {
    kind: "choose",
    from: "前沿科技与基础研究、应用技术与产业科技",
    options: ["前沿科技与基础研究", "应用技术与产业科技", "民生科技与文明互鉴"],
  }),
  fix(f("contact.cn.landline", "phone", "error", "“联合实验室管理人员/中方联系人/座机”号码格式不正确：“电话：029—87082345。”含有电话号码以外的字符。"), {
    kind: "replace",
    from: "电话：029—87082345。",
    to: "029-87082345",
  }),
  f("tech.positioning", "overLimit", "error", "“三（四）任务目标/定位和目标”共 57 字，超过本文档规定的 50 字上限 7 字。超出部分已在文档中标出。"),
  f("contact.cn.email", "email", "error", "“联合实验室管理人员/中方联系人/Email”不是有效的电子邮箱地址：wangxy@nwafu,edu.cn。"),
  f("staff[3].phone", "phone", "error", "“联合实验室管理人员/专职人员（第4项）/电话”号码位数不对：1389123004。"),
  f("basic.mainPartners", "partnerOverlap", "warning", "合作国别/主要合作国：“哈萨克斯坦”已是重点合作国。每个国家只应列入一个类别，请删除重复的国家。"),
  f("indicators.facilities", "quantified", "warning", "“三（四）考核指标/硬件设施”没有写出数量，需设定量化指标。"),
  f("sign.host.seal", "seal", "warning", "中方依托单位审核意见尚未加盖单位公章（提交前需补齐）。"),
];

// Mistakes the findings above describe, so the inputs show what the findings say.
data.contact!.cn!.email = "wangxy@nwafu,edu.cn";
data.staff![3].phone = "1389123004";
data.basic!.mainPartners = ["哈萨克斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦", "德国"];
data.basic!.discipline = "农业生态学";
data.contact!.cn!.landline = "电话：029—87082345。";

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

const params = new URLSearchParams(location.search);

const actions: PaneActions = {
  readDocument: async () => ({ data, notes: [] }),
  // A one-click fix is written as asked (a real host compares with the document first).
  fill: async (_data, opts) => ({ changed: Object.keys(opts.replaceIfUnchanged ?? {}), conflicts: [], unfillable: [], rowsAdded: 0 }),
  undoFill: async () => true,
  check: async () => {
    // ?slow=1: a check that takes a while, as on a large form, to show the progress bar.
    await wait(params.has("slow") ? 60_000 : 50);
    return FINDINGS;
  },
  clearMarks: async () => undefined,
  marksOutcome: () => null,
  mark: async () => undefined,
  jumpTo: async () => undefined,
  documentLimits: async () => ({}),
  newBlankForm: async () => undefined,
  loadSaved: async () => data,
  saveData: async () => undefined,
};

const open = (params.get("open") ?? "cover").split(",") as never[];
const root = document.getElementById("root")!;
createRoot(root).render(<App actions={actions} initialOpen={open} limits={{ "tech.positioning": 50 }} />);
