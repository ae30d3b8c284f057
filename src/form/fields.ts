/**
 * The form model: every field of FORM.md §2 with its id, Chinese label, type
 * and section. Ids are the public contract of the form-data JSON and of the
 * check report; `[]` marks a list whose items are addressed as `staff[0]`.
 */

export const SECTIONS = {
  cover: "封面",
  basic: "一、基本信息",
  strategy: "二、战略评议",
  tech: "三、技术评议",
  sign: "四、审核意见",
} as const;
export type SectionId = keyof typeof SECTIONS;

export type FieldType =
  | "text"
  | "list"
  | "choice"
  | "int"
  | "amount"
  | "narrative"
  | "table"
  | "signature"
  | "seal"
  | "date";

export const LAB_TYPES = ["前沿科技与基础研究", "应用技术与产业科技", "民生科技与文明互鉴"] as const;
export const NATURES = ["科研院所", "高等院校", "企业", "其他"] as const;

export interface FieldDef<I extends string = string, T extends FieldType = FieldType> {
  id: I;
  /** Label as the form prints it, used in messages ("联合实验室主任/中方主任/姓名"). */
  label: string;
  type: T;
  section: SectionId;
  options?: readonly string[];
  /** Default 字 limit of a narrative; each copy's own instruction text wins. */
  limit?: number;
  /** Unit printed in the label, for amounts. */
  unit?: string;
}

// The helpers keep each id's and type's literal type, so FieldId below is the exact union of FORM.md's ids
// and the form-data schema can be checked against the catalogue at compile time.
const f = <I extends string, T extends FieldType>(id: I, label: string, type: T, section: SectionId, extra: Partial<Omit<FieldDef, "id" | "type">> = {}): FieldDef<I, T> => ({
  id,
  label,
  type,
  section,
  ...extra,
});

const person = <P extends string, K extends string>(prefix: P, label: string, parts: readonly (readonly [K, string])[]) =>
  parts.map(([k, l]) => f(`${prefix}.${k}` as `${P}.${K}`, `${label}/${l}`, "text", "basic"));

const unit = <P extends string>(prefix: P, label: string) => [
  f(`${prefix}.name`, `${label}/名称`, "text", "basic"),
  f(`${prefix}.nature`, `${label}/性质`, "choice", "basic", { options: NATURES }),
  f(`${prefix}.website`, `${label}/网址`, "text", "basic"),
];
const unitWithAddress = <P extends string>(prefix: P, label: string) => [...unit(prefix, label), f(`${prefix}.address`, `${label}/详细地址`, "text", "basic")];

