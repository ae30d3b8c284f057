import { fieldDefOf, SECTIONS } from "./fields";
import { DATA_TABLES } from "./layout";
import { fieldsUnder, lastIndex, nearestField, tryParsePath, type FieldPath } from "./paths";

/**
 * How a table row is named: "inline" after the table's name ("二（二）国别布局表（第2行）/合作国别",
 * the pane and data errors), "levels" as one more level of the label ("二（二）国别布局 表格/第2行/合作国别",
 * the check report, whose messages quote the last level).
 */
export type RowStyle = "inline" | "levels";

/** The last level of a label, the words printed beside the answer: "联合实验室主任/中方主任/电话" → "电话". */
export function lastLevel(label: string): string {
  return label.slice(label.lastIndexOf("/") + 1);
}

function fieldPathLabel(p: FieldPath, rows: RowStyle): string {
  const def = fieldDefOf(p.field);
  if (p.index === undefined) return def.label;
  const n = p.index + 1;
  if (def.type === "table") {
    const column = p.column && DATA_TABLES.find((t) => t.field === p.field)?.columns.find((c) => c.key === p.column)?.header[0];
    if (rows === "levels") return [def.label, `第${n}行`, ...(column ? [column] : [])].join("/");
    return `${def.label.replace(/\s*表格$/, "表")}（第${n}行）${column ? `/${column}` : ""}`;
  }
  if (def.type === "list") return `${def.label}（第${n}项）`;
  // A field of a list item: the item is the level above the field's own label.
  const parts = def.label.split("/");
  const item = Math.max(parts.length - 2, 0);
  parts[item] = `${parts[item]}（第${n}项）`;
  return parts.join("/");
}

/** A group of fields (`staff[1]`, `stats.rnd`, `basic`): the labels of the fields inside, up to where they differ, else the section. */
function groupLabel(path: string): string {
  const inside = fieldsUnder(path);
  if (inside.length === 0) return path;
  const split = inside.map((d) => d.label.split("/"));
  const common: string[] = [];
  for (let i = 0; split.every((p) => p.length > i + 1 && p[i] === split[0][i]); i++) common.push(split[0][i]);
  if (common.length === 0) return SECTIONS[inside[0].section];
  const item = lastIndex(path);
  if (item !== undefined) common[common.length - 1] += `（第${item + 1}项）`;
  return common.join("/");
}

/**
 * The Chinese name of any place in the form data, for every message a user
 * reads: a field by its printed label, a list item, a data-table row or cell
 * by table, row and column header, a group by what its fields share; a key
 * the form does not have under a field, after the field's label.
 */
export function pathLabel(path: string, rows: RowStyle = "inline"): string {
  if (path === "") return "整个文件";
  const p = tryParsePath(path);
  if (p) return fieldPathLabel(p, rows);
  const near = nearestField(path);
  if (near) return `${fieldPathLabel(near.field, rows)}（${near.rest}）`;
  return groupLabel(path);
}
