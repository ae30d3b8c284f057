import type { DocCell, DocModel } from "../document/model";
import { findCell, allCellParagraphs } from "../document/model";
import type { TableColumnKey, TableFieldId } from "../form/fields";
import { lastLevel, pathLabel } from "../form/labels";
import { childPath, listItemOf, patternsMatcher, tryParsePath, type FieldPattern } from "../form/paths";
import type { FormData } from "../form/schema";
import type { LocatedField, LocateResult } from "../locate/location";
import type { Finding, FindingFix, MarkTarget, RuleId, Severity } from "./finding";
import { isNone, isBlank } from "./text";

/** What every rule sees: the document, where each answer is, and the answers as form data. */
export interface CheckContext {
  model: DocModel;
  located: LocateResult;
  data: FormData;
  /** The final check before submission: missing signatures, seals, dates and opinions are errors. */
  final: boolean;
  field(id: string): LocatedField | undefined;
  /**
   * True for a list item the rules leave alone: a spare empty row
   * (表格可自行添加行 — the template ships three 专职人员 rows, one may use two)
   * or an item answered with “无”.
   */
  skipped(id: string): boolean;
}

/**
 * A rule of FORM.md §3. `fields` declares where it applies, as FORM.md
 * writes field ids: exact ids, `staff[].phone` for every list item, and `*`
 * for "one or more keys" (`*.email`, `stats.*`). `check` returns findings for
 * those fields only.
 */
export interface Rule {
  id: RuleId;
  fields: readonly FieldPattern[];
  check(ctx: CheckContext): Finding[];
}

// One matcher per rule's list of patterns (the lists are the rules' own constants).
const matchers = new WeakMap<readonly FieldPattern[], (id: string) => boolean>();

export function matchesField(patterns: readonly FieldPattern[], id: string): boolean {
  let m = matchers.get(patterns);
  if (!m) matchers.set(patterns, (m = patternsMatcher(patterns)));
  return m(id);
}

/** Located fields a rule applies to, found in the document and not in a skipped list item. */
export function fieldsOf(ctx: CheckContext, patterns: readonly FieldPattern[]): LocatedField[] {
  return ctx.located.fields.filter((f) => f.found && matchesField(patterns, f.id) && !ctx.skipped(f.id));
}

/** `staff[1].phone` → `staff[1]`; null for a field outside any list item. */
function itemOf(id: string): { list: string; index: number } | null {
  const p = tryParsePath(id);
  return p && listItemOf(p);
}

/** Compute, once per check, which list items are spare rows or answered “无”. */
export function listItemSkips(located: LocateResult): Set<string> {
  const items = new Map<string, Map<number, LocatedField[]>>();
  for (const f of located.fields) {
    const item = itemOf(f.id);
    if (!item) continue;
    const list = items.get(item.list) ?? new Map<number, LocatedField[]>();
    items.set(item.list, list);
    const fields = list.get(item.index) ?? [];
    fields.push(f);
    list.set(item.index, fields);
  }
  const skipped = new Set<string>();
  for (const [list, byIndex] of items) {
    const state = new Map<number, "empty" | "none" | "filled">();
    for (const [i, fields] of byIndex) {
      const texts = fields.filter((f) => f.found).map((f) => f.text);
      const filled = texts.filter((t) => !isBlank(t));
      state.set(i, filled.length === 0 ? "empty" : filled.every(isNone) ? "none" : "filled");
    }
    const anyAnswered = [...state.values()].some((s) => s !== "empty");
    for (const [i, s] of state) {
      // An all-empty list keeps its first item, so the user is told to fill it (or write 无).
      if (s === "none" || (s === "empty" && (anyAnswered || i !== Math.min(...state.keys())))) skipped.add(childPath(list, i));
    }
  }
  return skipped;
}

export function makeContext(model: DocModel, located: LocateResult, data: FormData, final: boolean): CheckContext {
  const byId = new Map(located.fields.map((f) => [f.id, f]));
  const skips = listItemSkips(located);
  return {
    model,
    located,
    data,
    final,
    field: (id) => byId.get(id),
    skipped: (id) => {
      const item = itemOf(id);
      return item !== null && skips.has(childPath(item.list, item.index));
    },
  };
}

