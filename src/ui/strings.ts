/**
 * Every Chinese text of the task pane that is not a field label (field labels
 * come from FIELDS in src/form/fields.ts). Kept in one place so wording is
 * reviewed together and the components stay free of literals.
 */
import type { FieldId } from "../form/fields";
import type { TableKey } from "../form/schema";
import { TABLE_COLUMNS } from "../form/schema";

export const S = {
  appTitle: "丝路申报助手",
  appSubtitle: "“一带一路”联合实验室情况摸底申报书",
  bootConnecting: "正在连接 Word……",
  bootFailed: "丝路申报助手无法启动：",
  bootSlow:
    "Word 迟迟没有响应。可能是网络或安全软件拦截了 Office.js（appsforoffice.microsoft.com），也可能 Word 仍在启动。加载项会继续等待；如长时间没有变化，请检查网络后关闭任务窗格重新打开。",
  bootOfficeMissing:
    "无法加载 Office.js（appsforoffice.microsoft.com），丝路申报助手不能连接 Word。请检查网络，或请管理员放行该地址（内网部署可改用本地副本），然后关闭任务窗格重新打开。您的文档没有被修改。",
  bootNotInWord:
    "此页面是丝路申报助手的 Word 任务窗格，需要在 Word 中打开（“开始”选项卡→“打开申报助手”）。没有 Word 时，请使用本地试用页面 playground.html。",

  // Actions bar
  actionsLabel: "操作",
  readDocument: "从文档读取",
  fill: "填入文档",
  check: "检查",
  finalCheck: "提交前最终检查（缺少签字、盖章、日期按错误处理）",
  clearMarks: "清除标记",
  exportJson: "导出 JSON",
  importJson: "导入 JSON",
  importJsonInput: "选择要导入的 JSON 文件",
  newBlankForm: "新建空白申报书",
  undoFill: "撤销上次填写",
  working: "正在处理…",
  busyDoing: (action: string) => `正在${action}，请稍候…`,
  dismiss: "关闭提示",
  restoreBefore: "恢复之前的内容",

  // Loading
  loading: "正在读取文档中的申报内容…",
  loadFailed: "未能读取文档中的申报内容，已打开空白表单。",

  // Results
  readDone: (n: number) => `已从文档读取 ${n} 项内容。`,
  readNotes: "读取说明：",
  fillDone: (n: number) => `已填入文档 ${n} 项。`,
  fillNothing: "文档内容已与本表一致，无需填写。",
  fillRowsAdded: (n: number) => `为容纳本表内容，在表格中新增了 ${n} 行。`,
  fillKept: (n: number) => `文档中 ${n} 项原有内容已保留。`,
  fillUnfillable: "以下内容无法填入文档：",
  checkDone: (errors: number, warnings: number) =>
    errors + warnings === 0 ? "检查完成，未发现问题。" : `检查完成：${errors} 个错误，${warnings} 个警告。问题已在文档中标出。`,
  marksCleared: "已清除文档中的检查标记。",
  undoDone: "已撤销上次填写，文档已恢复到填写之前。",
  undoNothing: "没有可以撤销的填写。",
  newBlankDone: "已插入空白申报书。可点击“填入文档”把本表内容写入新申报书。",
  newBlankConfirmTitle: "替换文档内容？",
  newBlankConfirmBody: "插入空白申报书将替换当前文档的全部内容。此操作会清除文档中已填写的内容（本侧边栏中的表单内容不受影响）。",
  newBlankConfirm: "替换为空白申报书",
  cancel: "取消",
  trackChangesTitle: "文档开启了“修订”",
  trackChangesBody: "Word 正在把对文档的修改记为修订（审阅 › 修订）。填入的内容要怎样写入？",
  trackChangesTrack: "记为修订",
  trackChangesTrackHint: "每处填写都是一条修订，可在“审阅”中逐条接受或拒绝。新增的空白行不记为修订。",
  trackChangesPause: "暂时关闭修订后填写",
  trackChangesPauseHint: "填写时关闭修订，填完后自动重新开启；填入的内容不留修订痕迹。",
  exportDone: (name: string) => `已导出 ${name}。`,
  exportDefaultName: "申报书数据",
  commentsRefused: "Word 不允许本加载项在此文档中添加批注（Word 网页版部分环境的已知问题），问题已只用高亮和底纹标出，说明请看右侧列表。",
  findingsUnmarked: "Word 无法导出此文档的内容（getOoxml 出错），问题只列在下方，未在文档中标出。把文档“另存为”新的 .docx 后重新打开即可标出。",
  exportTextTitle: "导出 JSON：复制数据",
  exportTextHelp: (name: string) =>
    `此版本的 Word（如 Word for Mac）不允许任务窗格下载文件。请点“复制”，把内容粘贴到文本编辑器中，另存为 ${name}（UTF-8 编码）。`,
  exportTextCopy: "复制",
  exportTextCopied: "已复制到剪贴板。",
  exportTextCopyFailed: "无法自动复制：文字已全部选中，请按 ⌘C（Windows 上按 Ctrl+C）复制。",
  exportTextShown: (name: string) => `已显示 ${name} 的内容，请复制后保存为文件。`,
  exportTextClose: "关闭",
  importDone: (name: string) => `已导入 ${name}，表单内容已替换。点击“填入文档”写入文档。`,
  importInvalidJson: (name: string) => `${name} 不是有效的 JSON 文件，未导入。当前表单内容保持不变。`,
  importProblems: (name: string, n: number) => `${name} 中有 ${n} 处问题，未导入。当前表单内容保持不变：`,
  importUnreadable: (name: string) => `无法读取文件 ${name}，未导入。`,
  restored: "已恢复之前的表单内容。",
  autosave: "自动保存",
  autosaveFailed: "自动保存到文档失败：",
  saved: "已自动保存到文档",
  saving: "正在保存…",

  // Errors that carry no Chinese message of their own
  partLoadFailed: "这部分界面的文件没能加载（已填写的内容没有丢失）。请点“重试”；仍不行时请关闭任务窗格后重新打开。",
  retry: "重试",
  genericError: (action: string) => `“${action}”未能完成，请稍后重试。`,
  errorDetail: "详细信息：",
  /** A chunk of the add-in (fill, marks, check rules) did not arrive; each is fetched before anything is written. */
  filesNotLoaded: (action: string) => `“${action}”未能完成：加载项的文件没能加载，文档没有被修改。请稍后重试；仍不行时请关闭任务窗格后重新打开。`,

  // Conflicts dialog
  conflictsTitle: "文档中已有不同的内容",
  conflictsIntro: (n: number) => `以下 ${n} 项在文档中已填写了与本表不同的内容。请逐项选择：用本表内容覆盖，或保留文档原样。`,
  conflictsAllOverwrite: "全部覆盖",
  conflictsAllKeep: "全部保留",
  conflictInDocument: "文档中",
  conflictInForm: "本表",
  conflictOverwrite: "覆盖",
  conflictKeep: "保留",
  conflictChoice: (label: string) => `${label}：覆盖还是保留`,
  conflictsApply: "确定",
  empty: "（空）",

  // Findings
  findingsTitle: "检查结果",
  findingsSummary: (errors: number, warnings: number) =>
    errors + warnings === 0 ? "未发现问题。" : `${errors} 个错误，${warnings} 个警告。点击一项可跳到文档中的位置。`,
  findingsCollapse: "收起",
  findingsExpand: "展开",
  severityError: "错误",
  severityWarning: "警告",
  findingsInSection: (title: string, n: number) => `${title}（${n}）`,
  findingsNav: "在检查结果之间移动",
  findingPrevious: "上一个",
  findingNext: "下一个",
  findingPreviousHint: "上一个问题（Alt+↑）",
  findingNextHint: "下一个问题（Alt+↓）",
  findingPosition: (i: number, n: number) => `第 ${i} / ${n} 个`,
  findingPositionNone: (n: number) => `共 ${n} 个`,
  findingAnnounce: (i: number, n: number, message: string) => `第 ${i} / ${n} 个：${message}`,
  findingsStale: {
    marksCleared: "文档中的标记已清除，这份检查结果可能已过期。",
    documentChanged: "检查之后文档已更改，这份检查结果已过期。",
  },
  recheck: "重新检查",
  ignore: "忽略",
  ignoreLabel: (message: string) => `忽略这条警告：${message}`,
  ignoredOne: "已忽略这条警告。它记录在文档的申报数据中，重新打开文档后仍然忽略；回答改变后会重新提示。",
  ignoredCount: (n: number) => `已忽略 ${n} 项`,
  unignoreAll: "全部恢复",
  unignored: "已恢复被忽略的警告。",
  undo: "撤销",
  findingEdited: "（已在本表中修改，填入文档后重新检查）",
  // One-click fixes (a finding's FindingFix)
  fixRemovePlaceholder: "删除示例文字",
  fixReplace: "一键修正",
  fixSuggestion: (to: string) => `建议改为：${to}`,
  fixReplaceLabel: (message: string, to: string) => (to === "" ? `删除模板示例文字：${message}` : `一键修正为“${to}”：${message}`),
  fixChoose: "勾选一项",
  fixChooseLabel: (message: string) => `勾选一项：${message}`,
  fixDone: (label: string) => `已修正“${label}”。`,
  fixApplied: "（已修正）",

  // Sections and badges
  progress: (filled: number, total: number) => `${filled}/${total}`,
  progressLabel: (filled: number, total: number) => `已填 ${filled} 项，共 ${total} 项`,
  errorsBadge: (n: number) => `${n} 错误`,
  warningsBadge: (n: number) => `${n} 警告`,
  signNote: "签字、单位公章和日期在打印后签署，或在 Word 中插入签名和公章图片完成，本侧边栏不填写。“检查”会提示缺少的签字、盖章和日期。",
  statsNote: "数字栏填写阿拉伯数字；没有相关内容时填写“无”。",

  // Inputs
  notBriCountry: "不在共建“一带一路”国家名单中",
  countryPlaceholder: "输入国名搜索，如“哈萨”",
  noCountryMatch: "名单中没有匹配的国家（仍可直接填写）",
  numberInvalid: "请填写数字，或填写“无”",
  intInvalid: "请填写非负整数，或填写“无”",
  negativeInvalid: "不能为负数",
  ziCounter: (n: number, limit: number) => `${n} / ${limit} 字`,
  ziOver: (over: number) => `，超出 ${over} 字`,
  disciplineLevel1: "一级学科",
  disciplineLevel2: "二级学科",
  disciplineLevel3: "三级学科",
  disciplinePlaceholder: "输入代码或名称筛选",
  disciplineChooseAbove: "请先选择上一级学科",
  disciplineNoLevel3: "该二级学科下没有三级学科",
  disciplineNoMatch: "没有匹配的学科",
  disciplineText: "写入文档的文字",
  disciplineTextHint: "按 GB/T 13745-2009 选择后自动生成，也可直接修改。",
  disciplineUnparsed: "这段文字无法对应到学科代码表，请用上方选择器重新选择。",
  choiceClear: "清除选择",

  // Lists
  itemNumber: (n: number) => `第 ${n} 项`,
  rowNumber: (n: number) => `第 ${n} 行`,
  countryNumber: (n: number) => `第 ${n} 个国家`,
  moveUp: "上移",
  moveDown: "下移",
  remove: "删除",
  moveUpLabel: (what: string) => `上移 ${what}`,
  moveDownLabel: (what: string) => `下移 ${what}`,
  removeLabel: (what: string) => `删除 ${what}`,
  addCountry: "添加国家",
  addItem: (what: string) => `添加${what}`,
  addRow: "添加一行",
  listEmpty: "尚未添加。",
  partnerHint: "建议 3-5 个国家。",
} as const;

