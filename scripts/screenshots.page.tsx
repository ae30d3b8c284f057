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

const FINDINGS: Finding[] = [
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

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

const actions: PaneActions = {
  readDocument: async () => ({ data, notes: [] }),
  fill: async () => ({ changed: [], conflicts: [], unfillable: [], rowsAdded: 0 }),
  undoFill: async () => true,
  check: async () => {
    await wait(50);
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

const params = new URLSearchParams(location.search);
const open = (params.get("open") ?? "cover").split(",") as never[];
const root = document.getElementById("root")!;
createRoot(root).render(<App actions={actions} initialOpen={open} limits={{ "tech.positioning": 50 }} />);
