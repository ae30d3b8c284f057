import { DATA_TABLES } from "../../form/layout";
import { cellPath, columnPattern } from "../../form/paths";
import { formatDate, periodEnd, pointStart, readTimes, yearsBefore } from "../../text/dates";
import { CheckContext, cellTargetOf, finding, findingLabel, Rule } from "../context";
import type { Finding } from "../finding";
import { answeredRows } from "../tables";
import { isBlank, isNone, quote } from "../text";

export interface FormDate {
  date: Date;
  /** Read from the cover's 日期 line; false: today, because the cover has no readable date. */
  fromCover: boolean;
}

/**
 * The date the form is made on, for "近5年": the cover's 日期 (its first
 * moment, so a date given as a year or a month is never later than meant),
 * else today.
 */
export function formDate(ctx: CheckContext, today: Date = new Date()): FormDate {
  const f = ctx.field("cover.date");
  const p = f?.found ? readTimes(f.text).points[0] : undefined;
  if (p) return { date: pointStart(p), fromCover: true };
  return { date: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())), fromCover: false };
}

/** The columns whose header asks for a time: 时间, 执行时间, and 国别布局's “协议名称、时间、有效期及主要内容”. */
const TIME_COLUMNS = DATA_TABLES.flatMap((t) =>
  t.columns.filter((c) => c.header.some((h) => h.includes("时间"))).map((c) => ({ table: t.field, column: c.key, agreement: c.header.some((h) => h.includes("有效期")) })),
);

/** The form asks for the last 5 years (近5年, 5年内). */
const YEARS = 5;

/**
 * timeNoted — 填表说明 5: 国际科技合作的经费、项目、人才、成果等请注明时间. Every
 * answered row of a table with a time column has a year, a date or a period
 * there (至今 and 长期有效 are periods); a row whose period ended more than 5
 * years before the form's date is outside 近5年. An agreement signed at a date
 * with no stated validity may still be in force, so only its stated or
 * computed end (有效期5年) is compared. An empty time cell is required's.
 */
export const timeNoted: Rule = {
  id: "timeNoted",
  fields: TIME_COLUMNS.map((c) => columnPattern(c.table, c.column)),
  check(ctx) {
    const out: Finding[] = [];
    const when = formDate(ctx);
    const cutoff = yearsBefore(when.date, YEARS);
    const scope = `近${YEARS}年（${when.fromCover ? "申报日期" : "今天，封面日期未填写"}${formatDate(when.date, "day")}前${YEARS}年内，即${formatDate(cutoff, "day")}以后）`;
    for (const { table, column, agreement } of TIME_COLUMNS) {
      for (const row of answeredRows(ctx, table)?.rows ?? []) {
        const cell = row.cells[column];
        if (!cell || isBlank(cell.text) || isNone(cell.text)) continue;
        const id = cellPath(table, row.index, column);
        const label = findingLabel(id);
        const r = readTimes(cell.text);
        if (r.points.length === 0 && !r.ongoing) {
          const what = agreement ? "没有写明协议的签署时间" : "没有写明时间";
          out.push(finding(id, "timeNoted", "warning", `“${label}”${what}（${quote(cell.text)}）。填表说明要求注明时间，请写明年份，如“2023年5月”“2021.3—2024.2”或“2022年至今”。`, cellTargetOf(cell.cell)));
          continue;
        }
        const end = agreement && r.points.length < 2 && r.validityYears === null ? null : periodEnd(r);
        if (!(end instanceof Date) || end >= cutoff) continue;
        const what = agreement
          ? `中的协议有效期已于${formatDate(end)}结束`
          : r.points.length === 1 && r.validityYears === null
            ? `为${quote(cell.text)}`
            : `${quote(cell.text)}已于${formatDate(end)}结束`;
        out.push(
          finding(id, "timeNoted", "warning", `“${label}”${what}，不在${scope}的范围内。请核对时间，或删去这一行。`, cellTargetOf(cell.cell)),
        );
      }
    }
    return out;
  },
};
