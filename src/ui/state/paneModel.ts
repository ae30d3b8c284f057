/**
 * The pane's layout, derived from FIELDS: which input each field gets, and how
 * fields are grouped the way the printed form groups them. Nothing here is a
 * hand-written form: a field added to FIELDS shows up in the pane by itself,
 * in the group its label names.
 */
import { FIELDS, SECTIONS, TABLE_COLUMNS, tableKeyOf, type FieldDef, type FieldId, type ListName, type SectionId, type TableFieldId, type TableKey } from "../../form/fields";
import { getPath, listFieldOf, namesOf } from "../../form/paths";
import { BASIC_SELF_GROUP, HEADINGS, LABEL_OVERRIDES, PARTNER_TYPES, TABLE_COLUMN_LABELS } from "../strings";

export type Widget =
  | "text"
  /** One paragraph that may be long (a lab or unit name, an address): wraps instead of scrolling sideways. */
  | "wideText"
  | "longText"
  | "country"
  | "discipline"
  | "choice"
  | "number"
  | "countryList"
  | "narrative";

export interface FieldItem {
  kind: "field";
  /** Field id, also the path into the form data. */
  path: FieldId;
  def: FieldDef;
  label: string;
  widget: Widget;
}

export interface Column {
  key: string;
  label: string;
  widget: Widget;
  options?: readonly string[];
  /** Number type and unit when the column is a FIELDS field (never for data tables). */
  def?: FieldDef;
}

/** A list of records: 专职人员, 参与单位, and every data table. */
export interface RecordsItem {
  kind: "records";
  /** Path of the array in the form data ("staff", "tables.layout"). */
  path: ListName | TableFieldId;
  title: string;
  /** What one record is called ("专职人员"); rows of a data table are "行". */
  itemName: string;
  isTable: boolean;
  columns: Column[];
}

export type PaneItem = FieldItem | RecordsItem;

export interface SubGroup {
  /** Sub-label of the form ("中方主任", "考核指标"); null for the group's own fields. */
  title: string | null;
  items: PaneItem[];
}

export interface PaneGroup {
  id: string;
  /** null when the section has a single group that needs no heading (封面). */
  title: string | null;
  subgroups: SubGroup[];
}

export interface PaneSection {
  id: SectionId;
  title: string;
  groups: PaneGroup[];
}

/** Widgets that fit in half the width of a wide pane; the others always take a full row. */
export const isNarrowWidget = (w: Widget) => w === "text" || w === "number" || w === "country";

/** Fields answered on paper (signature, seal, date): checked, never typed in the pane. */
const PAPER_TYPES = new Set(["signature", "seal", "date"]);

/** Data-table columns holding a country (a searchable picker, free text kept). */
const COUNTRY_COLUMNS = new Set(["country"]);
/** Data-table columns that hold sentences rather than a short value. */
const LONG_COLUMNS = new Set(["agreement", "outcome", "content", "outcomes", "impact", "institution", "leaders"]);
/** Data-table columns whose answers are short (a date, a number, a word). */
const SHORT_COLUMNS = new Set(["time", "number", "period", "form", "field"]);
/** Last keys of text fields whose answers run long in real forms. */
const WIDE_KEYS = new Set(["labName", "researchDirection", "name", "address", "website", "department"]);

/** Groups of people (their names are short). */
const PEOPLE = new Set(["director", "contact", "staff"]);

function widgetOf(def: FieldDef): Widget {
  const names = namesOf(def.id);
  switch (def.type) {
    case "list":
      return "countryList";
    case "choice":
      return "choice";
    case "int":
    case "amount":
      return "number";
    case "narrative":
      return "narrative";
    default:
      if (def.id === "basic.keyPartner") return "country";
      if (def.id === "basic.discipline") return "discipline";
      // 考核指标 and 审核意见 are sentences: a single-line input would hide most of them.
      if (def.id.startsWith("indicators.") || def.id.startsWith("sign.")) return "longText";
      // A person's name is short; a unit's name is not.
      if (WIDE_KEYS.has(names[names.length - 1]) && !PEOPLE.has(names[0])) return "wideText";
      return "text";
  }
}

function tableColumns(key: TableKey): Column[] {
  const labels = TABLE_COLUMN_LABELS[key] as Record<string, string>;
  return TABLE_COLUMNS[key].map((col): Column => {
    if (key === "layout" && col === "type") return { key: col, label: labels[col], widget: "choice", options: PARTNER_TYPES };
    if (COUNTRY_COLUMNS.has(col)) return { key: col, label: labels[col], widget: "country" };
    return { key: col, label: labels[col], widget: LONG_COLUMNS.has(col) ? "longText" : SHORT_COLUMNS.has(col) ? "text" : "wideText" };
  });
}

