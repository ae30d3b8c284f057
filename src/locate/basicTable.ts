import { cellText, DocCell, DocModel, DocTable } from "../document/model";
import type { FieldId, ListName } from "../form/fields";
import { BASIC_GROUPS, Group, LabelledField, SubGroup } from "../form/layout";
import { formatPath, listFieldOf } from "../form/paths";
import { foldText, labelKey } from "../text/normalize";
import { cellFolded, cellLabelKey } from "./text";

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

const keysOf = (labels: readonly string[]) => labels.map(labelKey);
const GROUP_KEYS = BASIC_GROUPS.map((g) => ({ g, keys: new Set(keysOf(g.label)) }));
const ALL_LABEL_KEYS = new Set<string>();
/** Labels of fields that sit directly under a group (申报名称, 名称, the statistics): their column ends the label area. */
const DIRECT_FIELD_KEYS = new Set<string>();
for (const g of BASIC_GROUPS) {
  keysOf(g.label).forEach((k) => ALL_LABEL_KEYS.add(k));
  for (const fl of g.fields ?? []) {
    for (const k of keysOf(fl.label)) {
      ALL_LABEL_KEYS.add(k);
      DIRECT_FIELD_KEYS.add(k);
    }
  }
  for (const s of g.subs ?? []) {
    keysOf(s.label).forEach((k) => ALL_LABEL_KEYS.add(k));
    for (const fl of s.fields) keysOf(fl.label).forEach((k) => ALL_LABEL_KEYS.add(k));
  }
}

/**
 * Labels a copy writes together in one cell ("联合实验室⏎申报名称",
 * "中方依托单位 名称", "中方主任 姓名"): every group + field, group + sub,
 * group + sub + field and sub + field of the form, keyed by their joined
 * label keys. A joined text that is itself a label keeps its own meaning.
 */
const JOINED = (() => {
  const out = new Map<string, string[]>();
  const add = (parts: string[]) => {
    const joined = parts.join("");
    if (!ALL_LABEL_KEYS.has(joined) && !out.has(joined)) out.set(joined, parts);
  };
  for (const g of BASIC_GROUPS) {
    for (const gk of keysOf(g.label)) {
      for (const fl of g.fields ?? []) for (const fk of keysOf(fl.label)) add([gk, fk]);
      for (const s of g.subs ?? []) {
        for (const sk of keysOf(s.label)) {
          add([gk, sk]);
          for (const fl of s.fields) {
            for (const fk of keysOf(fl.label)) {
              add([gk, sk, fk]);
              add([sk, fk]);
            }
          }
        }
      }
    }
  }
  return out;
})();

/** The labels a cell's text holds, in reading order; null when it is not a label (an answer, a note). */
function labelParts(key: string): string[] | null {
  if (ALL_LABEL_KEYS.has(key)) return [key];
  // Joined with a separator as well: "联合实验室：申报名称", "中方依托单位/名称".
  return JOINED.get(key) ?? JOINED.get(key.replace(/[:/、|]/g, "")) ?? null;
}

/** Remarks the form prints after labels; a copy may give one its own cell. */
const LABEL_REMARKS = new Set(["（单选）", "（万元）", "（平米）", "（5年内）", "（重点合作国需为“一带一路”共建国家）"].map(foldText));