const FIELD_LIST = [
  f("cover.labName", "封面/联合实验室名称", "text", "cover"),
  f("cover.cnDirector", "封面/联合实验室中方主任", "text", "cover"),
  f("cover.cnHost", "封面/中方依托单位", "text", "cover"),
  f("cover.department", "封面/主管部门", "text", "cover"),
  f("cover.date", "封面/日期", "text", "cover"),

  f("basic.labName", "联合实验室/申报名称", "text", "basic"),
  f("basic.department", "联合实验室/主管部门", "text", "basic"),
  f("basic.keyPartner", "合作国别/重点合作国", "text", "basic"),
  f("basic.mainPartners", "合作国别/主要合作国", "list", "basic"),
  f("basic.radiatingPartners", "合作国别/辐射合作国", "list", "basic"),
  f("basic.discipline", "学科领域", "text", "basic"),
  f("basic.researchDirection", "研究方向", "text", "basic"),
  f("basic.labType", "类型（单选）", "choice", "basic", { options: LAB_TYPES }),
  ...person("director.cn", "联合实验室主任/中方主任", [["name", "姓名"], ["title", "职称"], ["phone", "电话"], ["position", "职务"]]),
  ...person("director.foreign", "联合实验室主任/外方主任", [["name", "姓名"], ["title", "职称"], ["phone", "电话"], ["position", "职务"]]),
  ...person("contact.cn", "联合实验室管理人员/中方联系人", [
    ["name", "姓名"],
    ["position", "职务"],
    ["landline", "座机"],
    ["email", "Email"],
    ["mobile", "手机"],
    ["fax", "传真"],
  ]),
  ...person("contact.foreign", "联合实验室管理人员/外方联系人", [["name", "姓名"], ["position", "职务"], ["phone", "电话"], ["email", "Email"]]),
  ...person("staff[]", "联合实验室管理人员/专职人员", [["name", "姓名"], ["position", "职务"], ["phone", "电话"]]),
  ...unitWithAddress("cnHost", "中方依托单位"),
  ...unitWithAddress("cnParticipants[]", "中方参与单位"),
  ...unit("foreignHost", "外方依托单位"),
  ...unit("foreignParticipants[]", "外方参与单位"),

  f("stats.rnd.funding", "研发能力与贡献（5年内）/研发项目总经费（万元）", "amount", "basic", { unit: "万元" }),
  f("stats.rnd.nationalTasks", "研发能力与贡献（5年内）/国家级研发任务数", "int", "basic"),
  f("stats.rnd.patents", "研发能力与贡献（5年内）/专利授权数", "int", "basic"),
  f("stats.rnd.publications", "研发能力与贡献（5年内）/论文著作等出版物数", "int", "basic"),
  f("stats.rnd.industrialized", "研发能力与贡献（5年内）/实现产业化的技术成果数", "int", "basic"),
  f("stats.rnd.industrialOutput", "研发能力与贡献（5年内）/技术成果产业化总产值（万元）", "amount", "basic", { unit: "万元" }),
  f("stats.intl.funding", "国际科技合作与交流（5年内）/国际合作任务总经费（万元）", "amount", "basic", { unit: "万元" }),
  f("stats.intl.nationalProjects", "国际科技合作与交流（5年内）/国家国际科技合作项目数", "int", "basic"),
  f("stats.intl.otherProjects", "国际科技合作与交流（5年内）/其他国际合作项目数", "int", "basic"),
  f("stats.intl.agreementInstitutions", "国际科技合作与交流（5年内）/签署科技合作协议的国外机构数", "int", "basic"),
  f("stats.intl.countries", "国际科技合作与交流（5年内）/合作国数量", "int", "basic"),
  f("stats.intl.trainings", "国际科技合作与交流（5年内）/对外培训活动次数", "int", "basic"),
  f("stats.intl.events", "国际科技合作与交流（5年内）/举办国际科技交流活动次数", "int", "basic"),
  f("stats.team.researchers", "队伍建设和人才引进（5年内）/专职研究人员数", "int", "basic"),
  f("stats.team.overseasExperts", "队伍建设和人才引进（5年内）/引进海外专家人数", "int", "basic"),
  f("stats.team.overseasTeams", "队伍建设和人才引进（5年内）/引进海外创新团队数", "int", "basic"),
  f("stats.ops.area", "日常运行管理/实验室实体面积（平米）", "amount", "basic", { unit: "平米" }),
  f("stats.ops.hostFunding", "日常运行管理/依托单位经费投入（万元）", "amount", "basic", { unit: "万元" }),

  f("strategy.significance", "二（一）战略意义", "narrative", "strategy", { limit: 1000 }),
  f("strategy.layout", "二（二）国别布局", "narrative", "strategy", { limit: 1000 }),
  f("tables.layout", "二（二）国别布局 表格", "table", "strategy"),
  f("strategy.cooperation", "二（三）合作内容", "narrative", "strategy", { limit: 1000 }),
  f("strategy.influence", "二（四）影响力", "narrative", "strategy", { limit: 1000 }),
  f("strategy.diplomacy", "二（五）服务外交", "narrative", "strategy", { limit: 1000 }),
  f("tables.leaders", "二（五）列入双多边元首外交、中外高层交往议程或成果清单 表格", "table", "strategy"),
  f("tables.govDocs", "二（五）列入政府间或部门间科技创新合作文件 表格", "table", "strategy"),
  f("tech.cnHost", "三（一）中方依托单位情况", "narrative", "tech", { limit: 1000 }),
  f("tables.cnHostProjects", "三（一）国家级科技计划项目 表格", "table", "tech"),
  f("tech.foreignHost", "三（二）外方依托单位情况", "narrative", "tech", { limit: 1000 }),
  f("tech.teams", "三（三）双方团队", "narrative", "tech", { limit: 1000 }),
  f("tech.positioning", "三（四）任务目标/定位和目标", "narrative", "tech", { limit: 500 }),
  f("tech.annualTasks", "三（四）任务目标/年度建设任务及目标", "narrative", "tech", { limit: 500 }),
  f("indicators.outcomes", "三（四）考核指标/合作成果", "text", "tech"),
  f("indicators.team", "三（四）考核指标/团队建设", "text", "tech"),
  f("indicators.facilities", "三（四）考核指标/硬件设施", "text", "tech"),
  f("indicators.support", "三（四）考核指标/保障条件", "text", "tech"),
  f("indicators.management", "三（四）考核指标/管理机制", "text", "tech"),
  f("indicators.exchange", "三（四）考核指标/国际交流", "text", "tech"),
  f("indicators.strategy", "三（四）考核指标/战略研究", "text", "tech"),
  f("indicators.other", "三（四）考核指标/其他建设目标与考核指标", "text", "tech"),
  f("tables.intlProjects", "三（五）1.国际合作项目 表格", "table", "tech"),
  f("tech.projectsText", "三（五）1.国际合作项目", "narrative", "tech", { limit: 500 }),
  f("tables.exchanges", "三（五）2.国际科技交流活动 表格", "table", "tech"),
  f("tech.exchangesText", "三（五）2.国际科技交流活动", "narrative", "tech", { limit: 500 }),
  f("tech.outcomes", "三（五）3.国际科技合作成果", "narrative", "tech", { limit: 1000 }),
  f("tech.construction", "三（六）建设内容", "narrative", "tech", { limit: 1000 }),
  f("tech.safeguards", "三（七）保障措施", "narrative", "tech", { limit: 1000 }),

  f("sign.director.signature", "联合实验室中方主任审核确认/签字", "signature", "sign"),
  f("sign.director.date", "联合实验室中方主任审核确认/日期", "date", "sign"),
  f("sign.host.opinion", "中方依托单位审核意见/意见", "text", "sign"),
  f("sign.host.signature", "中方依托单位审核意见/负责人签字", "signature", "sign"),
  f("sign.host.seal", "中方依托单位审核意见/单位公章", "seal", "sign"),
  f("sign.host.date", "中方依托单位审核意见/日期", "date", "sign"),
  f("sign.department.opinion", "主管部门审核意见/意见", "text", "sign"),
  f("sign.department.signature", "主管部门审核意见/负责人签字", "signature", "sign"),
  f("sign.department.seal", "主管部门审核意见/单位公章", "seal", "sign"),
  f("sign.department.date", "主管部门审核意见/日期", "date", "sign"),
];

