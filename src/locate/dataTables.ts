import { cellAtCol, cellParagraphs, cellText, DocModel, DocTable } from "../document/model";
import { DATA_TABLES, INDICATOR_HEADERS, INDICATORS, type Label } from "../form/layout";
import { labelKey } from "../text/normalize";
import type { LocatedField, Location } from "./location";
import { cellAnswer, cellLabelKey, joinLines } from "./text";

interface HeaderMatch {
  table: DocTable;
  headerRow: number;
  columns: Record<string, number>;
  matched: number;
}

const HEADER_ROWS_SEARCHED = 3;

function matchHeader(table: DocTable, columns: readonly { key: string; header: Label }[]): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  table.rows.slice(0, HEADER_ROWS_SEARCHED).forEach((row, r) => {
    const found: Record<string, number> = {};
    for (const col of columns) {
      const keys = col.header.map(labelKey);
      const cell = row.cells.find((c) => keys.includes(cellLabelKey(c)));
      if (cell) found[col.key] = cell.ref.col;
    }
    const matched = Object.keys(found).length;
    if (!best || matched > best.matched) best = { table, headerRow: r, columns: found, matched };
  });
  return best;
}

/** Data tables are found by their header row, wherever they sit and however many rows were added. */
export function locateDataTables(model: DocModel): Map<string, HeaderMatch> {
  const out = new Map<string, HeaderMatch>();
  for (const spec of DATA_TABLES) {
    let best: HeaderMatch | null = null;
    for (const t of model.tables) {
      const m = matchHeader(t, spec.columns);
      if (m && (!best || m.matched > best.matched)) best = m;
    }
    const needed = Math.max(2, spec.columns.length - 1);
    if (best && best.matched >= needed) out.set(spec.field, best);
  }
  return out;
}

export function tableRowsText(m: HeaderMatch): string {
  const lines: string[] = [];
  for (const row of m.table.rows.slice(m.headerRow + 1)) {
    const cells = Object.values(m.columns).map((col) => {
      const c = cellAtCol(row, col);
      return c ? cellText(c).replace(/\n/g, " ") : "";
    });
    if (cells.some((c) => c.trim() !== "")) lines.push(cells.join(" | "));
  }
  return joinLines(lines);
}

export function dataTableFields(model: DocModel): { fields: LocatedField[]; matches: Map<string, HeaderMatch> } {
  const matches = locateDataTables(model);
  const fields = DATA_TABLES.map((spec): LocatedField => {
    const m = matches.get(spec.field);
    if (!m) return { id: spec.field, found: false, text: "", reason: `找不到表头为“${spec.columns.map((c) => c.header[0]).join(" | ")}”的表格` };
    const location: Location = {
      kind: "table",
      table: m.table.index,
      headerRow: m.headerRow,
      columns: m.columns,
      rows: m.table.rows.slice(m.headerRow + 1).map((r) => r.index),
    };
    return { id: spec.field, found: true, text: tableRowsText(m), location };
  });
  return { fields, matches };
}

/** 考核指标: the row whose first cell names the indicator; the answer is its 设置情况 cell. */
export function locateIndicators(model: DocModel): LocatedField[] {
  const spec = [
    { key: "type", header: INDICATOR_HEADERS.type },
    { key: "indicator", header: INDICATOR_HEADERS.indicator },
    { key: "value", header: INDICATOR_HEADERS.value },
  ];
  let best: HeaderMatch | null = null;
  for (const t of model.tables) {
    const m = matchHeader(t, spec);
    if (m && m.columns.value !== undefined && m.columns.indicator !== undefined && (!best || m.matched > best.matched)) best = m;
  }
  return INDICATORS.map(({ field, label }): LocatedField => {
    if (!best) return { id: field, found: false, text: "", reason: "找不到“类型 | 考核指标 | 设置情况”考核指标表" };
    const keys = label.map(labelKey);
    const row = best.table.rows.slice(best.headerRow + 1).find((r) => r.cells.length > 0 && keys.includes(cellLabelKey(r.cells[0])));
    const cell = row ? cellAtCol(row, best.columns.value) : undefined;
    if (!row || !cell) return { id: field, found: false, text: "", reason: `考核指标表中找不到“${label[0]}”一行` };
    const paragraphs = cellParagraphs(cell).map((p) => p.index);
    return {
      id: field,
      found: true,
      text: cellAnswer(cell),
      location: { kind: "cell", cell: cell.ref, paragraphs, labelCell: row.cells[0].ref },
    };
  });
}