const labelScore = (t: DocTable) => {
  let score = 0;
  for (const r of t.rows) for (const c of r.cells) if (labelParts(cellLabelKey(c))) score++;
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

const SELF_KEYS = new Set(BASIC_GROUPS.filter((g) => g.self).flatMap((g) => keysOf(g.label)));

const mode = (counts: Map<number, number>): number | null => {
  let best: number | null = null;
  let most = 0;
  for (const [value, n] of counts) {
    if (n > most || (n === most && best !== null && value < best)) {
      best = value;
      most = n;
    }
  }
  return best;
};

/**
 * First grid column of the answers of fields labelled in the label columns
 * (申报名称, 名称, the statistics, 学科领域 …). An empty cell left of it, after
 * a label, is filler where a merged label used to be, never the answer: in a
 * copy without merged cells "学科领域 | (empty) | answer" answers in the third
 * cell. Where the copy shows answers (placeholders, filled-in text) their
 * column decides; in a blank copy, the column after the label area.
 */
function answerStartCol(tables: DocTable[]): number {
  const shown = new Map<number, number>();
  const labelEnds = new Map<number, number>();
  for (const t of tables) {
    for (const r of t.rows) {
      r.cells.forEach((c, i) => {
        const parts = labelParts(cellLabelKey(c));
        const last = parts?.[parts.length - 1];
        if (!last || !(DIRECT_FIELD_KEYS.has(last) || SELF_KEYS.has(last))) return;
        const end = c.ref.col + c.gridSpan - 1;
        if (DIRECT_FIELD_KEYS.has(last)) labelEnds.set(end, (labelEnds.get(end) ?? 0) + 1);
        const answer = r.cells.slice(i + 1).find((x) => cellText(x).trim() !== "" && !LABEL_REMARKS.has(cellFolded(x)));
        if (answer && !labelParts(cellLabelKey(answer))) shown.set(answer.ref.col, (shown.get(answer.ref.col) ?? 0) + 1);
      });
    }
  }
  const fromAnswers = mode(shown);
  if (fromAnswers !== null) return fromAnswers;
  const end = mode(labelEnds);
  return end === null ? 0 : end + 1;
}

/** The row holds labels of `sub`'s fields and no group or sub-label at all (nor inherits one). */
function continuesItemPerRow(cells: readonly DocCell[], sub: SubGroup): boolean {
  let fieldLabels = 0;
  for (const c of cells) {
    if (c.vMerge === "continue") return false;
    const parts = labelParts(cellLabelKey(c));
    if (!parts) continue;
    for (const part of parts) {
      if (GROUP_KEYS.some((x) => x.keys.has(part)) || BASIC_GROUPS.some((g) => matchSub(g.subs, part))) return false;
      if (matchField(sub.fields, part)) fieldLabels++;
    }
  }
  return fieldLabels > 0;
}

interface Pending {
  path: string;
  labelCell: DocCell;
  /** The label's key, so a label written again in the next cell (an unmerged span) is not taken for another. */
  key: string;
}

/**
 * Walk the table row by row, left to right, as a reader does: a group label
 * (left column) sets the scope, a sub-label narrows it, a field label's
 * answer is the next cell to its right that is neither a label nor filler.
 * Vertically merged cells repeat their owner's label, so scope survives any
 * number of added rows. A repeatable block (中方参与单位 …) starts a new item
 * when the group is entered and whenever one of its field labels comes
 * again — never merely because the group label is written on every row.
 */
export function scanBasicTables(tables: DocTable[]): BasicScan {
  const answers: BasicAnswer[] = [];
  const orphans: BasicScan["orphans"] = [];
  const owners = new Map<number, DocCell>();
  const counts = new Map<string, number>();
  const answerStart = answerStartCol(tables);
  let group: Group | null = null;
  let sub: SubGroup | null = null;
  let seen = new Set<FieldId>();

  const next = (name: ListName) => {
    const n = (counts.get(name) ?? -1) + 1;
    counts.set(name, n);
    seen = new Set();
    return n;
  };
  const pathOf = (field: FieldId) => {
    const list = listFieldOf(field)?.list;
    return list ? formatPath({ field, index: counts.get(list) ?? 0 }) : field;
  };

  // Owners of merged cells carry over from one part of a split table to the next.
  for (const row of tables.flatMap((t) => t.rows)) {
    let pending: Pending | null = null;
    let rowItemStarted = false;
    // A row of a one-item-per-row block (专职人员) whose block label was typed only on the
    // first row: its own field labels (职务, 电话) make it the next item, and its first answer
    // cell is the name the block label would have introduced.
    if (sub?.itemPerRow && continuesItemPerRow(row.cells, sub)) {
      next(sub.itemPerRow);
      rowItemStarted = true;
      pending = { path: pathOf(sub.fields[0].field), labelCell: row.cells[0], key: "" };
      seen.add(sub.fields[0].field);
    }
    for (let at = 0; at < row.cells.length; at++) {
      const cell = row.cells[at];
      const inherited = cell.vMerge === "continue";
      const owner = inherited ? owners.get(cell.ref.col) : undefined;
      if (!inherited) owners.set(cell.ref.col, cell);
      const source = owner ?? cell;
      const key = cellLabelKey(source);
      const parts = labelParts(key);

      if (pending && !inherited) {
        // A label's remark in a cell of its own ("类型" | "（单选）" | answer) belongs to the label,
        // unless it is the last cell: then it is the answer cell holding a placeholder ("（建议3-5个）").
        if (LABEL_REMARKS.has(cellFolded(cell)) && at < row.cells.length - 1) continue;
        if (!parts) {
          if (key === "" && cell.ref.col < answerStart) continue;
          answers.push({ path: pending.path, cell, labelCell: pending.labelCell });
          pending = null;
          continue;
        }
        if (parts.length === 1 && parts[0] === pending.key) continue;
        orphans.push(pending);
        pending = null;
      }
      if (!parts) continue;

      for (const part of parts) {
        const g = GROUP_KEYS.find((x) => x.keys.has(part))?.g;
        // A group label only counts in the label columns, never as a field label inside another group.
        const fieldHere = matchField(sub ? sub.fields : group?.fields, part);
        if (g && !(fieldHere && group && g !== group && at !== 0)) {
          if (g !== group) {
            if (g.repeatable) next(g.repeatable);
            else seen = new Set();
            sub = null;
          }
          group = g;
          if (g.self) pending = { path: g.self, labelCell: source, key: part };
          continue;
        }
        const s = matchSub(group?.subs, part);
        if (s) {
          sub = s;
          if (s.itemPerRow && !rowItemStarted) {
            next(s.itemPerRow);
            rowItemStarted = true;
            pending = { path: pathOf(s.fields[0].field), labelCell: source, key: part };
            seen.add(s.fields[0].field);
          }
          continue;
        }
        if (inherited) continue;
        if (fieldHere) {
          if (group?.repeatable && !sub && seen.has(fieldHere.field)) next(group.repeatable);
          seen.add(fieldHere.field);
          pending = { path: pathOf(fieldHere.field), labelCell: cell, key: part };
        }
      }
    }
    if (pending) orphans.push(pending);
  }
  return { tables, answers, orphans };
}
