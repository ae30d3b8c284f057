import { allCellParagraphs, cellAtCol, cellText } from "../../document/model";
import { isPlaceholder } from "../../extract/extract";
import { tableColumnsOf, type FieldId, type TableFieldId } from "../../form/fields";
import { cellPath } from "../../form/paths";
import type { LocatedField } from "../../locate/location";
import { answerText, joinLines } from "../../locate/text";
import { answerTarget, CheckContext, fieldsOf, finding, findingLabel, replaceFix, Rule } from "../context";
import type { Finding, MarkTarget } from "../finding";
import { findPlaceholders, LAB_NAME_FRAGMENTS, Occurrence, PLACEHOLDER_PATTERNS, PlaceholderSpec, stripPlaceholders } from "../text";

const LAB_NAMES = new Set<string>(["basic.labName", "cover.labName"] satisfies FieldId[]);

/**
 * placeholder — the template's sample text is still in an answer. Extract
 * reads a cell holding only the placeholder as empty, so this rule reads the
 * located text and the paragraphs themselves. A cell that is nothing but the
 * placeholder is marked as a whole; a placeholder left next to the user's own
 * text is marked exactly (a range), so it can be deleted. Lab names are also
 * searched for pieces of their placeholder (XXX, （重点合作国）, （具体领域）).
 * Every text answer is searched (FORM.md: "any cell"), data-table cells included.
 * The fix is certain: the answer with every piece of sample text cut out (empty when
 * it was nothing else).
 */
export const placeholder: Rule = {
  id: "placeholder",
  fields: ["*"],
  check(ctx) {
    const out: Finding[] = [];
    for (const f of fieldsOf(ctx, placeholder.fields)) {
      const loc = f.location;
      if (!loc) continue;
      if (loc.kind === "table") {
        out.push(...tableCells(ctx, f));
        continue;
      }
      if (loc.kind !== "inline" && loc.kind !== "cell" && loc.kind !== "region") continue;
      const specs = LAB_NAMES.has(f.id) ? [...PLACEHOLDER_PATTERNS, ...LAB_NAME_FRAGMENTS] : PLACEHOLDER_PATTERNS;
      const label = findingLabel(f.id);
      if (isPlaceholder(f.text)) {
        out.push(finding(f.id, "placeholder", "error", wholeMessage(f.id, label, f.text), answerTarget(ctx.model, f), replaceFix(f.text, "")));
        continue;
      }
      const paragraphs =
        loc.kind === "inline"
          ? [{ index: loc.span.paragraph, from: loc.span.start, to: loc.span.end }]
          : loc.paragraphs.map((i) => ({ index: i, from: 0, to: Infinity }));
      const hit = firstOccurrence(ctx, paragraphs, specs);
      if (hit) {
        const rest = stripPlaceholders(f.text, specs);
        const fix = replaceFix(f.text, loc.kind === "inline" ? answerText(rest) : joinLines(rest.split("\n")));
        out.push(finding(f.id, "placeholder", "error", partMessage(label, hit.occurrence.spec), hit.target, fix));
      }
    }
    return out;
  },
};

function firstOccurrence(
  ctx: CheckContext,
  paragraphs: { index: number; from: number; to: number }[],
  specs: readonly PlaceholderSpec[],
): { occurrence: Occurrence; target: MarkTarget } | null {
  for (const p of paragraphs) {
    const text = ctx.model.paragraphs[p.index]?.text ?? "";
    const part = text.slice(p.from, Math.min(text.length, p.to));
    const found = findPlaceholders(part, specs)[0];
    if (found) {
      return {
        occurrence: found,
        target: { kind: "range", start: { paragraph: p.index, offset: p.from + found.start }, end: { paragraph: p.index, offset: p.from + found.end } },
      };
    }
  }
  return null;
}

function wholeMessage(id: string, label: string, text: string): string {
  if (LAB_NAMES.has(id)) {
    return `“${label}”仍是模板示例文字“${text.trim()}”。请按“中国—重点合作国+具体领域+“一带一路”联合实验室”填写实际名称，如“中国—哈萨克斯坦干旱区生态农业“一带一路”联合实验室”。`;
  }
  return `“${label}”仍是模板提示文字“${text.trim()}”。请删除提示并填写实际内容；如无，请填写“无”。`;
}

function partMessage(label: string, spec: PlaceholderSpec): string {
  return `“${label}”中仍留有模板示例文字“${spec.text}”（已标出），请删除或替换为实际内容。`;
}

function tableCells(ctx: CheckContext, f: LocatedField): Finding[] {
  const loc = f.location;
  if (loc?.kind !== "table") return [];
  const table = ctx.model.tables[loc.table];
  const out: Finding[] = [];
  loc.rows.forEach((r, i) => {
    for (const column of tableColumnsOf(f.id as TableFieldId)) {
      const col = loc.columns[column];
      const cell = col === undefined ? undefined : cellAtCol(table.rows[r], col);
      if (!cell) continue;
      const paragraphs = allCellParagraphs(cell).map((p) => ({ index: p.index, from: 0, to: Infinity }));
      const hit = firstOccurrence(ctx, paragraphs, PLACEHOLDER_PATTERNS);
      if (!hit) continue;
      const id = cellPath(f.id as TableFieldId, i, column);
      // Compared by fill with the cell's whole text, as here.
      const text = cellText(cell);
      const fix = replaceFix(text, joinLines(stripPlaceholders(text).split("\n")));
      out.push(finding(id, "placeholder", "error", partMessage(findingLabel(id), hit.occurrence.spec), hit.target, fix));
    }
  });
  return out;
}
