import { cellAtCol, cellText, DocModel } from "../document/model";
import { FIELDS, fieldDefOf, TABLE_FIELDS, tableColumnsOf, tableKeyOf, type ListName, type TableFieldId } from "../form/fields";
import { cellPath, formatPath, getPath, LISTS, listFieldOf, listItemOf, tryParsePath, type FieldPath } from "../form/paths";
import type { FormData } from "../form/schema";
import type { LocatedField, LocateResult } from "../locate/location";
import { joinLines } from "../locate/text";
import { isPlaceholder } from "../extract/extract";
import { trimAll } from "../text/normalize";
import { LINE_BREAK } from "../text/controlChars";
import type { Conflict, EditOp, FillPlan, StructureOp, Unfillable } from "./ops";

/** How many items each list and data table has in the document. */
export function listCounts(located: LocateResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of located.fields) {
    const p = tryParsePath(f.id);
    const item = p && listItemOf(p);
    if (item && f.found) counts.set(item.list, Math.max(counts.get(item.list) ?? 0, item.index + 1));
    if (f.location?.kind === "table") counts.set(f.id, f.location.rows.length);
  }
  return counts;
}

function rowsOfItem(located: LocateResult, list: ListName, index: number): { table: number; first: number; last: number } | null {
  let table = -1;
  let first = Infinity;
  let last = -Infinity;
  for (const f of located.fields) {
    const p = f.found ? tryParsePath(f.id) : null;
    const item = p && listItemOf(p);
    if (!item || item.list !== list || item.index !== index) continue;
    const l = f.location;
    if (l?.kind !== "cell" && l?.kind !== "choice") continue;
    table = l.cell.table;
    first = Math.min(first, l.cell.row);
    last = Math.max(last, l.cell.row);
  }
  return table < 0 ? null : { table, first, last };
}

/** Rows to add so every list item and table row of the data has a place in the document. */
export function planStructure(located: LocateResult, data: FormData): { ops: StructureOp[]; unfillable: Unfillable[] } {
  const ops: StructureOp[] = [];
  const unfillable: Unfillable[] = [];
  const counts = listCounts(located);
  for (const list of LISTS) {
    const want = (data[list] as unknown[] | undefined)?.length ?? 0;
    const have = counts.get(list) ?? 0;
    if (want <= have) continue;
    const rows = have > 0 ? rowsOfItem(located, list, have - 1) : null;
    // Without rows to copy, the items' values stay unplaced and unplacedValues names each of them.
    if (!rows) continue;
    ops.push({ op: "cloneRows", table: rows.table, first: rows.first, last: rows.last, times: want - have });
  }
  for (const id of TABLE_FIELDS) {
    const want = data.tables?.[tableKeyOf(id)]?.length ?? 0;
    const f = located.fields.find((x) => x.id === id);
    if (!f?.found || f.location?.kind !== "table") {
      if (want > 0) unfillable.push({ field: id, reason: f?.reason ?? "找不到表格" });
      continue;
    }
    const have = f.location.rows.length;
    if (want <= have) continue;
    const last = have > 0 ? f.location.rows[have - 1] : f.location.headerRow;
    ops.push({ op: "cloneRows", table: f.location.table, first: last, last, times: want - have });
  }
  // Later rows first, so earlier row numbers stay valid while the batch is applied.
  ops.sort((a, b) => a.table - b.table || b.last - a.last);
  return { ops, unfillable };
}

function valueLines(value: unknown): string[] {
  if (Array.isArray(value)) return [value.join("、")];
  if (typeof value === "number") return [String(value)];
  return String(value ?? "").split("\n");
}

// A manual line break (U+000B, read back as "\n") is the same answer as the line end it was written from.
const normalized = (text: string) => joinLines(text.split(LINE_BREAK).join("\n").split("\n"));

export interface PlanOptions {
  /** Replace different text already in the document: everywhere, or only in the listed fields. */
  overwrite: boolean | readonly string[];
  /** Replace these fields while they still hold this text (FillOptions.replaceIfUnchanged), the template's placeholder too. */
  replaceIfUnchanged?: Readonly<Record<string, string>>;
  /** Plan these fields only (FillOptions.only). */
  only?: readonly string[];
  /** List items and table rows that did not exist before this fill: written without asking. */
  fresh: (path: string) => boolean;
}

/**
 * Compare each answer in the document with the data and plan only the
 * edits that change something: filling twice changes nothing the second
 * time. Different text already in a cell is a conflict unless overwriting.
 */