/** Headings of 二、战略评议 and 三、技术评议 as the form prints them, by section and number. */
export const HEADINGS: Readonly<Record<"strategy" | "tech", Readonly<Record<string, string>>>> = {
  strategy: { 一: "战略意义", 二: "国别布局", 三: "合作内容", 四: "影响力", 五: "服务外交" },
  tech: { 一: "中方依托单位情况", 二: "外方依托单位情况", 三: "双方团队", 四: "任务目标", 五: "建设基础", 六: "建设内容", 七: "保障措施" },
};

/** Group of 一、基本信息 for the three fields the table lists without a group cell. */
export const BASIC_SELF_GROUP = "学科领域、研究方向和类型";

/** Labels shown instead of the FIELDS label where two inputs of one heading would read alike. */
export const LABEL_OVERRIDES: Readonly<Partial<Record<FieldId, string>>> = {
  "tech.projectsText": "1.国际合作项目：表格后的文字说明",
  "tech.exchangesText": "2.国际科技交流活动：表格后的文字说明",
};

/** Column headers of the data tables as the form prints them (FORM.md §2, data tables). */
export const TABLE_COLUMN_LABELS: { readonly [K in TableKey]: Readonly<Record<(typeof TABLE_COLUMNS)[K][number], string>> } = {
  layout: {
    country: "合作国别",
    type: "类型",
    institution: "机构名称（中英文）",
    agreement: "签署的科技合作协议名称、时间、有效期及主要内容",
  },
  leaders: { time: "时间", country: "国别", leaders: "中外领导人姓名、职务", outcome: "成果形式及其对联合实验室建设的作用" },
  govDocs: { time: "时间", name: "名称", country: "国别", content: "主要合作内容及已有成果" },
  cnHostProjects: {
    name: "项目名称",
    number: "项目编号",
    funding: "经费投入（财政+自筹）",
    period: "执行时间",
    outcomes: "代表性成果",
    impact: "贡献和影响",
  },
  intlProjects: { level: "项目层级及类别", name: "项目名称", number: "项目编号", funding: "经费投入（财政+自筹）", partner: "合作国家（机构）" },
  exchanges: { name: "交流活动名称", form: "活动形式", field: "涉及领域", country: "合作国别" },
};

/** 类型 column of 二（二）国别布局. */
export const PARTNER_TYPES = ["重点合作国", "主要合作国", "辐射合作国"] as const;
