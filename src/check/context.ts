import type { DocCell, DocModel } from "../document/model";
import { findCell, allCellParagraphs } from "../document/model";
import { DATA_TABLES } from "../form/layout";
import { fieldDef, fieldLabel, SectionId } from "../form/fields";
import type { FormData } from "../form/schema";
import type { LocatedField, LocateResult } from "../locate/location";
import type { Finding, MarkTarget, RuleId, Severity } from "./finding";
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
  fields: readonly string[];
  check(ctx: CheckContext): Finding[];
}

const patternCache = new Map<string, RegExp>();

function patternRegex(pattern: string): RegExp {
  let re = patternCache.get(pattern);
  if (!re) {
    const body = pattern
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|\\]/g, "\\$&").replace(/\[\]/g, "\\[\\d+\\]"))
      .join(".+");
    re = new RegExp(`^${body}$`);
    patternCache.set(pattern, re);
  }
  return re;
}

export function matchesField(patterns: readonly string[], id: string): boolean {
  return patterns.some((p) => patternRegex(p).test(id));
}

/** Located fields a rule applies to, found in the document and not in a skipped list item. */
export function fieldsOf(ctx: CheckContext, patterns: readonly string[]): LocatedField[] {
  return ctx.located.fields.filter((f) => f.found && matchesField(patterns, f.id) && !ctx.skipped(f.id));
}

const LIST_ITEM = /^(\w+)\[(\d+)\]\./;

/** Compute, once per check, which list items are spare rows or answered “无”. */
export function listItemSkips(located: LocateResult): Set<string> {
  const items = new Map<string, Map<number, LocatedField[]>>();
  for (const f of located.fields) {
    const m = LIST_ITEM.exec(f.id);
    if (!m) continue;
    const list = items.get(m[1]) ?? new Map<number, LocatedField[]>();
    items.set(m[1], list);
    const fields = list.get(Number(m[2])) ?? [];
    fields.push(f);
    list.set(Number(m[2]), fields);
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
      if (s === "none" || (s === "empty" && (anyAnswered || i !== Math.min(...state.keys())))) skipped.add(`${list}[${i}]`);
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
      const m = /^(\w+\[\d+\])\./.exec(id);
      return m !== null && skips.has(m[1]);
    },
  };
}

// ---------------------------------------------------------------------------
// Labels

/** `tables.layout[1].country` → table field, row index, column key. */
export function tableCellId(id: string): { table: string; row: number; column: string } | null {
  const m = /^(tables\.\w+)\[(\d+)\]\.(\w+)$/.exec(id);
  return m ? { table: m[1], row: Number(m[2]), column: m[3] } : null;
}

/** Chinese label of any field id a finding can carry, data-table cells included. */
export function findingLabel(id: string): string {
  const cell = tableCellId(id);
  if (cell) {
    const header = DATA_TABLES.find((t) => t.field === cell.table)?.columns.find((c) => c.key === cell.column)?.header[0] ?? cell.column;
    return `${fieldLabel(cell.table)}/第${cell.row + 1}行/${header}`;
  }
  return fieldLabel(id);
}

/** The last part of a label, for messages: "联合实验室主任/中方主任/电话" → "电话". */
export function shortLabel(id: string): string {
  const parts = findingLabel(id).split("/");
  return parts[parts.length - 1];
}

export function sectionOf(id: string): SectionId | undefined {
  const cell = tableCellId(id);
  return fieldDef(cell ? cell.table : id)?.section;
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

export function finding(field: string, rule: RuleId, severity: Severity, message: string, location: MarkTarget | null): Finding {
  return { field, rule, severity, message, location };
}
