import type { FieldId } from "./fields";

/**
 * How each field appears in a copy of the form: label spellings, headings,
 * instruction openings and table headers. The locator reads only this; every
 * spelling real copies use goes here, not into the locator's code.
 */

/** A label and the other spellings seen in real copies (compared with `labelKey`). */
export type Label = readonly string[];

export interface CoverLine {
  field: FieldId;
  label: Label;
}

export const COVER_LINES: readonly CoverLine[] = [
  { field: "cover.labName", label: ["联合实验室名称"] },
  { field: "cover.cnDirector", label: ["联合实验室中方主任"] },
  { field: "cover.cnHost", label: ["中方依托单位"] },
  { field: "cover.department", label: ["主管部门"] },
  { field: "cover.date", label: ["日期", "填报日期", "申报日期"] },
];

export interface LabelledField {
  label: Label;
  /** Field key under the group's prefix. */
  key: string;
}

export interface SubGroup {
  label: Label;
  prefix: string;
  /** Every row of this sub-group is a new list item (专职人员), and the cell after the sub-label is the name. */
  itemPerRow?: boolean;
  fields: readonly LabelledField[];
}

export interface Group {
  label: Label;
  /** Field prefix; for a repeatable block a list name ("cnParticipants"). */
  prefix: string;
  repeatable?: boolean;
  fields?: readonly LabelledField[];
  subs?: readonly SubGroup[];
  /** The group cell is itself the label of one field (学科领域, 研究方向, 类型). */
  self?: string;
}

const NAME: Label = ["姓名", "名字"];
const TITLE: Label = ["职称"];
const PHONE: Label = ["电话", "联系电话", "手机/电话"];
const POSITION: Label = ["职务"];
const EMAIL: Label = ["Email", "E-mail", "e-mail", "邮箱", "电子邮箱", "电子邮件"];

const unitFields = (withAddress: boolean): LabelledField[] => [
  { label: ["名称", "单位名称", "机构名称"], key: "name" },
  { label: ["性质", "单位性质"], key: "nature" },
  { label: ["网址", "网站", "单位网址"], key: "website" },
  ...(withAddress ? [{ label: ["详细地址", "地址", "通讯地址"], key: "address" }] : []),
];

