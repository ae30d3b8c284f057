import { lastLevel } from "../form/labels";
import { cellParagraphs, DocCell, DocModel, DocTable } from "../document/model";
import { fieldDef, LISTS } from "../form/paths";
import { findBasicTables, scanBasicTables } from "./basicTable";
import { locateChoice, tickedOptions } from "./choice";
import type { LocatedField } from "./location";
import { cellAnswer } from "./text";

/**
 * A choice's answer place is the cell with its boxes: the cell the scan
 * found, or the first one after it in the same row that has them (a copy may
 * leave an unmarked filler cell between label and options). None: null.
 */
function choiceCell(tables: DocTable[], cell: DocCell, options: readonly string[]) {
  const row = tables.find((t) => t.index === cell.ref.table)?.rows[cell.ref.row];
  const after = row ? row.cells.filter((c) => c.ref.col >= cell.ref.col) : [cell];
  for (const c of after) {
    const loc = locateChoice(c, options);
    if (loc.options.some((o) => o.box !== null)) return loc;
  }
  return null;
}

/** Fields of 一、基本信息 as located fields: cells, and choices for 类型 and 性质. */
export function locateBasicFields(model: DocModel): { fields: LocatedField[]; table: number | null; reasons: Map<string, string> } {
  const reasons = new Map<string, string>();
  const tables = findBasicTables(model);
  if (tables.length === 0) {
    for (const list of LISTS) reasons.set(list, "找不到“一、基本信息”表格");
    return { fields: [], table: null, reasons };
  }
  const scan = scanBasicTables(tables);
  const fields: LocatedField[] = [];
  for (const a of scan.answers) {
    const def = fieldDef(a.path);
    if (!def) continue;
    if (def.type === "choice" && def.options) {
      const loc = choiceCell(tables, a.cell, def.options);
      if (!loc) {
        // Without boxes there is nothing to tick and nothing ticked to read: not a place for this answer.
        const label = lastLevel(def.label);
        fields.push({ id: a.path, found: false, text: "", reason: `“${label}”一栏中没有可勾选的方框（□），无法勾选或读取选项` });
        continue;
      }
      fields.push({ id: a.path, found: true, text: tickedOptions(loc).join("、"), location: loc });
    } else {
      fields.push({
        id: a.path,
        found: true,
        text: cellAnswer(a.cell),
        location: { kind: "cell", cell: a.cell.ref, paragraphs: cellParagraphs(a.cell).map((p) => p.index), labelCell: a.labelCell.ref },
      });
    }
  }
  for (const o of scan.orphans) {
    if (!fields.some((f) => f.id === o.path)) fields.push({ id: o.path, found: false, text: "", reason: "标签右侧没有填写栏" });
  }
  return { fields, table: tables[0].index, reasons };
}
