import { cellAtCol, cellText } from "../../document/model";
import { DATA_TABLES } from "../../form/layout";
import { cellPath, columnPattern } from "../../form/paths";
import { CheckContext, cellTargetOf, finding, findingLabel, Rule } from "../context";
import type { Finding } from "../finding";
import { answeredRows, ReadTable } from "../tables";
import { isBlank, isNone, quote } from "../text";

/** The money columns of the data tables: every header that says 经费. */
const MONEY_COLUMNS = DATA_TABLES.flatMap((t) =>
  t.columns.filter((c) => c.header.some((h) => h.includes("经费"))).map((c) => ({ table: t.field, column: c.key })),
);

/**
 * A unit or currency written with an amount: 万元, 元, 美元, 万美元, 欧元, 人民币,
 * RMB, USD, ￥, $ … and a bare 万/亿 (50万 is read as 50万元 by every reviewer).
 */
const UNIT = /[万亿]|元|人民币|卢布|坚戈|英镑|法郎|rmb|cny|usd|eur|[$¥€£]/iu;

/** The nearest paragraph with text before (step -1) or after (step 1) a table. */
function nearestText(ctx: CheckContext, from: number, step: 1 | -1): string {
  for (let i = from; i >= 0 && i < ctx.model.paragraphs.length && Math.abs(i - from) < 3; i += step) {
    const text = ctx.model.paragraphs[i].text.trim();
    if (text) return text;
  }
  return "";
}

/**
 * Where a form states the unit once for all rows: the money column's header
 * cell (经费投入（万元）), a note in the header or title rows, the caption
 * above the table or a note below it (单位：万元).
 */
function headerUnit(ctx: CheckContext, t: ReadTable, column: string): boolean {
  const table = ctx.model.tables[t.table];
  if (!table) return false;
  const header = table.rows[t.headerRow];
  const col = t.columns[column];
  const cell = header && col !== undefined ? cellAtCol(header, col) : undefined;
  if (cell && UNIT.test(cellText(cell).normalize("NFKC"))) return true;
  const note = (text: string) => /单位/.test(text) && UNIT.test(text.normalize("NFKC"));
  if (table.rows.slice(0, t.headerRow + 1).some((r) => r.cells.some((c) => note(cellText(c))))) return true;
  const [first, end] = table.paragraphRange;
  return note(nearestText(ctx, first - 1, -1)) || note(nearestText(ctx, end, 1));
}

/**
 * currencyUnit — 填表说明 4: 经费单位统一为人民币（境内）或美元（境外). Every 经费
 * cell of the data tables that holds a number names its unit, or sits under
 * a header (or a table caption) that does. Cells without a digit (“自筹”)
 * and “无” are not amounts; empty cells are required's.
 */
export const currencyUnit: Rule = {
  id: "currencyUnit",
  fields: MONEY_COLUMNS.map((c) => columnPattern(c.table, c.column)),
  check(ctx) {
    const out: Finding[] = [];
    for (const { table, column } of MONEY_COLUMNS) {
      const t = answeredRows(ctx, table);
      if (!t || headerUnit(ctx, t, column)) continue;
      for (const row of t.rows) {
        const cell = row.cells[column];
        if (!cell || isBlank(cell.text) || isNone(cell.text)) continue;
        const text = cell.text.normalize("NFKC");
        if (!/\d/.test(text) || UNIT.test(text)) continue;
        const id = cellPath(table, row.index, column);
        out.push(
          finding(
            id,
            "currencyUnit",
            "warning",
            `“${findingLabel(id)}”只写了数字（${quote(cell.text)}），没有写明单位。填表说明要求经费以人民币（境内）或美元（境外）计，请写明单位，如“500万元（财政400+自筹100）”或“50万美元”。`,
            cellTargetOf(cell.cell),
          ),
        );
      }
    }
    return out;
  },
};