export const BASIC_GROUPS: readonly Group[] = [
  {
    label: ["联合实验室"],
    prefix: "basic",
    fields: [
      { label: ["申报名称", "名称"], key: "labName" },
      { label: ["主管部门"], key: "department" },
    ],
  },
  {
    label: ["合作国别"],
    prefix: "basic",
    fields: [
      { label: ["重点合作国"], key: "keyPartner" },
      { label: ["主要合作国"], key: "mainPartners" },
      { label: ["辐射合作国"], key: "radiatingPartners" },
    ],
  },
  { label: ["学科领域"], prefix: "basic", self: "discipline" },
  { label: ["研究方向"], prefix: "basic", self: "researchDirection" },
  { label: ["类型"], prefix: "basic", self: "labType" },
  {
    label: ["联合实验室主任"],
    prefix: "director",
    subs: [
      { label: ["中方主任"], prefix: "cn", fields: [{ label: NAME, key: "name" }, { label: TITLE, key: "title" }, { label: PHONE, key: "phone" }, { label: POSITION, key: "position" }] },
      { label: ["外方主任"], prefix: "foreign", fields: [{ label: NAME, key: "name" }, { label: TITLE, key: "title" }, { label: PHONE, key: "phone" }, { label: POSITION, key: "position" }] },
    ],
  },
  {
    label: ["联合实验室管理人员", "管理人员"],
    prefix: "",
    subs: [
      {
        label: ["中方联系人"],
        prefix: "contact.cn",
        fields: [
          { label: NAME, key: "name" },
          { label: POSITION, key: "position" },
          { label: ["座机", "固定电话", "办公电话"], key: "landline" },
          { label: EMAIL, key: "email" },
          { label: ["手机", "移动电话"], key: "mobile" },
          { label: ["传真"], key: "fax" },
        ],
      },
      { label: ["外方联系人"], prefix: "contact.foreign", fields: [{ label: NAME, key: "name" }, { label: POSITION, key: "position" }, { label: PHONE, key: "phone" }, { label: EMAIL, key: "email" }] },
      { label: ["专职人员"], prefix: "staff", itemPerRow: true, fields: [{ label: NAME, key: "name" }, { label: POSITION, key: "position" }, { label: PHONE, key: "phone" }] },
    ],
  },
  { label: ["中方依托单位"], prefix: "cnHost", fields: unitFields(true) },
  { label: ["中方参与单位"], prefix: "cnParticipants", repeatable: true, fields: unitFields(true) },
  { label: ["外方依托单位"], prefix: "foreignHost", fields: unitFields(false) },
  { label: ["外方参与单位"], prefix: "foreignParticipants", repeatable: true, fields: unitFields(false) },
  {
    label: ["研发能力与贡献"],
    prefix: "stats.rnd",
    fields: [
      { label: ["研发项目总经费"], key: "funding" },
      { label: ["国家级研发任务数"], key: "nationalTasks" },
      { label: ["专利授权数"], key: "patents" },
      { label: ["论文著作等出版物数"], key: "publications" },
      { label: ["实现产业化的技术成果数"], key: "industrialized" },
      { label: ["技术成果产业化总产值"], key: "industrialOutput" },
    ],
  },
  {
    label: ["国际科技合作与交流"],
    prefix: "stats.intl",
    fields: [
      { label: ["国际合作任务总经费"], key: "funding" },
      { label: ["国家国际科技合作项目数"], key: "nationalProjects" },
      { label: ["其他国际合作项目数"], key: "otherProjects" },
      { label: ["签署科技合作协议的国外机构数"], key: "agreementInstitutions" },
      { label: ["合作国数量"], key: "countries" },
      { label: ["对外培训活动次数"], key: "trainings" },
      { label: ["举办国际科技交流活动次数"], key: "events" },
    ],
  },
  {
    label: ["队伍建设和人才引进"],
    prefix: "stats.team",
    fields: [
      { label: ["专职研究人员数"], key: "researchers" },
      { label: ["引进海外专家人数"], key: "overseasExperts" },
      { label: ["引进海外创新团队数"], key: "overseasTeams" },
    ],
  },
  {
    label: ["日常运行管理"],
    prefix: "stats.ops",
    fields: [
      { label: ["实验室实体面积"], key: "area" },
      { label: ["依托单位经费投入"], key: "hostFunding" },
    ],
  },
];

export type MajorSection = "basic" | "strategy" | "tech" | "sign";

export const MAJOR_HEADINGS: Record<MajorSection, Label> = {
  basic: ["基本信息"],
  strategy: ["战略评议"],
  tech: ["技术评议"],
  sign: ["审核意见"],
};

/** A narrative box: the heading before it and the paragraphs that bound the answer. */
export interface NarrativeSpec {
  field: FieldId;
  section: MajorSection;
  /** Heading title without its enumerator ("战略意义" for "（一）战略意义"). */
  heading: Label;
  /**
   * Openings of paragraphs after which this answer starts (its own
   * instruction or sub-heading); the answer starts after the last of them
   * that is found. Empty: the answer starts at the top of the box.
   */
  startAfter: readonly string[];
  /** Start after this data table, when the narrative is "the text after the table". */
  afterTable?: FieldId;
  /** Openings of paragraphs that end the answer (the next sub-heading or instruction). */
  stopAt: readonly string[];
  /** Captions of the data tables in the box: whole paragraphs that end the answer. */
  captions?: readonly string[];
  /** Two answers share the box and only their instructions tell them apart. */
  needsAnchor?: boolean;
}

const TABLE_TITLES = ["列入双多边元首外交", "列入政府间或部门间科技创新合作文件"];

