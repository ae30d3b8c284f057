import { tableColumnsOf, type FieldId, type ListName, type TABLE_COLUMNS, type TableColumnKey, type TableFieldId, type TableKey } from "./fields";

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
  field: FieldId;
}

export interface SubGroup {
  label: Label;
  /** Every row of this sub-group is a new item of this list (专职人员), and the cell after the sub-label is the name. */
  itemPerRow?: ListName;
  fields: readonly LabelledField[];
}

export interface Group {
  label: Label;
  /** A repeatable block (中方参与单位): each time it is entered, or a field label comes again, a new item of this list starts. */
  repeatable?: ListName;
  fields?: readonly LabelledField[];
  subs?: readonly SubGroup[];
  /** The group cell is itself the label of one field (学科领域, 研究方向, 类型). */
  self?: FieldId;
}

const NAME: Label = ["姓名", "名字"];
const TITLE: Label = ["职称"];
const PHONE: Label = ["电话", "联系电话", "手机/电话"];
const POSITION: Label = ["职务"];
const EMAIL: Label = ["Email", "E-mail", "e-mail", "邮箱", "电子邮箱", "电子邮件"];

type Unit = "cnHost" | "cnParticipants[]" | "foreignHost" | "foreignParticipants[]";
const unitFields = (unit: Unit): LabelledField[] => [
  { label: ["名称", "单位名称", "机构名称"], field: `${unit}.name` },
  { label: ["性质", "单位性质"], field: `${unit}.nature` },
  { label: ["网址", "网站", "单位网址"], field: `${unit}.website` },
];
const ADDRESS: Label = ["详细地址", "地址", "通讯地址"];

type Director = "director.cn" | "director.foreign";
const directorFields = (who: Director): LabelledField[] => [
  { label: NAME, field: `${who}.name` },
  { label: TITLE, field: `${who}.title` },
  { label: PHONE, field: `${who}.phone` },
  { label: POSITION, field: `${who}.position` },
];