/** Field ids as written in FORM.md (`basic.labName`, `staff[].name`): the public contract of the form data and the report. */
export type FieldId = (typeof FIELD_LIST)[number]["id"];
type ListOf<I> = I extends `${infer L}[].${string}` ? L : never;
/** The lists of items in the data: `staff`, `cnParticipants`, `foreignParticipants`. */
export type ListName = ListOf<FieldId>;
/** The type of each field id: `FieldTypeOf<"stats.rnd.funding">` is "amount". */
export type FieldTypeOf<I extends FieldId> = TypeOfId<I, (typeof FIELD_LIST)[number]>;
type TypeOfId<I extends string, D> = D extends FieldDef<infer J, infer T> ? (I extends J ? T : never) : never;

export const FIELDS: readonly FieldDef<FieldId>[] = FIELD_LIST;

/**
 * The columns of each data table, by key (FORM.md §2): a row of `tables.layout`
 * is `{ country, type, institution, agreement }`.
 */
export const TABLE_COLUMNS = {
  layout: ["country", "type", "institution", "agreement"],
  leaders: ["time", "country", "leaders", "outcome"],
  govDocs: ["time", "name", "country", "content"],
  cnHostProjects: ["name", "number", "funding", "period", "outcomes", "impact"],
  intlProjects: ["level", "name", "number", "funding", "partner"],
  exchanges: ["name", "form", "field", "country"],
} as const;
export type TableKey = keyof typeof TABLE_COLUMNS;
export type TableFieldId = `tables.${TableKey}`;
export type TableColumnKey = (typeof TABLE_COLUMNS)[TableKey][number];

// The data tables of the catalogue and of TABLE_COLUMNS are the same: tsc fails when one gains a table the other lacks.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const tablesAgree: Same<Extract<FieldId, `tables.${string}`>, TableFieldId> = true;
void tablesAgree;

const BY_ID = new Map<string, FieldDef<FieldId>>(FIELDS.map((d) => [d.id, d]));

export function isFieldId(id: string): id is FieldId {
  return BY_ID.has(id);
}

/** The catalogue entry of a field id (a concrete path goes through `fieldDef` of paths.ts). */
export function fieldDefOf(id: FieldId): FieldDef<FieldId> {
  return BY_ID.get(id)!;
}

export function isTableKey(key: string): key is TableKey {
  return Object.prototype.hasOwnProperty.call(TABLE_COLUMNS, key);
}

/** The data tables of the form, in its order. */
export const TABLE_FIELDS = FIELDS.filter((d) => d.type === "table").map((d) => d.id as TableFieldId);

/** `tables.layout` → "layout", the table's key in `tables` of the data. */
export const tableKeyOf = (id: TableFieldId): TableKey => id.slice("tables.".length) as TableKey;

/** The column keys of a data table, in the form's order. */
export const tableColumnsOf = (id: TableFieldId): readonly TableColumnKey[] => TABLE_COLUMNS[tableKeyOf(id)];