/** Group, sub-group and own label of a field, read off its FIELDS label. */
function placeOf(def: FieldDef): { groupId: string; groupTitle: string | null; rest: string } {
  const label = def.label;
  if (def.section === "cover") return { groupId: "cover", groupTitle: null, rest: label.replace(/^封面\//, "") };
  if (def.section === "strategy" || def.section === "tech") {
    const m = /^[二三]（([一二三四五六七])）\s*(.*)$/.exec(label);
    if (m) {
      const heading = HEADINGS[def.section][m[1]] ?? "";
      return { groupId: `${def.section}.${m[1]}`, groupTitle: `（${m[1]}）${heading}`, rest: m[2] };
    }
  }
  const slash = label.indexOf("/");
  if (slash < 0) {
    // 学科领域, 研究方向, 类型 stand in the basic table without a group cell of their own.
    return { groupId: `${def.section}.self`, groupTitle: BASIC_SELF_GROUP, rest: label };
  }
  const group = label.slice(0, slash);
  return { groupId: `${def.section}.${group}`, groupTitle: group, rest: label.slice(slash + 1) };
}

function splitSub(rest: string): { sub: string | null; label: string } {
  const slash = rest.indexOf("/");
  return slash < 0 ? { sub: null, label: rest } : { sub: rest.slice(0, slash), label: rest.slice(slash + 1) };
}

function buildSections(): PaneSection[] {
  const sections: PaneSection[] = (Object.keys(SECTIONS) as SectionId[]).map((id) => ({ id, title: SECTIONS[id], groups: [] }));
  const byId = new Map(sections.map((s) => [s.id, s]));

  for (const def of FIELDS) {
    if (PAPER_TYPES.has(def.type)) continue;
    const section = byId.get(def.section)!;
    const { groupId, groupTitle, rest } = placeOf(def);
    let group = section.groups.find((g) => g.id === groupId);
    if (!group) {
      group = { id: groupId, title: groupTitle, subgroups: [] };
      section.groups.push(group);
    }
    const { sub, label } = splitSub(rest);
    let subgroup = group.subgroups[group.subgroups.length - 1];
    if (!subgroup || subgroup.title !== sub) {
      subgroup = { title: sub, items: [] };
      group.subgroups.push(subgroup);
    }

    if (def.type === "table") {
      const table = def.id as TableFieldId;
      subgroup.items.push({
        kind: "records",
        path: table,
        title: label.replace(/\s*表格$/, "（表格）"),
        itemName: "行",
        isTable: true,
        columns: tableColumns(tableKeyOf(table)),
      });
      continue;
    }

    const inList = listFieldOf(def.id);
    if (inList) {
      const { list: root, key } = inList;
      let records = subgroup.items.find((i): i is RecordsItem => i.kind === "records" && i.path === root);
      if (!records) {
        // "专职人员/姓名" names its records by the sub-label; "名称" of 中方参与单位 by the group.
        const itemName = sub ?? groupTitle ?? root;
        records = { kind: "records", path: root, title: itemName, itemName, isTable: false, columns: [] };
        subgroup.items.push(records);
      }
      records.columns.push({ key, label, widget: widgetOf(def), options: def.options, def });
      continue;
    }

    subgroup.items.push({ kind: "field", path: def.id, def, label: LABEL_OVERRIDES[def.id] ?? label, widget: widgetOf(def) });
  }

  // A records item that is a group's only content takes the group's heading; repeating it reads badly.
  for (const section of sections) {
    for (const group of section.groups) {
      for (const sg of group.subgroups) {
        if (sg.title && sg.items.length === 1 && sg.items[0].kind === "records" && sg.items[0].title === sg.title) sg.title = null;
        // "（四）任务目标" over "任务目标": the heading already says it.
        if (sg.title && group.title?.endsWith(sg.title)) sg.title = null;
      }
    }
  }
  return sections;
}

/** The pane's sections in form order. Computed once: FIELDS is a constant. */
export const PANE_SECTIONS: readonly PaneSection[] = buildSections();

export function allItems(section: PaneSection): PaneItem[] {
  return section.groups.flatMap((g) => g.subgroups.flatMap((s) => s.items));
}

// ---------------------------------------------------------------------------
// Completion

/** An answer counts as given when it holds any non-blank text, a number, or a non-empty list/row. */
export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.some(isFilled);
  if (typeof value === "object") return Object.values(value as Record<string, unknown>).some(isFilled);
  return false;
}

/** Filled/total of a section: each field counts one, each list (staff, a data table) counts one. */
export function sectionProgress(section: PaneSection, data: unknown): { filled: number; total: number } {
  const items = allItems(section);
  const filled = items.filter((item) => isFilled(getPath(data, item.path))).length;
  return { filled, total: items.length };
}

// ---------------------------------------------------------------------------