export const BASIC_GROUPS: readonly Group[] = [
  {
    label: ["联合实验室"],
    fields: [
      { label: ["申报名称", "名称"], field: "basic.labName" },
      { label: ["主管部门"], field: "basic.department" },
    ],
  },
  {
    label: ["合作国别"],
    fields: [
      { label: ["重点合作国"], field: "basic.keyPartner" },
      { label: ["主要合作国"], field: "basic.mainPartners" },
      { label: ["辐射合作国"], field: "basic.radiatingPartners" },
    ],
  },
  { label: ["学科领域"], self: "basic.discipline" },
  { label: ["研究方向"], self: "basic.researchDirection" },
  { label: ["类型"], self: "basic.labType" },
  {
    label: ["联合实验室主任"],
    subs: [
      { label: ["中方主任"], fields: directorFields("director.cn") },
      { label: ["外方主任"], fields: directorFields("director.foreign") },
    ],
  },
  {
    label: ["联合实验室管理人员", "管理人员"],
    subs: [
      {
        label: ["中方联系人"],
        fields: [
          { label: NAME, field: "contact.cn.name" },
          { label: POSITION, field: "contact.cn.position" },
          { label: ["座机", "固定电话", "办公电话"], field: "contact.cn.landline" },
          { label: EMAIL, field: "contact.cn.email" },
          { label: ["手机", "移动电话"], field: "contact.cn.mobile" },
          { label: ["传真"], field: "contact.cn.fax" },
        ],
      },
      {
        label: ["外方联系人"],
        fields: [
          { label: NAME, field: "contact.foreign.name" },
          { label: POSITION, field: "contact.foreign.position" },
          { label: PHONE, field: "contact.foreign.phone" },
          { label: EMAIL, field: "contact.foreign.email" },
        ],
      },
      {
        label: ["专职人员"],
        itemPerRow: "staff",
        fields: [
          { label: NAME, field: "staff[].name" },
          { label: POSITION, field: "staff[].position" },
          { label: PHONE, field: "staff[].phone" },
        ],
      },
    ],
  },
  { label: ["中方依托单位"], fields: [...unitFields("cnHost"), { label: ADDRESS, field: "cnHost.address" }] },
  { label: ["中方参与单位"], repeatable: "cnParticipants", fields: [...unitFields("cnParticipants[]"), { label: ADDRESS, field: "cnParticipants[].address" }] },
  { label: ["外方依托单位"], fields: unitFields("foreignHost") },
  { label: ["外方参与单位"], repeatable: "foreignParticipants", fields: unitFields("foreignParticipants[]") },
  {
    label: ["研发能力与贡献"],
    fields: [
      { label: ["研发项目总经费"], field: "stats.rnd.funding" },
      { label: ["国家级研发任务数"], field: "stats.rnd.nationalTasks" },
      { label: ["专利授权数"], field: "stats.rnd.patents" },
      { label: ["论文著作等出版物数"], field: "stats.rnd.publications" },
      { label: ["实现产业化的技术成果数"], field: "stats.rnd.industrialized" },
      { label: ["技术成果产业化总产值"], field: "stats.rnd.industrialOutput" },
    ],
  },
  {
    label: ["国际科技合作与交流"],
    fields: [
      { label: ["国际合作任务总经费"], field: "stats.intl.funding" },
      { label: ["国家国际科技合作项目数"], field: "stats.intl.nationalProjects" },
      { label: ["其他国际合作项目数"], field: "stats.intl.otherProjects" },
      { label: ["签署科技合作协议的国外机构数"], field: "stats.intl.agreementInstitutions" },
      { label: ["合作国数量"], field: "stats.intl.countries" },
      { label: ["对外培训活动次数"], field: "stats.intl.trainings" },
      { label: ["举办国际科技交流活动次数"], field: "stats.intl.events" },
    ],
  },
  {
    label: ["队伍建设和人才引进"],
    fields: [
      { label: ["专职研究人员数"], field: "stats.team.researchers" },
      { label: ["引进海外专家人数"], field: "stats.team.overseasExperts" },
      { label: ["引进海外创新团队数"], field: "stats.team.overseasTeams" },
    ],
  },
  {
    label: ["日常运行管理"],
    fields: [
      { label: ["实验室实体面积"], field: "stats.ops.area" },
      { label: ["依托单位经费投入"], field: "stats.ops.hostFunding" },
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
  field: TableFieldId;
  section: MajorSection;
  heading: Label;
  columns: readonly { key: TableColumnKey; header: Label }[];
}

type ColumnOf<F extends TableFieldId> = F extends `tables.${infer K extends TableKey}` ? (typeof TABLE_COLUMNS)[K][number] : never;

/** Each data table by its field id, each column's header by its key: tsc fails when a table or a column of the catalogue has none. */
const TABLE_LAYOUT: { readonly [F in TableFieldId]: { section: MajorSection; heading: Label; headers: { readonly [C in ColumnOf<F>]: Label } } } = {
  "tables.layout": {
    section: "strategy",
    heading: ["国别布局"],
    headers: { country: ["合作国别"], type: ["类型"], institution: ["机构名称"], agreement: ["签署的科技合作协议名称、时间、有效期及主要内容"] },
  },
  "tables.leaders": {
    section: "strategy",
    heading: ["服务外交"],
    headers: { time: ["时间"], country: ["国别"], leaders: ["中外领导人姓名、职务"], outcome: ["成果形式及其对联合实验室建设的作用"] },
  },
  "tables.govDocs": {
    section: "strategy",
    heading: ["服务外交"],
    headers: { time: ["时间"], name: ["名称"], country: ["国别"], content: ["主要合作内容及已有成果"] },
  },
  "tables.cnHostProjects": {
    section: "tech",
    heading: ["中方依托单位情况"],
    headers: { name: ["项目名称"], number: ["项目编号"], funding: ["经费投入"], period: ["执行时间"], outcomes: ["代表性成果"], impact: ["贡献和影响"] },
  },
  "tables.intlProjects": {
    section: "tech",
    heading: ["建设基础"],
    headers: { level: ["项目层级及类别"], name: ["项目名称"], number: ["项目编号"], funding: ["经费投入"], partner: ["合作国家"] },
  },
  "tables.exchanges": {
    section: "tech",
    heading: ["建设基础"],
    headers: { name: ["交流活动名称"], form: ["活动形式"], field: ["涉及领域"], country: ["合作国别"] },
  },
};

/** The data tables in the form's order, their columns in the catalogue's order. */
export const DATA_TABLES: readonly DataTableSpec[] = (Object.keys(TABLE_LAYOUT) as TableFieldId[]).map((field) => {
  const { section, heading, headers } = TABLE_LAYOUT[field];
  return { field, section, heading, columns: tableColumnsOf(field).map((key) => ({ key, header: (headers as Record<TableColumnKey, Label>)[key] })) };
});

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
  /** Opening of the block's title paragraph. */
  title: readonly string[];
  /** Opening of the signature line, before "签字". */
  signature: readonly string[];
  /** The block's fields: an opinion and a seal only where the block asks for them. */
  fields: { opinion?: FieldId; signature: FieldId; seal?: FieldId; date: FieldId };
}

export const SIGN_BLOCKS: readonly SignBlockSpec[] = [
  {
    title: ["联合实验室中方主任审核确认"],
    signature: ["联合实验室中方主任签字", "中方主任签字"],
    fields: { signature: "sign.director.signature", date: "sign.director.date" },
  },
  {
    title: ["中方依托单位审核意见"],
    signature: ["中方依托单位负责人签字", "依托单位负责人签字"],
    fields: { opinion: "sign.host.opinion", signature: "sign.host.signature", seal: "sign.host.seal", date: "sign.host.date" },
  },
  {
    title: ["主管部门审核意见"],
    signature: ["主管部门负责人签字"],
    fields: { opinion: "sign.department.opinion", signature: "sign.department.signature", seal: "sign.department.seal", date: "sign.department.date" },
  },
];

/** Placeholder texts the template ships in answer cells; they count as empty, never as an answer. */
export const PLACEHOLDERS: readonly string[] = ["中国—XXX（重点合作国）XXXX（具体领域）“一带一路”联合实验室", "（建议3-5个）"];

/** Boxes as the template and WPS/Word checkboxes write them; FORM.md §3 lists the ticked marks. */
export const BOX_CHARS_EMPTY = ["□", "☐", "▢"];
export const BOX_CHARS_TICKED = ["☑", "■", "√", "✓", "✔", "☒"];
