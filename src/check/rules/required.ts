import { FIELDS, tableColumnsOf, type TableFieldId } from "../../form/fields";
import { cellPath, fieldDef } from "../../form/paths";
import { answerTarget, cellTargetOf, CheckContext, finding, findingLabel, matchesField, Rule } from "../context";
import type { Finding } from "../finding";
import { answeredRows } from "../tables";
import { isBlank, isNone, PLACEHOLDER_PATTERNS, findPlaceholders } from "../text";

/**
 * required — FORM.md §3: every field, narrative and indicator must be answered;
 * “无” is an answer (填表说明 11). Choices decided here:
 *
 * - A field the locator could not find at all gets exactly one finding, from
 *   this rule, severity error, location null, with the locator's reason: the
 *   check never guesses where an answer might be, and no other rule looks at it.
 * - Choices (类型, 性质) are left to singleChoice, signatures/seals/dates to their
 *   own rules; the two 审核意见 opinions are written in the same review step as
 *   the signatures, so like them they are warnings while filling and errors in
 *   the final check.
 * - A cell still holding only the template placeholder is reported by
 *   placeholder, not twice.
 * - Data tables must have at least one row with content; a row saying “无”
 *   satisfies that. In a row with content every column must be filled; empty
 *   rows (spares the template or the user added) are ignored.
 * - List items (专职人员, 参与单位): spare empty rows and items answered “无”
 *   are skipped (CheckContext.skipped); a partly filled item must be completed.
 */
const ALL_FIELDS = FIELDS.map((d) => d.id);

export const required: Rule = {
  id: "required",
  fields: ALL_FIELDS,
  check(ctx) {
    const out: Finding[] = [];
    for (const f of ctx.located.fields) {
      if (!matchesField(ALL_FIELDS, f.id) || ctx.skipped(f.id)) continue;
      const def = fieldDef(f.id);
      if (!def) continue;
      const label = findingLabel(f.id);
      if (!f.found) {
        out.push(finding(f.id, "required", "error", `找不到“${label}”：${f.reason ?? "文档中没有这一项"}。请对照申报书模板恢复该项后再检查。`, null));
        continue;
      }
      if (def.type === "choice" || def.type === "signature" || def.type === "seal" || def.type === "date") continue;
      if (def.type === "table") {
        out.push(...tableRequired(ctx, f.id as TableFieldId));
        continue;
      }
      if (!isBlank(f.text) || isNone(f.text)) continue;
      // Only the placeholder left: placeholder says it, with the fix.
      if (findPlaceholders(f.text, PLACEHOLDER_PATTERNS).length > 0) continue;
      if (def.section === "sign") {
        const severity = ctx.final ? "error" : "warning";
        out.push(finding(f.id, "required", severity, `“${label}”尚未填写，需由该单位审核后填写意见${ctx.final ? "，提交前必须补齐" : ""}。`, answerTarget(ctx.model, f)));
        continue;
      }
      out.push(finding(f.id, "required", "error", `“${label}”未填写。请填写；如确无相关内容，请填写“无”。`, answerTarget(ctx.model, f)));
    }
    return out;
  },
};

function tableRequired(ctx: CheckContext, id: TableFieldId): Finding[] {
  const f = ctx.field(id);
  const t = answeredRows(ctx, id);
  if (!f || !t) return [];
  const out: Finding[] = [];
  for (const row of t.rows) {
    for (const column of tableColumnsOf(id)) {
      const c = row.cells[column];
      if (!c || !isBlank(c.text)) continue;
      const cellId = cellPath(id, row.index, column);
      out.push(finding(cellId, "required", "error", `“${findingLabel(cellId)}”未填写：这一行已有内容，请补全；如无，请填写“无”。`, cellTargetOf(c.cell)));
    }
  }
  if (t.rows.length === 0 && !t.answeredNone) {
    out.unshift(finding(id, "required", "error", `“${findingLabel(id)}”没有填写任何一行。请逐行填写；如无相关内容，请在第一行填写“无”。`, answerTarget(ctx.model, f)));
  }
  return out;
}