export const NARRATIVES: readonly NarrativeSpec[] = [
  { field: "strategy.significance", section: "strategy", heading: ["战略意义"], startAfter: ["具体说明联合实验室在坚持国家战略任务导向"], stopAt: [] },
  { field: "strategy.layout", section: "strategy", heading: ["国别布局"], startAfter: ["具体说明联合实验室聚集国内外创新资源"], stopAt: [], captions: ["合作国别"] },
  { field: "strategy.cooperation", section: "strategy", heading: ["合作内容"], startAfter: ["具体说明联合实验室合作内容", "包括“前沿科技与基础研究”"], stopAt: [] },
  { field: "strategy.influence", section: "strategy", heading: ["影响力"], startAfter: ["具体说明联合实验室在以下方面的影响力", "国际影响力。", "科研成果产出影响力。"], stopAt: [] },
  { field: "strategy.diplomacy", section: "strategy", heading: ["服务外交"], startAfter: ["具体说明联合实验室合作得到重点合作国", "包括：列入由国家领导人提出"], stopAt: TABLE_TITLES },
  { field: "tech.cnHost", section: "tech", heading: ["中方依托单位情况"], startAfter: ["具体说明", "中方依托单位在相关领域的研究实力", "中方依托单位研究方向对我国", "中方依托单位近5年承担的国家级科技计划项目"], stopAt: [] },
  { field: "tech.foreignHost", section: "tech", heading: ["外方依托单位情况"], startAfter: ["具体说明", "外方依托单位的发展情况", "外方依托单位科研队伍结构", "外方依托单位已具备的科研条件"], stopAt: [] },
  { field: "tech.teams", section: "tech", heading: ["双方团队"], startAfter: ["具体说明", "1.联合实验室的中方主任和外方主任", "2.联合实验室中方科研队伍结构", "3.中方依托单位在相关领域的人才引进情况"], stopAt: [] },
  { field: "tech.positioning", section: "tech", heading: ["任务目标"], startAfter: ["定位和目标"], stopAt: ["制定年度建设任务及目标", "自行设置考核指标"], needsAnchor: true },
  { field: "tech.annualTasks", section: "tech", heading: ["任务目标"], startAfter: ["制定年度建设任务及目标"], stopAt: ["自行设置考核指标"], needsAnchor: true },
  { field: "tech.projectsText", section: "tech", heading: ["建设基础"], afterTable: "tables.intlProjects", startAfter: ["中方依托单位近5年承担的各类国际科技合作项目"], stopAt: ["2.国际科技交流活动", "国际科技交流活动"] },
  { field: "tech.exchangesText", section: "tech", heading: ["建设基础"], afterTable: "tables.exchanges", startAfter: ["中方依托单位为主要承办方之一举办的"], stopAt: ["3.国际科技合作成果", "国际科技合作成果"] },
  { field: "tech.outcomes", section: "tech", heading: ["建设基础"], startAfter: ["3.国际科技合作成果", "(1)中方依托单位在相关领域已取得", "(2)联合研究成果形式", "(3)开展对外科技援助", "(4)联合实验室对本学科领域"], stopAt: [] },
  { field: "tech.construction", section: "tech", heading: ["建设内容"], startAfter: ["具体说明联合实验室在以下方面的建设内容", "为国家重大外交活动贡献成果。", "促进双多边科技合作关系发展。", "开展规模化科技人员交流。", "推进科技创新开放环境建设。", "加强政策对接、战略研究和趋势跟踪。"], stopAt: [] },
  { field: "tech.safeguards", section: "tech", heading: ["保障措施"], startAfter: ["中外双方依托单位为联合实验室建设已具备的实验条件", "联合实验室整体管理架构", "主管单位拟对联合实验室启动期建设给予"], stopAt: [] },
];

/** The 字 limit as an instruction states it: "（1000字以内）", "（文字500字以内，…）". */
export const LIMIT_PATTERN = /(\d+)\s*字以内/;

export interface DataTableSpec {
  field: FieldId;
  section: MajorSection;
  heading: Label;
  columns: readonly { key: string; header: Label }[];
}