// ---------------------------------------------------------------------------
// Labels

/** `tables.layout[1].country` → table field, row index, column key; null for any other path. */
export function tableCellId(id: string): { table: TableFieldId; row: number; column: TableColumnKey } | null {
  const p = tryParsePath(id);
  return p?.column !== undefined ? { table: p.field as TableFieldId, row: p.index, column: p.column } : null;
}

/** Chinese label of any field id a finding can carry; a data-table cell is table/row/column ("…表格/第2行/合作国别"). */
export function findingLabel(id: string): string {
  return pathLabel(id, "levels");
}

/** The last part of a label, for messages: "联合实验室主任/中方主任/电话" → "电话". */
export function shortLabel(id: string): string {
  return lastLevel(findingLabel(id));
}

// ---------------------------------------------------------------------------
// Locations

function paragraphsTarget(paragraphs: number[]): MarkTarget | null {
  return paragraphs.length > 0 ? { kind: "paragraphs", paragraphs } : null;
}

/** Shade a whole table cell (a data-table answer). */
export function cellTargetOf(cell: DocCell): MarkTarget {
  return { kind: "cell", cell: cell.ref, paragraphs: allCellParagraphs(cell).map((p) => p.index) };
}

function cellTarget(model: DocModel, ref: { table: number; row: number; col: number }): MarkTarget | null {
  const cell = findCell(model, ref);
  return cell ? cellTargetOf(cell) : null;
}

/**
 * Where to mark a finding about the whole answer of a located field:
 * a cell answer → its cell; a cover line → the answer text (the whole line when
 * empty); a choice → its cell; a narrative → its paragraphs (the instruction
 * paragraph it follows when it has none); a data table → the cells of its first
 * data row (the header when it has none); a signature spot → its paragraph.
 */
export function answerTarget(model: DocModel, f: LocatedField): MarkTarget | null {
  const loc = f.location;
  if (!loc) return null;
  switch (loc.kind) {
    case "inline": {
      const text = model.paragraphs[loc.span.paragraph]?.text ?? "";
      const answer = text.slice(loc.span.start, loc.span.end);
      const lead = answer.length - answer.replace(/^[\s\u00a0\u3000_＿]+/, "").length;
      const trail = answer.length - answer.replace(/[\s\u00a0\u3000_＿]+$/, "").length;
      if (lead + trail >= answer.length) return { kind: "paragraphs", paragraphs: [loc.span.paragraph] };
      return {
        kind: "range",
        start: { paragraph: loc.span.paragraph, offset: loc.span.start + lead },
        end: { paragraph: loc.span.paragraph, offset: loc.span.end - trail },
      };
    }
    case "cell":
    case "choice":
      return { kind: "cell", cell: loc.cell, paragraphs: loc.paragraphs };
    case "region":
      return (
        paragraphsTarget(loc.paragraphs) ??
        (loc.insertAfter !== null ? paragraphsTarget([loc.insertAfter]) : null) ??
        (loc.cell ? cellTarget(model, loc.cell) : null)
      );
    case "table": {
      const table = model.tables[loc.table];
      const row = table?.rows[loc.rows.length > 0 ? loc.rows[0] : loc.headerRow];
      if (!row) return null;
      return paragraphsTarget(row.cells.flatMap((c) => allCellParagraphs(c).map((p) => p.index)));
    }
    case "mark":
      return { kind: "paragraphs", paragraphs: [loc.span.paragraph] };
  }
}

export function finding(field: string, rule: RuleId, severity: Severity, message: string, location: MarkTarget | null, fix?: FindingFix | null): Finding {
  return fix ? { field, rule, severity, message, location, fix } : { field, rule, severity, message, location };
}

/** A replace fix, or none when it would change nothing. */
export const replaceFix = (from: string, to: string | null): FindingFix | null => (to !== null && to !== from ? { kind: "replace", from, to } : null);
