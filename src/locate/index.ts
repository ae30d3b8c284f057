import { lastLevel } from "../form/labels";
import type { DocModel } from "../document/model";
import { FIELDS } from "../form/fields";
import { fieldDef, formatPath, listFieldOf, listItemOf, tryParsePath } from "../form/paths";
import { locateBasicFields } from "./basic";
import { locateCover } from "./cover";
import { dataTableFields, locateIndicators } from "./dataTables";
import { findHeadings } from "./headings";
import type { LocatedField, LocateResult } from "./location";
import { locateNarratives } from "./narratives";
import { locateSignatures } from "./signatures";
import { remembering } from "../text/normalize";

export type { LocatedField, LocateResult, Location, TextSpan, ChoiceOption } from "./location";

/**
 * Find every field of the form in a document model. The result has one entry
 * per field id of FORM.md, in the form's order; list fields have one entry
 * per item found (or one entry for item 0 when none is).
 */
export function locateForm(model: DocModel): LocateResult {
  return remembering(() => locate(model));
}

function locate(model: DocModel): LocateResult {
  const marks = findHeadings(model);
  const basicHeading = marks.find((m) => m.major === "basic")?.block ?? null;
  const { fields: tableFields, matches } = dataTableFields(model);
  const tableIndexOf = (field: string) => matches.get(field)?.table.index;
  const basic = locateBasicFields(model);

  const byId = new Map<string, LocatedField>();
  for (const f of [
    ...locateCover(model, basicHeading),
    ...basic.fields,
    ...locateNarratives(model, marks, tableIndexOf),
    ...tableFields,
    ...locateIndicators(model),
    ...locateSignatures(model),
  ]) {
    byId.set(f.id, f);
  }

  const fields: LocatedField[] = [];
  const doneLists = new Set<string>();
  for (const def of FIELDS) {
    const list = listFieldOf(def.id)?.list;
    if (!list) {
      fields.push(byId.get(def.id) ?? { id: def.id, found: false, text: "", reason: missingReason(def.id, basic.table) });
      continue;
    }
    // A list is emitted item by item, each item's fields together: staff[0].*, staff[1].*, …
    if (doneLists.has(list)) continue;
    doneLists.add(list);
    const defs = FIELDS.filter((d) => listFieldOf(d.id)?.list === list);
    const items = new Set<number>();
    for (const k of byId.keys()) {
      const p = tryParsePath(k);
      const item = p && listItemOf(p);
      if (item?.list === list) items.add(item.index);
    }
    if (items.size === 0) items.add(0);
    for (const i of [...items].sort((a, b) => a - b)) {
      for (const d of defs) {
        const id = formatPath({ field: d.id, index: i });
        fields.push(byId.get(id) ?? { id, found: false, text: "", reason: basic.reasons.get(list) ?? missingReason(id, basic.table) });
      }
    }
  }
  return { fields, tables: { basic: basic.table } };
}

function missingReason(id: string, basicTable: number | null): string {
  const def = fieldDef(id);
  if (def?.section === "basic") {
    return basicTable === null ? "找不到“一、基本信息”表格" : `“一、基本信息”表格中找不到“${lastLevel(def.label)}”这一栏`;
  }
  return "找不到该项";
}

/** The 字 limit each narrative's own instruction states in this copy (only those the document states). */
export function documentLimits(result: LocateResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of result.fields) if (f.location?.kind === "region" && f.location.limitFromDocument) out[f.id] = f.location.limit;
  return out;
}


/** A one-line description of where a field is, for people reading the CLI output. */
export function describeLocation(f: LocatedField): string {
  const l = f.location;
  if (!l) return "";
  switch (l.kind) {
    case "inline":
      return `段落 ${l.span.paragraph} 第 ${l.span.start} 字起`;
    case "cell":
    case "choice":
      return `表 ${l.cell.table} 行 ${l.cell.row} 列 ${l.cell.col}`;
    case "region":
      return `${l.cell ? `表 ${l.cell.table} 框内` : "正文"}段落 ${l.paragraphs.length ? `${l.paragraphs[0]}–${l.paragraphs[l.paragraphs.length - 1]}` : `（空，插在段落 ${l.insertAfter ?? "开头"} 后）`}，限 ${l.limit === Number.MAX_SAFE_INTEGER ? "—" : `${l.limit} 字`}`;
    case "table":
      return `表 ${l.table}，表头第 ${l.headerRow} 行，${l.rows.length} 行数据`;
    case "mark":
      return `表 ${l.cell.table} 段落 ${l.span.paragraph}${l.present ? "（已有）" : "（空）"}`;
  }
}

