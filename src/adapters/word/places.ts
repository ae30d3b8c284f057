import type { MarkTarget } from "../../document/marks";
import { allCellParagraphs, CellRef, cellParagraphs, findCell } from "../../document/model";
import type { Batch } from "./batch";
import type { WRange } from "./host";
import type { WordState } from "./wordState";

/**
 * Model offsets → Word offsets. Word may have characters the model has not
 * (a footnote mark, a picture): a stretch starts at its first character's
 * place and ends just after its last one, so such characters at its edges
 * stay outside it, as they do in the OOXML path; an empty stretch (an
 * insertion point) sits right after the character before it.
 */
export function wordSpan(st: WordState, i: number, start: number, end: number): [number, number] {
  const map = st.maps[i];
  const len = map.length - 1;
  const e = Math.max(0, Math.min(end, len));
  const s = Math.max(0, Math.min(start, e));
  // At offset 0 the OOXML path writes before the first character it sees, or at the very end of a paragraph it sees none of.
  const b = e > 0 ? map[e - 1] + 1 : len > 0 ? map[0] : map[len];
  return [s === e ? b : map[s], b];
}

export const wordStart = (st: WordState, i: number, offset: number) => wordSpan(st, i, offset, st.maps[i].length - 1)[0];
export const wordEnd = (st: WordState, i: number, offset: number) => wordSpan(st, i, offset, offset)[1];

export function firstParagraphOfCell(st: WordState, ref: CellRef): number {
  const cell = findCell(st.model, ref);
  if (!cell) throw new Error(`cell ${ref.table}:${ref.row}:${ref.col} not in the document`);
  const direct = cellParagraphs(cell);
  return (direct[0] ?? allCellParagraphs(cell)[0]).index;
}

/** Positions in Word's text [a, b) of paragraph i that the model has no character for (footnote marks, pictures). */
export function wordOnlyIn(st: WordState, i: number, a: number, b: number): number[] {
  const map = st.maps[i];
  const mapped = new Set<number>();
  for (let k = 0; k < map.length - 1; k++) mapped.add(map[k]);
  const out: number[] = [];
  for (let k = a; k < b; k++) if (!mapped.has(k)) out.push(k);
  return out;
}

export function targetParagraphs(st: WordState, target: MarkTarget): number[] {
  switch (target.kind) {
    case "range": {
      const out: number[] = [];
      for (let i = target.start.paragraph; i <= target.end.paragraph; i++) out.push(i);
      return out;
    }
    case "cell":
      return [firstParagraphOfCell(st, target.cell)];
    case "paragraphs":
      return target.paragraphs.length ? target.paragraphs : [];
  }
}

/** The whole target as one range (selection, comment anchor). */
export function targetRange(b: Batch, st: WordState, target: MarkTarget): WRange {
  switch (target.kind) {
    case "range": {
      const { start, end } = target;
      const a = start.paragraph === end.paragraph ? wordSpan(st, start.paragraph, start.offset, end.offset)[0] : wordStart(st, start.paragraph, start.offset);
      const z = wordEnd(st, end.paragraph, end.offset);
      if (start.paragraph === end.paragraph) {
        return a < z ? b.range(start.paragraph, a, z) : b.para(start.paragraph).getRange("Whole");
      }
      return b.point(start.paragraph, a).expandTo(b.point(end.paragraph, z));
    }
    case "cell":
      return b.para(firstParagraphOfCell(st, target.cell)).parentTableCell.body.getRange("Whole");
    case "paragraphs": {
      const ps = target.paragraphs;
      if (ps.length === 1) return b.para(ps[0]).getRange("Whole");
      return b.para(ps[0]).getRange("Whole").expandTo(b.para(ps[ps.length - 1]).getRange("Whole"));
    }
  }
}