export function planContent(model: DocModel, located: LocateResult, data: FormData, opts: PlanOptions): FillPlan {
  const ops: EditOp[] = [];
  const conflicts: Conflict[] = [];
  const unfillable: Unfillable[] = [];
  const changed: string[] = [];

  const only = opts.only ? new Set(opts.only) : null;
  const decide = (field: string, currentRaw: string, desired: string): boolean => {
    const expected = opts.replaceIfUnchanged?.[field];
    const unchanged = expected !== undefined && normalized(expected) === normalized(currentRaw);
    const current = isPlaceholder(currentRaw) && !unchanged ? "" : normalized(currentRaw);
    if (current === normalized(desired)) return false;
    const overwrite = unchanged || opts.overwrite === true || (Array.isArray(opts.overwrite) && opts.overwrite.includes(field));
    if (current !== "" && !overwrite && !opts.fresh(field)) {
      conflicts.push({ field, current: currentRaw, proposed: desired });
      return false;
    }
    changed.push(field);
    return true;
  };

  const listValue = (f: LocatedField, path: FieldPath): unknown => {
    const item = listItemOf(path);
    if (!item) return getPath(data, f.id);
    const list = data[item.list] as Record<string, unknown>[] | undefined;
    if (!list) return undefined;
    // Items past the end of the data are emptied: the data says the list is shorter.
    return list[item.index]?.[item.key] ?? (item.index >= list.length ? "" : undefined);
  };

  for (const f of located.fields) {
    if (!f.found || !f.location) continue;
    const path = tryParsePath(f.id);
    if (!path) continue;
    const def = fieldDefOf(path.field);
    const loc = f.location;
    if (loc.kind === "table") {
      const table = path.field as TableFieldId;
      const rows = data.tables?.[tableKeyOf(table)];
      if (!rows) continue;
      const doc = model.tables[loc.table];
      loc.rows.forEach((r, i) => {
        for (const col of tableColumnsOf(table)) {
          const gridCol = loc.columns[col];
          const cell = gridCol === undefined ? undefined : cellAtCol(doc.rows[r], gridCol);
          if (only && !only.has(cellPath(table, i, col))) continue;
          const desired = String((rows[i] as Record<string, string> | undefined)?.[col] ?? "");
          const id = cellPath(table, i, col);
          if (!cell) {
            if (desired) unfillable.push({ field: id, reason: "表格缺少这一列" });
            continue;
          }
          if (decide(id, cellText(cell), desired)) {
            ops.push({ op: "setCell", cell: cell.ref, lines: desired.split("\n"), styleFrom: null });
          }
        }
      });
      continue;
    }
    if (only && !only.has(f.id)) continue;
    const value = listValue(f, path);
    if (value === undefined || def.type === "signature" || def.type === "seal" || def.type === "date") continue;
    if (loc.kind === "choice") {
      const desired = String(value);
      const current = loc.options.filter((o) => o.ticked).map((o) => o.option).join("、");
      if (!decide(f.id, current, desired)) continue;
      for (const o of loc.options) {
        const tick = o.option === desired;
        if (o.ticked === tick) continue;
        if (!o.box) unfillable.push({ field: f.id, reason: `“${o.option}”前没有方框，无法勾选` });
        else ops.push({ op: "setBox", span: o.box, ticked: tick });
      }
      continue;
    }
    const lines = valueLines(value);
    const desired = lines.join("\n");
    if (!decide(f.id, f.text, desired)) continue;
    if (loc.kind === "inline") ops.push({ op: "setSpan", span: loc.span, text: desired });
    else if (loc.kind === "cell") ops.push({ op: "setCell", cell: loc.cell, lines, styleFrom: loc.labelCell });
    else if (loc.kind === "region") {
      ops.push({ op: "setRegion", cell: loc.cell, paragraphs: loc.paragraphs, insertAfter: loc.insertAfter, afterTable: loc.afterTable, lines });
    }
  }
  return { ops, conflicts, unfillable, changed };
}

const hasValue = (v: unknown) =>
  v !== undefined && v !== null && !(typeof v === "string" && trimAll(v) === "") && !(Array.isArray(v) && v.length === 0);
const shownValue = (v: unknown) => (Array.isArray(v) ? v.join("、") : String(v));

/**
 * Every value of the data that has no found place in the document — a field
 * the copy lacks, a choice without boxes, a list item past the rows the copy
 * holds. Fill reports each of them; nothing the user entered is dropped
 * silently. Data tables are reported by planStructure, whole.
 */
export function unplacedValues(located: LocateResult, data: FormData): Unfillable[] {
  const byId = new Map(located.fields.map((f) => [f.id, f]));
  const out: Unfillable[] = [];
  const check = (path: string, value: unknown) => {
    if (!hasValue(value)) return;
    const f = byId.get(path);
    if (f?.found) return;
    out.push({ field: path, reason: f?.reason ?? "文档中没有这一项的填写位置", value: shownValue(value) });
  };
  for (const def of FIELDS) {
    if (def.type === "table" || def.type === "signature" || def.type === "seal" || def.type === "date") continue;
    const inList = listFieldOf(def.id);
    if (!inList) {
      check(def.id, getPath(data, def.id));
      continue;
    }
    const items = data[inList.list];
    if (Array.isArray(items)) items.forEach((item: unknown, i) => check(formatPath({ field: def.id, index: i }), getPath(item, inList.key)));
  }
  return out;
}
