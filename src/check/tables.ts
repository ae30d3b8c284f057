import { cellAtCol, cellText, DocCell } from "../document/model";
import { tableColumnsOf, type TableColumnKey, type TableFieldId } from "../form/fields";
import { cellAnswer } from "../locate/text";
import { foldText } from "../text/normalize";
import type { CheckContext } from "./context";
import { isBlank, isNone } from "./text";

export interface TableCell {
  /** The answer as extract reads it. */
  text: string;
  cell: DocCell;
}

export interface TableRow {
  /** Position among the table's data rows: `tables.layout[i]`, 第 i+1 行 in messages. */
  index: number;
  cells: Partial<Record<TableColumnKey, TableCell>>;
}

export interface ReadTable {
  /** The document table and its header row, for headers that state a unit. */
  table: number;
  headerRow: number;
  columns: Record<string, number>;
  /** Rows with an answer: spare empty rows, rows answered only “无” and total rows (合计) are left out. */
  rows: TableRow[];
  /** A row says only “无”: the table is answered, with nothing to list. */
  answeredNone: boolean;
}

const TOTAL_ROW = /^(?:合计|小计|总计|共计)/u;

/** A located data table's rows with content; null when the table was not found. */
export function answeredRows(ctx: CheckContext, id: TableFieldId): ReadTable | null {
  const f = ctx.field(id);
  const loc = f?.location;
  if (!f?.found || loc?.kind !== "table") return null;
  const table = ctx.model.tables[loc.table];
  const keys = tableColumnsOf(id).filter((k) => loc.columns[k] !== undefined);
  const rows: TableRow[] = [];
  let answeredNone = false;
  loc.rows.forEach((r, index) => {
    const row = table.rows[r];
    const cells: Partial<Record<TableColumnKey, TableCell>> = {};
    for (const k of keys) {
      const cell = cellAtCol(row, loc.columns[k]);
      if (cell) cells[k] = { text: cellAnswer(cell), cell };
    }
    const filled = Object.values(cells).filter((c) => c && !isBlank(c.text));
    // A row that sums the others up (合计, 小计) is not an item, and its empty cells are not missing answers.
    if (filled.length === 0 || TOTAL_ROW.test(foldText(filled[0]!.text))) return;
    if (filled.every((c) => isNone(c!.text))) answeredNone = true;
    else rows.push({ index, cells });
  });
  return { table: loc.table, headerRow: loc.headerRow, columns: loc.columns, rows, answeredNone };
}

/** The header text above one column (the header cell, for units written there). */
export function headerText(ctx: CheckContext, t: ReadTable, column: string): string {
  const row = ctx.model.tables[t.table]?.rows[t.headerRow];
  const col = t.columns[column];
  const cell = row && col !== undefined ? cellAtCol(row, col) : undefined;
  return cell ? cellText(cell) : "";
}