export const DATA_TABLES: readonly DataTableSpec[] = [
  {
    field: "tables.layout",
    section: "strategy",
    heading: ["国别布局"],
    columns: [
      { key: "country", header: ["合作国别"] },
      { key: "type", header: ["类型"] },
      { key: "institution", header: ["机构名称"] },
      { key: "agreement", header: ["签署的科技合作协议名称、时间、有效期及主要内容"] },
    ],
  },
  {
    field: "tables.leaders",
    section: "strategy",
    heading: ["服务外交"],
    columns: [
      { key: "time", header: ["时间"] },
      { key: "country", header: ["国别"] },
      { key: "leaders", header: ["中外领导人姓名、职务"] },
      { key: "outcome", header: ["成果形式及其对联合实验室建设的作用"] },
    ],
  },
  {
    field: "tables.govDocs",
    section: "strategy",
    heading: ["服务外交"],
    columns: [
      { key: "time", header: ["时间"] },
      { key: "name", header: ["名称"] },
      { key: "country", header: ["国别"] },
      { key: "content", header: ["主要合作内容及已有成果"] },
    ],
  },
  {
    field: "tables.cnHostProjects",
    section: "tech",
    heading: ["中方依托单位情况"],
    columns: [
      { key: "name", header: ["项目名称"] },
      { key: "number", header: ["项目编号"] },
      { key: "funding", header: ["经费投入"] },
      { key: "period", header: ["执行时间"] },
      { key: "outcomes", header: ["代表性成果"] },
      { key: "impact", header: ["贡献和影响"] },
    ],
  },
  {
    field: "tables.intlProjects",
    section: "tech",
    heading: ["建设基础"],
    columns: [
      { key: "level", header: ["项目层级及类别"] },
      { key: "name", header: ["项目名称"] },
      { key: "number", header: ["项目编号"] },
      { key: "funding", header: ["经费投入"] },
      { key: "partner", header: ["合作国家"] },
    ],
  },
  {
    field: "tables.exchanges",
    section: "tech",
    heading: ["建设基础"],
    columns: [
      { key: "name", header: ["交流活动名称"] },
      { key: "form", header: ["活动形式"] },
      { key: "field", header: ["涉及领域"] },
      { key: "country", header: ["合作国别"] },
    ],
  },
];

export const INDICATOR_HEADERS = { type: ["类型"], indicator: ["考核指标"], value: ["设置情况"] } as const;

export const INDICATORS: readonly { field: FieldId; label: Label; quantified: boolean }[] = [
  { field: "indicators.outcomes", label: ["合作成果"], quantified: false },
  { field: "indicators.team", label: ["团队建设"], quantified: true },
  { field: "indicators.facilities", label: ["硬件设施"], quantified: true },
  { field: "indicators.support", label: ["保障条件"], quantified: true },
  { field: "indicators.management", label: ["管理机制"], quantified: false },
  { field: "indicators.exchange", label: ["国际交流"], quantified: false },
  { field: "indicators.strategy", label: ["战略研究"], quantified: false },
  { field: "indicators.other", label: ["其他建设目标与考核指标", "其他"], quantified: false },
];

export interface SignBlockSpec {
  key: "director" | "host" | "department";
  /** Opening of the block's title paragraph. */
  title: readonly string[];
  /** Opening of the signature line, before "签字". */
  signature: readonly string[];
  hasOpinion: boolean;
  hasSeal: boolean;
}

export const SIGN_BLOCKS: readonly SignBlockSpec[] = [
  { key: "director", title: ["联合实验室中方主任审核确认"], signature: ["联合实验室中方主任签字", "中方主任签字"], hasOpinion: false, hasSeal: false },
  { key: "host", title: ["中方依托单位审核意见"], signature: ["中方依托单位负责人签字", "依托单位负责人签字"], hasOpinion: true, hasSeal: true },
  { key: "department", title: ["主管部门审核意见"], signature: ["主管部门负责人签字"], hasOpinion: true, hasSeal: true },
];

/** Placeholder texts the template ships in answer cells; they count as empty, never as an answer. */
export const PLACEHOLDERS: readonly string[] = ["中国—XXX（重点合作国）XXXX（具体领域）“一带一路”联合实验室", "（建议3-5个）"];

/** Boxes as the template and WPS/Word checkboxes write them; FORM.md §3 lists the ticked marks. */
export const BOX_CHARS_EMPTY = ["□", "☐", "▢"];
export const BOX_CHARS_TICKED = ["☑", "■", "√", "✓", "✔", "☒"];
