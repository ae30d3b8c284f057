import { lastLevel } from "../form/labels";
import { parseDisciplineText } from "../data/disciplines";
import type { DocModel } from "../document/model";
import type { FieldId } from "../form/fields";
import { fieldDef, fieldsUnder } from "../form/paths";
import { getPath } from "../form/paths";
import type { FormData } from "../form/schema";
import type { LocateResult } from "../locate/location";
import { extractFormData } from "../extract/extract";
import { checkForm, CheckOptions } from "./index";
import { counts, csvText } from "./report";
import { parseStat } from "./rules/number";

/**
 * The department's roster (汇总表): one row per form, what a 主管部门 sorts and
 * filters dozens of received forms by — who applies with whom in which field,
 * the figures of 一、基本信息, and how many errors and warnings the check finds.
 */

/** A roster row: the form's answers and check counts, or why the file could not be read. */
export type RosterRow = { file: string; values: (string | number)[] } | { file: string; error: string };

type Column = { header: string; value: (data: FormData) => string | number };

const text = (id: FieldId): Column => ({
  header: lastLevel(fieldDef(id)!.label),
  value: (data) => {
    const v = getPath(data, id);
    return Array.isArray(v) ? v.join("、") : v === undefined || v === null ? "" : String(v);
  },
});
const named = (header: string, id: FieldId): Column => ({ ...text(id), header });

/** A figure as a number Excel can add up; “无” and unreadable answers as written. */
const figure = (id: FieldId): Column => ({
  header: lastLevel(fieldDef(id)!.label),
  value: (data) => {
    const v = getPath(data, id);
    if (typeof v === "number") return v;
    const raw = v === undefined || v === null ? "" : String(v);
    const def = fieldDef(id)!;
    const r = parseStat(raw, def.type === "int" ? "int" : "amount", def.unit);
    return r.ok && r.value !== null ? r.value : raw;
  },
});

const COLUMNS: readonly Column[] = [
  named("申报名称", "basic.labName"),
  named("重点合作国", "basic.keyPartner"),
  named("主要合作国", "basic.mainPartners"),
  named("辐射合作国", "basic.radiatingPartners"),
  named("中方依托单位", "cnHost.name"),
  named("外方依托单位", "foreignHost.name"),
  named("中方主任", "director.cn.name"),
  named("外方主任", "director.foreign.name"),
  {
    header: "学科代码",
    value: (data) =>
      parseDisciplineText(String(getPath(data, "basic.discipline") ?? ""))
        .items.map((i) => i.code)
        .filter((c): c is string => c !== undefined)
        .join("；"),
  },
  named("学科领域", "basic.discipline"),
  named("类型", "basic.labType"),
  ...fieldsUnder("stats").map((f) => figure(f.id)),
];

export const ROSTER_HEADER: readonly string[] = ["文件", ...COLUMNS.map((c) => c.header), "错误数", "警告数", "状态"];

/** One located form's roster row. */
export function rosterRow(file: string, model: DocModel, located: LocateResult, opts: CheckOptions = {}): RosterRow {
  const { data } = extractFormData(model, located);
  const c = counts(checkForm(model, located, opts));
  return { file, values: [...COLUMNS.map((col) => col.value(data)), c.errors, c.warnings, "已读取"] };
}

/** The roster as CSV for Excel (UTF-8 with BOM): a header, then one row per file, unreadable files with the reason. */
export function rosterCsv(rows: readonly RosterRow[]): string {
  const blanks = (n: number) => Array<string>(n).fill("");
  return csvText([
    ROSTER_HEADER,
    ...rows.map((r) => ("error" in r ? [r.file, ...blanks(COLUMNS.length + 2), `无法读取：${r.error}`] : [r.file, ...r.values])),
  ]);
}
