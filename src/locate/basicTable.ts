import { cellText, DocCell, DocModel, DocTable, cellParagraphs } from "../document/model";
import { BASIC_GROUPS, Group, LabelledField, SubGroup } from "../form/layout";
import { foldText, labelKey } from "../text/normalize";

export interface BasicAnswer {
  path: string;
  cell: DocCell;
  labelCell: DocCell;
}

export interface BasicScan {
  tables: DocTable[];
  answers: BasicAnswer[];
  /** Labels found with no answer cell beside them. */
  orphans: { path: string; labelCell: DocCell }[];
}

const keysOf = (labels: readonly string[]) => new Set(labels.map(labelKey));
const GROUP_KEYS = BASIC_GROUPS.map((g) => ({ g, keys: keysOf(g.label) }));
const ALL_LABEL_KEYS = new Set<string>();
for (const g of BASIC_GROUPS) {
  g.label.forEach((l) => ALL_LABEL_KEYS.add(labelKey(l)));
  for (const fl of g.fields ?? []) fl.label.forEach((l) => ALL_LABEL_KEYS.add(labelKey(l)));
  for (const s of g.subs ?? []) {
    s.label.forEach((l) => ALL_LABEL_KEYS.add(labelKey(l)));
    for (const fl of s.fields) fl.label.forEach((l) => ALL_LABEL_KEYS.add(labelKey(l)));
  }
}

/** Remarks the form prints after labels; a copy may give one its own cell. */
const LABEL_REMARKS = new Set(["（单选）", "（万元）", "（平米）", "（5年内）", "（重点合作国需为“一带一路”共建国家）"].map(foldText));

const labelScore = (t: DocTable) => {
  let score = 0;
  for (const r of t.rows) for (const c of r.cells) if (ALL_LABEL_KEYS.has(labelKey(cellText(c)))) score++;
  return score;
};

/**
 * The 一、基本信息 table: the table whose cells carry the most of its labels,
 * together with the tables right around it that carry its labels too — users
 * split it at page ends, and the parts are read as one.
 */
export function findBasicTables(model: DocModel): DocTable[] {
  const scored = model.tables.map((t) => ({ t, score: labelScore(t) }));
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a), { t: null as DocTable | null, score: 0 });
  if (!best.t || best.score < 8) return [];
  const level = best.t.nestingLevel;
  return scored.filter((x) => x.score >= 3 && x.t.nestingLevel === level).map((x) => x.t);
}

const matchField = (fields: readonly LabelledField[] | undefined, key: string) =>
  fields?.find((f) => f.label.some((l) => labelKey(l) === key));
const matchSub = (subs: readonly SubGroup[] | undefined, key: string) =>
  subs?.find((s) => s.label.some((l) => labelKey(l) === key));

/**
 * Walk the table row by row, left to right, as a reader does: a group label
 * (left column, merged down) sets the scope, a sub-label narrows it, a field
 * label's answer is the next cell to its right. Vertically merged cells
 * repeat their owner's label, so scope survives any number of added rows; a
 * repeatable block starts a new item when its group label appears anew or a
 * label repeats inside it.
 */
export function scanBasicTables(tables: DocTable[]): BasicScan {
  const answers: BasicAnswer[] = [];
  const orphans: BasicScan["orphans"] = [];
  const owners = new Map<number, DocCell>();
  const counts = new Map<string, number>();
  let group: Group | null = null;
  let sub: SubGroup | null = null;
  let seen = new Set<string>();

  const next = (name: string) => {
    const n = (counts.get(name) ?? -1) + 1;
    counts.set(name, n);
    seen = new Set();
    return n;
  };
  const index = (name: string) => counts.get(name) ?? 0;
  const pathOf = (key: string) => {
    const parts: string[] = [];
    if (group?.prefix) parts.push(group.repeatable ? `${group.prefix}[${index(group.prefix)}]` : group.prefix);
    if (sub) parts.push(sub.itemPerRow ? `${sub.prefix}[${index(sub.prefix)}]` : sub.prefix);
    parts.push(key);
    return parts.join(".");
  };

  // Owners of merged cells carry over from one part of a split table to the next.
  for (const row of tables.flatMap((t) => t.rows)) {
    let pending: { path: string; labelCell: DocCell } | null = null;
    let rowItemStarted = false;
    for (const cell of row.cells) {
      const inherited = cell.vMerge === "continue";
      const owner = inherited ? owners.get(cell.ref.col) : undefined;
      if (!inherited) owners.set(cell.ref.col, cell);
      const source = owner ?? cell;
      const key = labelKey(cellText(source));

      if (pending && !inherited) {
        // A label's remark in a cell of its own ("类型" | "（单选）" | answer) belongs to the label,
        // unless it is the last cell: then it is the answer cell holding a placeholder ("（建议3-5个）").
        const remarkOnly = LABEL_REMARKS.has(foldText(cellText(cell)));
        if (remarkOnly && row.cells.indexOf(cell) < row.cells.length - 1) continue;
        if (!ALL_LABEL_KEYS.has(key) || key === "") {
          answers.push({ path: pending.path, cell, labelCell: pending.labelCell });
          pending = null;
          continue;
        }
        orphans.push(pending);
        pending = null;
      }
      if (key === "") continue;

      const g = GROUP_KEYS.find((x) => x.keys.has(key))?.g;
      // A group label only counts in the label columns, never as a field label inside another group.
      const fieldHere = matchField(sub ? sub.fields : group?.fields, key);
      if (g && !(fieldHere && group && g !== group && cell !== row.cells[0])) {
        if (g !== group || !inherited) {
          if (g.repeatable && !inherited) next(g.prefix);
          else if (g !== group) seen = new Set();
        }
        group = g;
        if (!inherited || sub?.itemPerRow !== true) sub = null;
        if (g.self) pending = { path: `${g.prefix}.${g.self}`, labelCell: source };
        continue;
      }
      const s = matchSub(group?.subs, key);
      if (s) {
        sub = s;
        if (s.itemPerRow && !rowItemStarted) {
          next(s.prefix);
          rowItemStarted = true;
          pending = { path: pathOf(s.fields[0].key), labelCell: source };
          seen.add(s.fields[0].key);
        }
        continue;
      }
      if (inherited) continue;
      const f = fieldHere;
      if (f) {
        if (group?.repeatable && !sub && seen.has(f.key)) next(group.prefix);
        seen.add(f.key);
        pending = { path: pathOf(f.key), labelCell: cell };
      }
    }
    if (pending) orphans.push(pending);
  }
  return { tables, answers, orphans };
}

export function cellLines(cell: DocCell): string[] {
  return cellParagraphs(cell).map((p) => p.text);
}
